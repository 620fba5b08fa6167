package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when someone who is not a System Administrator asks for what only they may do.
 */
public class SystemAdminsOnly extends ErrorResponseException {

	SystemAdminsOnly(String what) {
		this(HttpStatus.FORBIDDEN, "Only a System Administrator can " + what + ".");
	}

	private SystemAdminsOnly(HttpStatus status, String detail) {
		super(status, Problems.of(status, "System Administrators only", detail, "system-admins-only"), null);
	}

	/**
	 * Refuses a change to an account that outranks the caller, saying whose it is.
	 */
	static SystemAdminsOnly outranked(String email, Role role) {
		return new SystemAdminsOnly(HttpStatus.FORBIDDEN, email + ": " + Rank.outranked(role));
	}

}
