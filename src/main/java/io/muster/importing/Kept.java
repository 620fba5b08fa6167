package io.muster.importing;

/**
 * Why undoing an import leaves an account as it is; each reason is worded under
 * {@code undo.kept.<name>}.
 */
public enum Kept {

	/** The import ran before Muster kept what undoing it needs. */
	NOT_RECORDED,

	/** The account was deleted since. */
	DELETED_SINCE,

	/** The person undoing may not change the account (directory.Rank). */
	OUT_OF_REACH,

	/** Someone signed in to the account since the import. */
	SIGNED_IN_SINCE,

	/** Someone changed the account since the import. */
	CHANGED_SINCE;

	public String code() {
		return "undo.kept." + name();
	}

}
