package io.muster.demo.google;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An error of the token, revocation or user info endpoint, answered with Google's JSON body
 * {@code {"error": ..., "error_description": ...}}.
 */
class OAuthError extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	private final @Nullable String description;

	OAuthError(HttpStatus status, String error, @Nullable String description) {
		super(error);
		this.status = status;
		this.error = error;
		this.description = description;
	}

	static OAuthError invalidGrant() {
		return new OAuthError(HttpStatus.BAD_REQUEST, "invalid_grant", "Bad Request");
	}

	static OAuthError invalidRequest(String description) {
		return new OAuthError(HttpStatus.BAD_REQUEST, "invalid_request", description);
	}

	HttpStatus status() {
		return status;
	}

	String error() {
		return error;
	}

	@Nullable String description() {
		return description;
	}

}
