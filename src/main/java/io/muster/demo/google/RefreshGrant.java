package io.muster.demo.google;

import java.util.Set;

/**
 * A refresh token, issued for {@code access_type=offline}; it does not expire until revoked.
 */
record RefreshGrant(String value, GoogleAccount account, String clientId, Set<String> scopes) {
}
