package io.muster.organization;

import org.jspecify.annotations.Nullable;

/**
 * The organization settings as a System Administrator sends them; every field is required, and
 * the version is the one the form was made from.
 *
 * @param maxImportFileMegabytes the largest file an import takes, in megabytes
 * @param maxSyncChangePercent the share of a group a sync may suspend or move unconfirmed, in percent
 */
public record SettingsChange(@Nullable Integer version, @Nullable String name,
		@Nullable Boolean advancedEmailNotifications, @Nullable Integer maxImportColumns,
		@Nullable Integer maxImportUsers, @Nullable Integer maxImportFileMegabytes,
		@Nullable Integer minPasswordLength, @Nullable Integer maxSyncChangePercent) {
}
