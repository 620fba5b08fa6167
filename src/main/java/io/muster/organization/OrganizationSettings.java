package io.muster.organization;

/**
 * What other modules may know about an organization.
 */
public record OrganizationSettings(long id, String name, boolean advancedEmailNotifications,
		ImportLimits importLimits, int minPasswordLength) {
}
