package io.muster.demo.google;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An access token, with the refresh token it came from or with (if any), so that revoking the
 * refresh token ends it too.
 */
record IssuedToken(String value, GoogleAccount account, String clientId, Set<String> scopes, Instant expiresAt,
		@Nullable String refreshToken) {

	IssuedToken expired(Instant now) {
		return new IssuedToken(value, account, clientId, scopes, now.minusSeconds(1), refreshToken);
	}

}
