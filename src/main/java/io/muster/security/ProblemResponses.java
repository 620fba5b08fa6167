package io.muster.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.muster.web.ApiProblems;

/**
 * Answers API callers who are not signed in (401) or not allowed (403) with a problem detail.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ApiProblems problems;

	ProblemResponses(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Muster\"");
		problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "forbidden"));
	}

}
