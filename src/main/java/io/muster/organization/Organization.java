package io.muster.organization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A school, district or company with its own users, groups and settings.
 */
@Table("organization")
class Organization {

	@Id
	private @Nullable Long id;

	private String name;

	private boolean advancedEmailNotifications;

	private int maxImportColumns = ImportLimits.DEFAULT.maxColumns();

	private int maxImportUsers = ImportLimits.DEFAULT.maxUsers();

	private long maxImportFileBytes = ImportLimits.DEFAULT.maxFileBytes();

	private int minPasswordLength = 8;

	private int maxSyncChangePercent = OrganizationSettings.DEFAULT_MAX_SYNC_CHANGE_PERCENT;

	private Instant createdAt;

	@Version
	private int version;

	@PersistenceCreator
	private Organization() {
	}

	Organization(String name, boolean advancedEmailNotifications) {
		this.name = name;
		this.advancedEmailNotifications = advancedEmailNotifications;
		this.createdAt = Instant.now();
	}

	OrganizationSettings settings() {
		return new OrganizationSettings(id, name, advancedEmailNotifications,
				new ImportLimits(maxImportColumns, maxImportUsers, maxImportFileBytes), minPasswordLength,
				maxSyncChangePercent, version);
	}

	int version() {
		return version;
	}

	void apply(OrganizationSettings settings) {
		this.name = settings.name();
		this.advancedEmailNotifications = settings.advancedEmailNotifications();
		this.maxImportColumns = settings.importLimits().maxColumns();
		this.maxImportUsers = settings.importLimits().maxUsers();
		this.maxImportFileBytes = settings.importLimits().maxFileBytes();
		this.minPasswordLength = settings.minPasswordLength();
		this.maxSyncChangePercent = settings.maxSyncChangePercent();
	}

}
