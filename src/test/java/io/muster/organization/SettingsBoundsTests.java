package io.muster.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsBoundsTests {

	@Test
	void theDefaultsAndTheEdgesOfEveryRangeAreAccepted() {
		assertThat(SettingsBounds.problems(new SettingsChange(0, "School", true, 5, 100, 2, 8))).isEmpty();
		assertThat(SettingsBounds.problems(new SettingsChange(0, "School", false, 2, 1, 1, 8))).isEmpty();
		assertThat(SettingsBounds.problems(new SettingsChange(0, "School", false, 20, 10_000, 10, 64))).isEmpty();
	}

	@Test
	void everyMissingOrOutOfRangeFieldIsNamed() {
		assertThat(SettingsBounds.problems(new SettingsChange(0, " ", null, 21, null, 11, 7)))
			.containsOnlyKeys("name", "advancedEmailNotifications", "maxImportColumns", "maxImportUsers",
					"maxImportFileMegabytes", "minPasswordLength")
			.containsEntry("maxImportFileMegabytes", "File size must be a whole number from 1 to 10.");
	}

}
