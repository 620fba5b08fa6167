package io.muster.directory;

/**
 * Published when an account may no longer be used: it was suspended or deleted. It carries the
 * email address because that is the name sessions are indexed by, and a deleted user has no
 * other trace left to look it up.
 */
public record AccountLocked(long userId, String email) {
}
