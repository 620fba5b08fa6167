package io.muster.tokens;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import io.muster.directory.SignedInUser;

/**
 * A call signed in with an API token rather than a password, so that what only a password may do
 * (making more tokens) can tell the two apart.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

	private final SignedInUser person;

	private final long tokenId;

	public TokenAuthentication(TokenCheck.Accepted accepted) {
		super(accepted.person().getAuthorities());
		this.person = accepted.person();
		this.tokenId = accepted.tokenId();
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SignedInUser getPrincipal() {
		return person;
	}

	public long tokenId() {
		return tokenId;
	}

}
