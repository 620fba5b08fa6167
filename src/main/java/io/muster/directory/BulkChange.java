package io.muster.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One action for every selected user of the list; either all of them change or none does.
 *
 * @param tag the tag to add or remove
 * @param groupId the group to move them to
 */
public record BulkChange(@Nullable List<Long> userIds, @Nullable Action action, @Nullable String tag,
		@Nullable Long groupId) {

	/** Enough for any page of the list, small enough to check in one go. */
	public static final int MAX_USERS = 500;

	/**
	 * What happens to the selected users.
	 */
	public enum Action {

		ADD_TAG, REMOVE_TAG, MOVE_TO_GROUP, SUSPEND, REACTIVATE, DELETE,

		/** A password made for each, to be chosen anew at their next sign-in, printed on sign-in cards. */
		RESET_PASSWORDS

	}

}
