package io.muster.directory;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an administrator's password reset: either a link went to the user by mail, or
 * a one-time password is shown once to the administrator, never stored as it is.
 */
public record PasswordReset(String email, boolean linkSent, @Nullable String oneTimePassword) {
}
