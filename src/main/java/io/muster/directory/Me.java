package io.muster.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user with their organization and the groups they manage.
 */
public record Me(long id, String email, String fullName, @Nullable String firstName, @Nullable String lastName,
		Role role, String roleLabel, Organization organization, @Nullable GroupSummary group,
		List<GroupSummary> managedGroups) {

	/**
	 * The organization as the signed-in user sees it.
	 */
	public record Organization(long id, String name, boolean advancedEmailNotifications) {
	}

}
