package io.muster.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.muster.directory.Role;

/**
 * The choices made before an import starts, as the help article names them.
 */
public record ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
		boolean welcomeEmail, List<String> tags) {

	public ImportOptions {
		tags = List.copyOf(tags);
	}

	static ImportOptions none() {
		return new ImportOptions(null, null, false, false, false, List.of());
	}

	Role roleOrDefault() {
		return role == null ? Role.USER : role;
	}

}
