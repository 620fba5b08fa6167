package io.muster.directory;

/**
 * Published when an account may no longer be used: it was suspended or deleted, and its
 * sessions must end.
 */
public record AccountLocked(long userId) {
}
