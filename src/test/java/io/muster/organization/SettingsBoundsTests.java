package io.muster.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.muster.web.Message;

class SettingsBoundsTests {

	private static Map<String, String> inEnglish(Map<String, Message> problems) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/sync");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Map<String, String> inWords = new LinkedHashMap<>();
		problems.forEach((field, problem) -> inWords.put(field, problem.in(messages, Locale.ENGLISH)));
		return inWords;
	}

	@Test
	void theDefaultsAndTheEdgesOfEveryRangeAreAccepted() {
		assertThat(SettingsBounds.problems(new SettingsChange(0, "School", true, 5, 100, 2, 8, 10))).isEmpty();
		assertThat(SettingsBounds.problems(new SettingsChange(0, "School", false, 2, 1, 1, 8, 0))).isEmpty();
		assertThat(SettingsBounds.problems(new SettingsChange(0, "School", false, 20, 10_000, 10, 64, 100))).isEmpty();
	}

	@Test
	void everyMissingOrOutOfRangeFieldIsNamed() {
		assertThat(inEnglish(SettingsBounds.problems(new SettingsChange(0, " ", null, 21, null, 11, 7, 101))))
			.containsOnlyKeys("name", "advancedEmailNotifications", "maxImportColumns", "maxImportUsers",
					"maxImportFileMegabytes", "minPasswordLength", "maxSyncChangePercent")
			.containsEntry("maxImportFileMegabytes", "File size must be a whole number from 1 to 10.");
	}

}
