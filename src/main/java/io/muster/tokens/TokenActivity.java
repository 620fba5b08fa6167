package io.muster.tokens;

/**
 * A person made or revoked one of their API tokens; the audit log notes it (never the secret).
 */
public record TokenActivity(long organizationId, long userId, long tokenId, String tokenName, Kind kind) {

	public enum Kind {

		CREATED, REVOKED

	}

}
