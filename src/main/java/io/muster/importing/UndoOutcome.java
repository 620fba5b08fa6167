package io.muster.importing;

/**
 * What undoing an import did to one row's account.
 */
public enum UndoOutcome {

	/** The account the import created is gone. */
	DELETED,

	/** What the import replaced is back: the password or tags, or the status or group a sync changed. */
	RESTORED,

	/** The account stays as it is, for a reason ({@link Kept}). */
	KEPT

}
