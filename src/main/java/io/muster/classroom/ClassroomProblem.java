package io.muster.classroom;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import io.muster.web.CodedProblem;

/**
 * Why the Classroom source cannot go on, in words an administrator can act on
 * ({@code classroom.problem.*}); when Muster must be authorized (again), {@link #authorizeAgain()}
 * says so, and the page offers the button.
 */
class ClassroomProblem extends CodedProblem {

	private final boolean authorizeAgain;

	private ClassroomProblem(HttpStatus status, String type, String problem, boolean authorizeAgain,
			Object... arguments) {
		super(status, type, "classroom.problem." + problem, arguments);
		this.authorizeAgain = authorizeAgain;
	}

	static ClassroomProblem notConnected() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "classroom-not-connected", "notConnected", true);
	}

	static ClassroomProblem authorizationLost() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "classroom-authorization-lost", "authorizationLost", true);
	}

	/** An import that did not read classes Muster knows (a file, or from before re-syncs). */
	static ClassroomProblem notResyncable() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "classroom-not-resyncable", "notResyncable", false);
	}

	static ClassroomProblem classroomOff() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "classroom-disabled", "classroomOff", false);
	}

	static ClassroomProblem missingAccess() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "classroom-scope-missing", "missingAccess", true);
	}

	/**
	 * Google did not answer as it should; {@code problem} names what happened
	 * ({@code classroom.problem.unavailable.<problem>}).
	 */
	static ClassroomProblem unavailable(String problem, Object... arguments) {
		return new ClassroomProblem(HttpStatus.SERVICE_UNAVAILABLE, "classroom-unavailable", "unavailable." + problem,
				false, arguments);
	}

	/**
	 * A choice Muster cannot follow; the problem's {@code field} names the input, {@code problem}
	 * what is wrong with it ({@code classroom.problem.invalid.<problem>}).
	 */
	static ClassroomProblem badField(String field, String problem, Object... arguments) {
		ClassroomProblem refused = new ClassroomProblem(HttpStatus.BAD_REQUEST, "classroom-invalid",
				"invalid." + problem, false, arguments);
		refused.getBody().setProperty("field", field);
		return refused;
	}

	/** Something of the Classroom source that the caller does not have (a daily re-sync of another). */
	static final class NotFound extends CodedProblem {

		private static final long serialVersionUID = 1L;

		NotFound(String problem) {
			super(HttpStatus.NOT_FOUND, "classroom-not-found", "classroom.problem." + problem);
		}

	}

	boolean authorizeAgain() {
		return authorizeAgain;
	}

	/** The input this problem is about, or null when it is about the source as a whole. */
	@Nullable
	String field() {
		Object field = getBody().getProperties() == null ? null : getBody().getProperties().get("field");
		return field == null ? null : field.toString();
	}

}
