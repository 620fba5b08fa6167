package io.muster.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything needed to create an account; the password is hashed before it is stored.
 *
 * @param askNewPassword whether the person must choose a password of their own at their next sign-in
 */
public record NewUser(long organizationId, PersonName name, String email, Role role, @Nullable Long groupId,
		Set<String> tags, String password, boolean askNewPassword) {

	/**
	 * An account whose password its owner keeps.
	 */
	public NewUser(long organizationId, PersonName name, String email, Role role, @Nullable Long groupId,
			Set<String> tags, String password) {
		this(organizationId, name, email, role, groupId, tags, password, false);
	}

}
