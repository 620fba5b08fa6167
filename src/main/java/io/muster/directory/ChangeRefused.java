package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when a change would break a rule of the directory, such as deleting yourself, the last
 * System Administrator or a group that still has members; the detail says what to do instead.
 */
public class ChangeRefused extends DirectoryProblem {

	ChangeRefused(String field, Message detail) {
		super(HttpStatus.CONFLICT, "change-refused", detail);
		getBody().setProperty("field", field);
	}

	/**
	 * @param what {@code role}, {@code suspend} or {@code delete}
	 */
	static ChangeRefused yourself(String what) {
		return new ChangeRefused("user", Message.of("directory.problem.change-refused.yourself." + what));
	}

	static ChangeRefused lastSystemAdmin(String email) {
		return new ChangeRefused("user", Message.of("directory.problem.change-refused.lastSystemAdmin", email));
	}

}
