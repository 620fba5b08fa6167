package io.muster.demo.google;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Classroom API v1 resources as JSON, leaving out empty fields as Google does.
 */
final class ClassroomJson {

	private static final String CREATED = "2025-09-01T07:30:00.123Z";

	private ClassroomJson() {
	}

	static Map<String, Object> course(Course course, boolean teacher) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", course.id());
		json.put("name", course.name());
		if (course.section() != null) {
			json.put("section", course.section());
		}
		json.put("descriptionHeading", course.name());
		json.put("ownerId", course.ownerId());
		json.put("creationTime", CREATED);
		json.put("updateTime", CREATED);
		if (teacher) {
			json.put("enrollmentCode", course.enrollmentCode());
		}
		json.put("courseState", course.state());
		json.put("alternateLink", course.alternateLink());
		return json;
	}

	static Map<String, Object> student(Course course, GoogleAccount student, boolean emails) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("courseId", course.id());
		json.put("userId", student.id());
		json.put("profile", profile(student, emails));
		return json;
	}

	static Map<String, Object> profile(GoogleAccount account, boolean emails) {
		Map<String, Object> name = new LinkedHashMap<>();
		name.put("givenName", account.givenName());
		name.put("familyName", account.familyName());
		name.put("fullName", account.fullName());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", account.id());
		json.put("name", name);
		if (emails) {
			json.put("emailAddress", account.email());
		}
		return json;
	}

	static Map<String, Object> invitation(Invitation invitation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", invitation.id());
		json.put("userId", invitation.userId());
		json.put("courseId", invitation.courseId());
		json.put("role", invitation.role());
		return json;
	}

}
