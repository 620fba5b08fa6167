package io.muster.classroom;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.muster.directory.SignedInUser;
import io.muster.importing.ImportReports;
import io.muster.importing.ImportSummary;

/**
 * The Classroom source in the REST API: the caller's connection, their classes, a draft import of
 * the students of chosen classes, which then goes on like any other import, a check of a finished
 * one for new students, and daily checks.
 */
@RestController
@RequestMapping("/api/v1")
class ClassroomApiController {

	private final ClassroomConnections connections;

	private final ClassroomImport classroom;

	private final ImportReports reports;

	private final ClassroomDailySync daily;

	ClassroomApiController(ClassroomConnections connections, ClassroomImport classroom, ImportReports reports,
			ClassroomDailySync daily) {
		this.connections = connections;
		this.classroom = classroom;
		this.reports = reports;
		this.daily = daily;
	}

	@GetMapping("/classroom/connection")
	Connection connection(@AuthenticationPrincipal SignedInUser me) {
		me.requireAdministrator();
		return connections.connection(me)
			.map(found -> new Connection(true, found.googleEmail(), found.scopes(), found.connectedAt()))
			.orElse(new Connection(false, null, Set.of(), null));
	}

	@DeleteMapping("/classroom/connection")
	ResponseEntity<Void> disconnect(@AuthenticationPrincipal SignedInUser me) {
		me.requireAdministrator();
		connections.disconnect(me);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/classroom/courses")
	List<Course> courses(@AuthenticationPrincipal SignedInUser me) {
		return classroom.courses(me).stream().map(course -> new Course(course.id(), course.name(), course.section()))
			.toList();
	}

	@PostMapping("/imports/classroom")
	ResponseEntity<ImportSummary> stage(@AuthenticationPrincipal SignedInUser me, @RequestBody StageRequest request) {
		UUID id = classroom.stage(me, request.choice());
		return ResponseEntity.created(URI.create("/api/v1/imports/" + id)).body(reports.summary(me, id));
	}

	/**
	 * Checks a finished Classroom import for new students: a new draft of those who are new or have
	 * joined since, with the import's options; the default password is asked again unless a daily
	 * check of the same classes keeps it.
	 */
	@PostMapping("/imports/{id}/resync")
	ResponseEntity<ImportSummary> resync(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable ResyncRequest request) {
		UUID draft = classroom.resync(me, id, request == null ? null : request.defaultPassword());
		return ResponseEntity.created(URI.create("/api/v1/imports/" + draft)).body(reports.summary(me, draft));
	}

	@GetMapping("/classroom/schedules")
	List<ClassroomDailySync.DailySchedule> schedules(@AuthenticationPrincipal SignedInUser me) {
		return daily.schedules(me);
	}

	@PostMapping("/classroom/schedules")
	ResponseEntity<ClassroomDailySync.DailySchedule> switchOn(@AuthenticationPrincipal SignedInUser me,
			@RequestBody ScheduleRequest request, Locale locale) {
		ClassroomDailySync.DailySchedule schedule = daily.switchOn(me, request.importId(), request.time(),
				request.zone(), request.defaultPassword(), locale);
		return ResponseEntity.created(URI.create("/api/v1/classroom/schedules/" + schedule.id())).body(schedule);
	}

	@DeleteMapping("/classroom/schedules/{schedule}")
	ResponseEntity<Void> stop(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID schedule) {
		daily.stop(me, schedule);
		return ResponseEntity.noContent().build();
	}

	/** The default password for the new students, when no daily check keeps it. */
	record ResyncRequest(@Nullable String defaultPassword) {
	}

	/**
	 * A daily check as a script switches it on: the import whose classes to read, the time of day
	 * ("07:30") in a time zone ("Europe/Berlin"), and the default password for new students.
	 */
	record ScheduleRequest(@Nullable UUID importId, @Nullable String time, @Nullable String zone,
			@Nullable String defaultPassword) {
	}

	/** Whether the caller has connected Google Classroom, as whom, with which scopes; never a token. */
	record Connection(boolean connected, @Nullable String googleEmail, Set<String> scopes,
			@Nullable Instant connectedAt) {
	}

	record Course(String id, String name, @Nullable String section) {
	}

	/**
	 * A Classroom import as a script asks for it; what it leaves out is off or empty, but for
	 * askNewPassword, on unless said otherwise. With generatePasswords, no default password is needed.
	 */
	record StageRequest(@Nullable List<String> courseIds, @Nullable Long groupId, @Nullable Boolean welcomeEmail,
			@Nullable String defaultPassword, @Nullable List<String> tags, @Nullable Boolean tagPerClass,
			@Nullable Boolean askNewPassword, @Nullable Boolean generatePasswords) {

		ClassroomChoice choice() {
			return new ClassroomChoice(courseIds == null ? List.of() : courseIds, groupId,
					Boolean.TRUE.equals(welcomeEmail), defaultPassword, tags == null ? List.of() : tags,
					Boolean.TRUE.equals(tagPerClass), askNewPassword, Boolean.TRUE.equals(generatePasswords));
		}

	}

}
