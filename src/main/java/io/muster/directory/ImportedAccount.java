package io.muster.directory;

import java.util.Set;

/**
 * An account an import creates, with its password already hashed.
 */
public record ImportedAccount(long organizationId, PersonName name, String email, Role role, long groupId,
		Set<String> tags, String passwordHash) {

	public ImportedAccount {
		tags = Set.copyOf(tags);
	}

}
