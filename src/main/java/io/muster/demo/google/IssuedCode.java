package io.muster.demo.google;

import java.time.Instant;
import java.util.Set;

/**
 * An authorization code: good once, for ten minutes, for the client and redirect URI it was
 * issued to.
 */
record IssuedCode(String value, GoogleAccount account, AuthorizationRequest request, Set<String> scopes,
		Instant expiresAt) {
}
