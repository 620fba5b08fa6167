package io.muster.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import io.muster.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns away a sign-in that must still wait, before its password is even checked: the sign-in
 * form is sent back with the wait, an API call gets 429 with Retry-After.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final JsonMapper json;

	SignInThrottleFilter(SignInThrottle throttle, JsonMapper json) {
		this.throttle = throttle;
		this.json = json;
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
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
				"Too many failed sign-ins for this account or from this address. Try again in " + seconds
						+ " seconds.", "sign-in-throttled"));
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
