package io.muster.organization;

/**
 * What other modules may know about an organization; the version is what a settings form sends
 * back, so that it does not overwrite a change made meanwhile.
 */
public record OrganizationSettings(long id, String name, boolean advancedEmailNotifications,
		ImportLimits importLimits, int minPasswordLength, int version) {

	public static final long MEGABYTE = 1024 * 1024;

	/** The file size limit in whole megabytes, as the settings form shows it. */
	public long maxImportFileMegabytes() {
		return Math.max(1, importLimits.maxFileBytes() / MEGABYTE);
	}

}
