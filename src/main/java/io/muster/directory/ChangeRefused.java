package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a change would break a rule of the directory, such as deleting yourself, the last
 * System Administrator or a group that still has members; the detail says what to do instead.
 */
public class ChangeRefused extends ErrorResponseException {

	ChangeRefused(String field, String detail) {
		super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Change refused", detail, "change-refused"),
				null);
		getBody().setProperty("field", field);
	}

	static ChangeRefused yourself(String what) {
		return new ChangeRefused("user", "You cannot " + what
				+ " your own account. Ask another System Administrator if it really has to be done.");
	}

	static ChangeRefused lastSystemAdmin(String email) {
		return new ChangeRefused("user", email + " is the last active System Administrator of the organization. "
				+ "Make someone else a System Administrator first, so that someone can still manage it.");
	}

}
