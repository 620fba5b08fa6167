package io.muster.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything needed to create an account; the password is hashed before it is stored.
 */
public record NewUser(long organizationId, PersonName name, String email, Role role, @Nullable Long groupId,
		Set<String> tags, String password) {
}
