package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a user id or email names no user within the caller's reach. Users of other
 * organizations get the same answer, so that ids do not reveal who exists elsewhere.
 */
public class UserNotFound extends ErrorResponseException {

	UserNotFound() {
		super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "User not found",
				"There is no such user in your organization.", "user-not-found"), null);
	}

}
