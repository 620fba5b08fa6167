package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when a group id names no group of the caller's organization.
 */
public class GroupNotFound extends DirectoryProblem {

	GroupNotFound() {
		super(HttpStatus.NOT_FOUND, "group-not-found", Message.of("directory.problem.group-not-found.detail"));
	}

}
