package io.muster.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.muster.web.Message;

/**
 * The sane range of every setting, and the messages that say so.
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

	/** 0 % asks for a confirmation of every suspension or move of a sync; 100 % never asks. */
	static final Range SYNC_CHANGE_PERCENT = new Range(0, 100);

	private SettingsBounds() {
	}

	/**
	 * What is wrong with each field of a change ({@code settings.problem.*}), in the order of the
	 * form; empty when every field fits.
	 */
	static Map<String, Message> problems(SettingsChange change) {
		Map<String, Message> problems = new LinkedHashMap<>();
		String name = change.name() == null ? "" : change.name().strip();
		if (name.isEmpty()) {
			problems.put("name", Message.of("settings.problem.nameMissing"));
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problems.put("name", Message.of("settings.problem.nameTooLong", MAX_NAME_LENGTH));
		}
		if (change.advancedEmailNotifications() == null) {
			problems.put("advancedEmailNotifications", Message.of("settings.problem.aenMissing"));
		}
		check(problems, "maxImportColumns", change.maxImportColumns(), COLUMNS);
		check(problems, "maxImportUsers", change.maxImportUsers(), USERS);
		check(problems, "maxImportFileMegabytes", change.maxImportFileMegabytes(), FILE_MEGABYTES);
		check(problems, "minPasswordLength", change.minPasswordLength(), PASSWORD_LENGTH);
		check(problems, "maxSyncChangePercent", change.maxSyncChangePercent(), SYNC_CHANGE_PERCENT);
		return problems;
	}

	private static void check(Map<String, Message> problems, String field, @Nullable Integer value, Range range) {
		if (value == null || value < range.min() || value > range.max()) {
			problems.put(field, Message.of("settings.problem.outOfRange", Message.of("settings.field." + field),
					range.min(), range.max()));
		}
	}

	record Range(int min, int max) {
	}

}
