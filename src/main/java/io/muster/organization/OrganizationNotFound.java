package io.muster.organization;

import org.springframework.http.HttpStatus;

import io.muster.web.CodedProblem;

/**
 * Thrown when an organization id names no organization.
 */
public class OrganizationNotFound extends CodedProblem {

	OrganizationNotFound() {
		super(HttpStatus.NOT_FOUND, "organization-not-found", "organization.problem.notFound");
	}

}
