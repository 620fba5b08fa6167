package io.muster.demo.google;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of the Classroom API v1 that an import needs: a teacher's courses, their
 * students, the invitations not yet accepted, and user profiles.
 *
 * <p>As with Google, email addresses appear only for a token with the
 * {@code classroom.profile.emails} scope.
 */
@RestController
@RequestMapping("/google-emulator/classroom/v1")
@Profile("demo")
class ClassroomController {

	private static final String NO_PERMISSION = "The caller does not have permission";

	private final GoogleEmulator emulator;

	private final EmulatorSettings settings;

	ClassroomController(GoogleEmulator emulator, EmulatorSettings settings) {
		this.emulator = emulator;
		this.settings = settings;
	}

	@GetMapping("/courses")
	Map<String, Object> courses(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@RequestParam(required = false) @Nullable String teacherId,
			@RequestParam(required = false) @Nullable String studentId,
			@RequestParam(required = false) @Nullable List<String> courseStates,
			@RequestParam(required = false) @Nullable String pageSize,
			@RequestParam(required = false) @Nullable String pageToken) {
		GoogleAccount caller = caller(auth, Scopes.COURSES_READONLY, Scopes.COURSES);
		Predicate<Course> teacher = teacherId == null ? course -> true
				: course -> course.taughtBy(user(teacherId, caller));
		Predicate<Course> student = studentId == null ? course -> true
				: course -> course.studentIds().contains(user(studentId, caller));
		Set<String> states = states(courseStates);
		List<Map<String, Object>> courses = emulator.classroom().courses().stream()
			.filter(course -> course.visibleTo(caller.id())).filter(teacher).filter(student)
			.filter(course -> states.isEmpty() || states.contains(course.state()))
			.map(course -> ClassroomJson.course(course, course.taughtBy(caller.id()))).toList();
		return Paging.page("courses", courses, pageSize, pageToken, settings.pageSize());
	}

	@GetMapping("/courses/{courseId}/students")
	Map<String, Object> students(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@PathVariable String courseId, @RequestParam(required = false) @Nullable String pageSize,
			@RequestParam(required = false) @Nullable String pageToken) {
		IssuedToken token = token(auth, Scopes.ROSTERS_READONLY, Scopes.ROSTERS);
		Course course = emulator.classroom().course(courseId).orElseThrow(ClassroomError::notFound);
		if (!course.visibleTo(token.account().id())) {
			throw ClassroomError.permissionDenied(NO_PERMISSION);
		}
		boolean emails = token.scopes().contains(Scopes.PROFILE_EMAILS);
		List<Map<String, Object>> students = course.studentIds().stream()
			.map(id -> emulator.classroom().accountById(id).orElseThrow())
			.map(student -> ClassroomJson.student(course, student, emails)).toList();
		return Paging.page("students", students, pageSize, pageToken, settings.pageSize());
	}

	@GetMapping("/invitations")
	Map<String, Object> invitations(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@RequestParam(required = false) @Nullable String courseId,
			@RequestParam(required = false) @Nullable String userId,
			@RequestParam(required = false) @Nullable String pageSize,
			@RequestParam(required = false) @Nullable String pageToken) {
		GoogleAccount caller = caller(auth, Scopes.ROSTERS_READONLY, Scopes.ROSTERS);
		if (courseId == null && userId == null) {
			throw ClassroomError.invalidArgument("Either courseId or userId must be specified.");
		}
		if (courseId != null && !emulator.classroom().course(courseId).orElseThrow(ClassroomError::notFound)
			.taughtBy(caller.id())) {
			throw ClassroomError.permissionDenied(NO_PERMISSION);
		}
		String invitee = userId == null ? null : user(userId, caller);
		List<Map<String, Object>> invitations = emulator.classroom().invitations().stream()
			.filter(invitation -> courseId == null || invitation.courseId().equals(courseId))
			.filter(invitation -> invitee == null || invitation.userId().equals(invitee))
			.map(ClassroomJson::invitation).toList();
		return Paging.page("invitations", invitations, pageSize, pageToken, settings.pageSize());
	}

	@GetMapping("/userProfiles/{userId}")
	Map<String, Object> userProfile(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@PathVariable String userId) {
		IssuedToken token = token(auth, Scopes.ROSTERS_READONLY, Scopes.ROSTERS, Scopes.PROFILE_EMAILS,
				Scopes.PROFILE_PHOTOS);
		GoogleAccount account = emulator.classroom().accountById(user(userId, token.account()))
			.orElseThrow(ClassroomError::notFound);
		if (emulator.hidesProfileOf(account)) {
			throw ClassroomError.permissionDenied("The caller does not have permission");
		}
		return ClassroomJson.profile(account, token.scopes().contains(Scopes.PROFILE_EMAILS));
	}

	private GoogleAccount caller(@Nullable String authorization, String... scopes) {
		return token(authorization, scopes).account();
	}

	/**
	 * The caller's valid token, checked in Google's order: injected failures, credentials, scopes,
	 * then whether the account may use Classroom at all.
	 */
	private IssuedToken token(@Nullable String authorization, String... scopes) {
		emulator.failIfAsked();
		IssuedToken token = BearerToken.of(authorization).flatMap(emulator.tokens()::valid)
			.orElseThrow(ClassroomError::unauthenticated);
		if (!Scopes.anyOf(token.scopes(), scopes)) {
			throw ClassroomError.insufficientScopes();
		}
		if (!token.account().classroomEnabled()) {
			throw ClassroomError.permissionDenied(
					"@ClassroomApiDisabled The user is not permitted to access the Classroom API.");
		}
		return token;
	}

	/** A user reference as Classroom takes it: "me", a user id or an email address. */
	private String user(String reference, GoogleAccount caller) {
		if (reference.equals("me")) {
			return caller.id();
		}
		return (reference.contains("@") ? emulator.classroom().accountByEmail(reference)
				: emulator.classroom().accountById(reference)).map(GoogleAccount::id)
			.orElseThrow(ClassroomError::notFound);
	}

	/** Classroom takes repeated {@code courseStates} parameters; a comma-separated list is read too. */
	private static Set<String> states(@Nullable List<String> courseStates) {
		if (courseStates == null) {
			return Set.of();
		}
		return courseStates.stream().flatMap(states -> Arrays.stream(states.split(","))).map(String::trim)
			.filter(state -> !state.isEmpty()).collect(Collectors.toSet());
	}

}
