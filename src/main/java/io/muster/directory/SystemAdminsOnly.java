package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when someone who is not a System Administrator asks for what only they may do.
 */
public class SystemAdminsOnly extends ErrorResponseException {

	SystemAdminsOnly(String what) {
		super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "System Administrators only",
				"Only a System Administrator can " + what + ".", "system-admins-only"), null);
	}

}
