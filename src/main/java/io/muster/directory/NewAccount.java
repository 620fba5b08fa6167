package io.muster.directory;

import org.jspecify.annotations.Nullable;

/**
 * The "Add a user" form and its API body: one account, typed by an administrator.
 *
 * @param tags tags separated by commas, semicolons or bars, as in an import file
 * @param role null for a User; only a System Administrator may choose another role
 */
public record NewAccount(@Nullable String fullName, @Nullable String email, @Nullable Long groupId,
		@Nullable Role role, @Nullable String tags, @Nullable String password) {
}
