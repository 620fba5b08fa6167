package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when an email address already belongs to an account (emails compare without case).
 */
public class EmailTaken extends DirectoryProblem {

	EmailTaken(String email) {
		super(HttpStatus.CONFLICT, "email-taken", Message.of("directory.problem.email-taken.detail", email));
	}

}
