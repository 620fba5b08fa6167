package io.muster.importing;

/**
 * What importing a row will do to the accounts.
 */
public enum RowAction {

	CREATE, UPDATE_PASSWORD, UPDATE_TAGS, UPDATE_PASSWORD_AND_TAGS,

	/** An account of the group whose name or tags differ from a file that is the whole group. */
	UPDATE_DETAILS, UPDATE_DETAILS_AND_PASSWORD,

	/** An account of the group that a file that is the whole group leaves out. */
	SUSPEND, MOVE,

	SKIP;

	boolean updatesPassword() {
		return this == UPDATE_PASSWORD || this == UPDATE_PASSWORD_AND_TAGS || this == UPDATE_DETAILS_AND_PASSWORD;
	}

	boolean updatesTags() {
		return this == UPDATE_TAGS || this == UPDATE_PASSWORD_AND_TAGS;
	}

	boolean updatesDetails() {
		return this == UPDATE_DETAILS || this == UPDATE_DETAILS_AND_PASSWORD;
	}

	/**
	 * Whether the row is an account of the group that the file left out, not a row of the file.
	 */
	boolean missingFromFile() {
		return this == SUSPEND || this == MOVE;
	}

}
