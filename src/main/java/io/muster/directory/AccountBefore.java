package io.muster.directory;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What an import is about to replace on an existing account, kept so that the import can be
 * undone: the password hash (never a password), whether the person had to choose their own, and
 * the tags.
 */
@NamedInterface("importer")
public record AccountBefore(long userId, String passwordHash, boolean mustChoosePassword, Set<String> tags) {

	public AccountBefore {
		tags = Set.copyOf(tags);
	}

}
