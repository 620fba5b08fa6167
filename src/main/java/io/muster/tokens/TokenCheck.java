package io.muster.tokens;

import io.muster.directory.SignedInUser;

/**
 * What a token presented by a script is worth: the person it acts as, or the problem that says
 * why it does not work.
 */
public sealed interface TokenCheck {

	/** The token works: the call acts as this person, with their rights as they are now. */
	record Accepted(SignedInUser person, long tokenId) implements TokenCheck {
	}

	/**
	 * The token does not work; {@code problem} names the bundle's {@code problem.<name>.*}:
	 * token-malformed, token-unknown, token-expired, token-revoked, token-account-inactive or
	 * token-role-lowered.
	 */
	record Refused(String problem) implements TokenCheck {
	}

}
