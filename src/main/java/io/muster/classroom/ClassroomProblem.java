package io.muster.classroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Why the Classroom source cannot go on, in words an administrator can act on; when Muster must
 * be authorized (again), {@link #authorizeAgain()} says so, and the page offers the button.
 */
class ClassroomProblem extends ErrorResponseException {

	private final boolean authorizeAgain;

	private ClassroomProblem(HttpStatus status, String title, String detail, String type, boolean authorizeAgain) {
		super(status, Problems.of(status, title, detail, type), null);
		this.authorizeAgain = authorizeAgain;
	}

	static ClassroomProblem notConnected() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "Google Classroom not connected",
				"Authorize the Google Classroom integration first, in Batch Import → Google Classroom.",
				"classroom-not-connected", true);
	}

	static ClassroomProblem authorizationLost() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "Google Classroom must be authorized again",
				"Google no longer accepts Muster's access to your Classroom (it was revoked or has expired). "
						+ "Authorize the Google Classroom integration again.",
				"classroom-authorization-lost", true);
	}

	static ClassroomProblem classroomOff() {
		return new ClassroomProblem(HttpStatus.CONFLICT, "Google Classroom is switched off",
				"Google Classroom is switched off for this Google account, so Muster cannot read its classes. Ask your "
						+ "Google Workspace administrator to turn Classroom on, or export your list from Google and "
						+ "import it as a CSV file.",
				"classroom-disabled", false);
	}

	static ClassroomProblem missingAccess(String what) {
		return new ClassroomProblem(HttpStatus.CONFLICT, "Muster may not read this",
				"Google did not let Muster read " + what + ". Authorize the Google Classroom integration again and "
						+ "tick every box on Google's consent page.",
				"classroom-scope-missing", true);
	}

	static ClassroomProblem unavailable(String detail) {
		return new ClassroomProblem(HttpStatus.SERVICE_UNAVAILABLE, "Google Classroom did not answer", detail,
				"classroom-unavailable", false);
	}

	static ClassroomProblem badField(String field, String title, String detail) {
		ClassroomProblem problem = new ClassroomProblem(HttpStatus.BAD_REQUEST, title, detail, "classroom-invalid",
				false);
		problem.getBody().setProperty("field", field);
		return problem;
	}

	boolean authorizeAgain() {
		return authorizeAgain;
	}

	String detail() {
		String detail = getBody().getDetail();
		return detail == null ? "" : detail;
	}

}
