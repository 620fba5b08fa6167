package io.muster.directory;

import java.util.Set;

/**
 * An account an import creates, with its password already hashed.
 */
public record NewAccount(long organizationId, PersonName name, String email, Role role, long groupId,
		Set<String> tags, String passwordHash) {

	public NewAccount {
		tags = Set.copyOf(tags);
	}

}
