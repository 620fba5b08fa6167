package io.muster.demo.google;

/**
 * An authorization request Google would not even show the account chooser for; like Google, the
 * emulator shows an error page and does not redirect, since the redirect URI may not be trusted.
 */
class AuthorizationRefused extends RuntimeException {

	private final String title;

	AuthorizationRefused(String title, String description) {
		super(description);
		this.title = title;
	}

	String title() {
		return title;
	}

}
