package io.muster.directory;

import org.jspecify.annotations.Nullable;

/**
 * An account that already uses an email address, as an import needs to know it.
 */
public record ExistingAccount(long userId, String email, long organizationId, @Nullable Long groupId, Role role) {
}
