package io.muster.tokens;

/**
 * A token just made, with its secret: the only time anyone sees it.
 */
public record IssuedToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[id=" + token.id() + "]";
	}

}
