package io.muster.importing;

/**
 * A change an import made to an account, as undoing it takes it back.
 *
 * <p>Each kind of change is one constant here: its rule below, how {@link UndoableRow} recognises
 * it, and how {@link UndoRunner} takes it back.
 */
public enum Reversal {

	/** The import created the account; undoing deletes it. */
	DELETE_ACCOUNT(true),

	/** The import gave the account a new password; undoing gives back the one it had. */
	RESTORE_PASSWORD(true),

	/** The import replaced the account's tags; undoing gives back those it had. */
	RESTORE_TAGS(false),

	/** A file that was the whole group suspended the account; undoing gives back its status. */
	REACTIVATE(false),

	/** A file that was the whole group moved the account; undoing moves it back to its group. */
	MOVE_BACK(false);

	private final boolean onlyUnused;

	Reversal(boolean onlyUnused) {
		this.onlyUnused = onlyUnused;
	}

	/**
	 * Whether it is taken back only while nobody has signed in to the account since the import:
	 * once someone has, the account (or the password) is theirs in use.
	 */
	boolean onlyUnused() {
		return onlyUnused;
	}

}
