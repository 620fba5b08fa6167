package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a user without an administrator role asks for something only administrators do.
 */
public class AdministratorsOnly extends ErrorResponseException {

	public AdministratorsOnly() {
		super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "Administrators only",
				"Only Administrators and System Administrators can do this.", "administrators-only"), null);
	}

}
