package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when an email address already belongs to an account (emails compare without case).
 */
public class EmailTaken extends ErrorResponseException {

	EmailTaken(String email) {
		super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Email already in use",
				"The email address " + email + " already has an account.", "email-taken"), null);
	}

}
