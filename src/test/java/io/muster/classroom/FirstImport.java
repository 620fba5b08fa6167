package io.muster.classroom;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.demo.google.GoogleEmulator;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A completed first import of one class into Class 7A through the API, for tests of what comes
 * after it, and forgetting what such a test left. A newcomer joins the class first, so that it has someone to import whatever other
 * tests of the same application imported of it before.
 */
final class FirstImport {

	static final String PUPILS = "@students.demo-school.test";

	static final String PASSWORD = "Classroom-Start-2026";

	private FirstImport() {
	}

	/**
	 * Forgets the Google connections and daily checks a test made, and the emulator's changes.
	 */
	static void forget(JdbcClient jdbc, GoogleEmulator google) {
		jdbc.sql("DELETE FROM classroom_schedule").update();
		jdbc.sql("DELETE FROM google_connection").update();
		google.reset();
	}

	static String of(int port, JdbcClient jdbc, GoogleEmulator google, String courseId) {
		google.enrol(courseId, "Fred", "Frisch", "Fred Frisch", "fred.frisch." + UUID.randomUUID() + PUPILS);
		String id = JsonMapper.builder().build().readTree(Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/classroom")
			.body(Map.of("courseIds", List.of(courseId), "groupId", DemoGroups.id(jdbc, "Class 7A"), "defaultPassword",
					PASSWORD))
			.exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody()).path("id").asString();
		Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + id + "/start").exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
		return id;
	}

}
