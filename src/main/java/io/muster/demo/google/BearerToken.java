package io.muster.demo.google;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The token of an {@code Authorization: Bearer} header (RFC 6750), if there is one.
 */
final class BearerToken {

	private BearerToken() {
	}

	static Optional<String> of(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		return Optional.of(authorization.substring(7).trim()).filter(token -> !token.isEmpty());
	}

}
