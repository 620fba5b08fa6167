package io.muster.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when an organization id names no organization.
 */
public class OrganizationNotFound extends ErrorResponseException {

	OrganizationNotFound() {
		super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Organization not found",
				"There is no such organization.", "organization-not-found"), null);
	}

}
