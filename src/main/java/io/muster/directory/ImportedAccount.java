package io.muster.directory;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * An account an import creates, with its password already hashed.
 *
 * @param mustChoosePassword whether the person must choose a password of their own at first sign-in
 */
@NamedInterface("importer")
public record ImportedAccount(long organizationId, PersonName name, String email, Role role, long groupId,
		Set<String> tags, String passwordHash, boolean mustChoosePassword) {

	public ImportedAccount {
		tags = Set.copyOf(tags);
	}

}
