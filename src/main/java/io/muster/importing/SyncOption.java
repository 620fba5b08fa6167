package io.muster.importing;

import org.jspecify.annotations.Nullable;

/**
 * "This file is the whole group": besides creating and updating, the import does something about
 * the accounts of its group that the file leaves out. Nothing is ever deleted by it.
 *
 * @param missing what becomes of the accounts the file leaves out; null means {@link Missing#LEAVE}
 * @param moveToGroupId the group they go to with {@link Missing#MOVE}
 */
public record SyncOption(boolean enabled, @Nullable Missing missing, @Nullable Long moveToGroupId) {

	/**
	 * What becomes of an account of the group that the file leaves out.
	 */
	public enum Missing {

		LEAVE, SUSPEND, MOVE

	}

	public Missing missingOrLeave() {
		return missing == null ? Missing.LEAVE : missing;
	}

}
