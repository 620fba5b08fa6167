package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a group id names no group of the caller's organization.
 */
public class GroupNotFound extends ErrorResponseException {

	GroupNotFound() {
		super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Group not found",
				"There is no such group in your organization.", "group-not-found"), null);
	}

}
