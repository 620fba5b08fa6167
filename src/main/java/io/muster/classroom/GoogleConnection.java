package io.muster.classroom;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An administrator's grant from Google, tokens in the clear: it only lives in memory, the table
 * holds them encrypted.
 */
record GoogleConnection(long userId, String googleEmail, Set<String> scopes, String accessToken,
		Instant accessExpiresAt, @Nullable String refreshToken, Instant connectedAt) {

	/** A minute's margin, so that a token does not expire between the check and Google's answer. */
	boolean accessExpired(Instant now) {
		return !now.isBefore(accessExpiresAt.minusSeconds(60));
	}

	GoogleConnection refreshed(String accessToken, Instant accessExpiresAt, @Nullable String refreshToken) {
		return new GoogleConnection(userId, googleEmail, scopes, accessToken, accessExpiresAt,
				refreshToken == null ? this.refreshToken : refreshToken, connectedAt);
	}

	@Override
	public String toString() {
		return "GoogleConnection[userId=" + userId + ", googleEmail=" + googleEmail + ", tokens hidden]";
	}

}
