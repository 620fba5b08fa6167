package io.muster.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.muster.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns away a sign-in that must still wait, before its password is even checked: the sign-in
 * form is sent back with the wait, an API call gets 429 with Retry-After.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final ApiProblems problems;

	SignInThrottleFilter(SignInThrottle throttle, ApiProblems problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = email(request);
		Duration wait = email == null ? Duration.ZERO : throttle.waitFor(email, request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		if (isFormSignIn(request)) {
			response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		problems.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", seconds));
	}

	private static boolean isFormSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login");
	}

	private static String email(HttpServletRequest request) {
		if (isFormSignIn(request)) {
			return request.getParameter("email");
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return colon < 0 ? null : credentials.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			// Not Base64: Basic authentication will refuse it with its own 401.
			return null;
		}
	}

}
