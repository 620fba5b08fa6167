package io.muster.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An account that already uses an email address, as an import needs to know it.
 */
@NamedInterface("importer")
public record ExistingAccount(long userId, String email, long organizationId, @Nullable Long groupId, Role role) {
}
