package io.muster.directory;

import org.jspecify.annotations.Nullable;

/**
 * The "Add a user" form and its API body: one account, typed by an administrator.
 *
 * @param tags tags separated by commas, semicolons or bars, as in an import file
 * @param role null for a User; only a System Administrator may choose another role
 * @param askNewPassword whether the person must choose a password of their own at their first
 *        sign-in; left out, they need not
 */
public record NewAccount(@Nullable String fullName, @Nullable String email, @Nullable Long groupId,
		@Nullable Role role, @Nullable String tags, @Nullable String password, @Nullable Boolean askNewPassword) {

	public NewAccount(@Nullable String fullName, @Nullable String email, @Nullable Long groupId, @Nullable Role role,
			@Nullable String tags, @Nullable String password) {
		this(fullName, email, groupId, role, tags, password, null);
	}

	public boolean asksNewPassword() {
		return Boolean.TRUE.equals(askNewPassword);
	}

}
