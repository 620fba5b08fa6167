package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when a user without an administrator role asks for something only administrators do.
 */
public class AdministratorsOnly extends DirectoryProblem {

	public AdministratorsOnly() {
		super(HttpStatus.FORBIDDEN, "administrators-only", Message.of("directory.problem.administrators-only.detail"));
	}

}
