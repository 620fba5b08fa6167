package io.muster.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details that every module's exceptions share in shape.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * A problem with a title, a detail a person can act on and a type under {@code /problems/}.
	 */
	public static ProblemDetail of(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("/problems/" + type));
		return problem;
	}

}
