package io.muster.importing;

/**
 * What importing a row will do to the accounts.
 */
public enum RowAction {

	CREATE, UPDATE_PASSWORD, UPDATE_TAGS, UPDATE_PASSWORD_AND_TAGS, SKIP;

	boolean updatesPassword() {
		return this == UPDATE_PASSWORD || this == UPDATE_PASSWORD_AND_TAGS;
	}

	boolean updatesTags() {
		return this == UPDATE_TAGS || this == UPDATE_PASSWORD_AND_TAGS;
	}

}
