package io.muster.importing;

/**
 * What undoing an import did to one row's account.
 */
public enum UndoOutcome {

	/** The account the import created is gone. */
	DELETED,

	/** The password or tags the import replaced are back. */
	RESTORED,

	/** The account stays as it is, for a reason ({@link Kept}). */
	KEPT

}
