package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when a user id or email names no user within the caller's reach. Users of other
 * organizations get the same answer, so that ids do not reveal who exists elsewhere.
 */
public class UserNotFound extends DirectoryProblem {

	UserNotFound() {
		super(HttpStatus.NOT_FOUND, "user-not-found", Message.of("directory.problem.user-not-found.detail"));
	}

}
