package io.muster.tokens;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.muster.directory.Role;

/**
 * A token as its owner sees it: never its secret, which is shown once when it is made and then
 * kept only as a hash.
 */
public record ApiToken(long id, long userId, String name, Role issuedRole, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public Status status(Instant now) {
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
	}

	public enum Status {

		ACTIVE, EXPIRED, REVOKED

	}

}
