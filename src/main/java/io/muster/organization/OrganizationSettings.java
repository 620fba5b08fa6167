package io.muster.organization;

/**
 * What other modules may know about an organization; the version is what a settings form sends
 * back, so that it does not overwrite a change made meanwhile.
 *
 * @param maxSyncChangePercent the largest share of a group, in percent, that an import making the
 *        group whole may suspend or move without a System Administrator's confirmation
 */
public record OrganizationSettings(long id, String name, boolean advancedEmailNotifications,
		ImportLimits importLimits, int minPasswordLength, int maxSyncChangePercent, int version) {

	public static final long MEGABYTE = 1024 * 1024;

	public static final int DEFAULT_MAX_SYNC_CHANGE_PERCENT = 10;

	/** The file size limit in whole megabytes, as the settings form shows it. */
	public long maxImportFileMegabytes() {
		return Math.max(1, importLimits.maxFileBytes() / MEGABYTE);
	}

}
