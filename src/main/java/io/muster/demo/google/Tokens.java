package io.muster.demo.google;

import org.jspecify.annotations.Nullable;

/**
 * What the token endpoint hands out for one grant; the code is there when it was an exchange.
 */
record Tokens(IssuedToken access, @Nullable RefreshGrant refresh, @Nullable IssuedCode code) {
}
