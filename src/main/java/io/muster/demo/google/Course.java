package io.muster.demo.google;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An emulated Classroom course with its teachers and students (by account id).
 */
record Course(String id, String name, @Nullable String section, String state, String ownerId,
		String enrollmentCode, List<String> teacherIds, List<String> studentIds) {

	/** Classroom links a course by its id in unpadded base64. */
	String alternateLink() {
		return "https://classroom.google.com/c/"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

	boolean taughtBy(String accountId) {
		return teacherIds.contains(accountId);
	}

	boolean visibleTo(String accountId) {
		return teacherIds.contains(accountId) || studentIds.contains(accountId);
	}

}
