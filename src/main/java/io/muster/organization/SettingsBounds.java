package io.muster.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The sane range of every setting, and the words that say so.
 *
 * <p>An import needs at least a name and an email column; the file size stops at the upload
 * limit of the server (10 MB); a password policy above 64 characters only makes people write
 * passwords down.
 */
final class SettingsBounds {

	static final int MAX_NAME_LENGTH = 200;

	static final Range COLUMNS = new Range(2, 20);

	static final Range USERS = new Range(1, 10_000);

	static final Range FILE_MEGABYTES = new Range(1, 10);

	static final Range PASSWORD_LENGTH = new Range(8, 64);

	private SettingsBounds() {
	}

	static Map<String, String> problems(SettingsChange change) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = change.name() == null ? "" : change.name().strip();
		if (name.isEmpty()) {
			problems.put("name", "Name is missing. Type the name of your school or organization.");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problems.put("name", "Name is longer than " + MAX_NAME_LENGTH + " characters.");
		}
		if (change.advancedEmailNotifications() == null) {
			problems.put("advancedEmailNotifications", "Say whether Advanced Email Notifications are on or off.");
		}
		check(problems, "maxImportColumns", "Columns per file", change.maxImportColumns(), COLUMNS);
		check(problems, "maxImportUsers", "Users per file", change.maxImportUsers(), USERS);
		check(problems, "maxImportFileMegabytes", "File size", change.maxImportFileMegabytes(), FILE_MEGABYTES);
		check(problems, "minPasswordLength", "Minimum password length", change.minPasswordLength(), PASSWORD_LENGTH);
		return problems;
	}

	private static void check(Map<String, String> problems, String field, String label, @Nullable Integer value,
			Range range) {
		if (value == null || value < range.min() || value > range.max()) {
			problems.put(field, label + " must be a whole number from " + range.min() + " to " + range.max() + ".");
		}
	}

	record Range(int min, int max) {
	}

}
