package io.muster.directory;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * An account an import creates, with its password already hashed.
 */
@NamedInterface("importer")
public record ImportedAccount(long organizationId, PersonName name, String email, Role role, long groupId,
		Set<String> tags, String passwordHash) {

	public ImportedAccount {
		tags = Set.copyOf(tags);
	}

}
