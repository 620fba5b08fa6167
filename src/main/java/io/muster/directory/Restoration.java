package io.muster.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What an account had before an import changed it, to give back when the import is undone: the
 * password hash (with whether the person had to choose their own), the tags, or both.
 */
@NamedInterface("importer")
public record Restoration(Unchanged condition, @Nullable String passwordHash, boolean mustChoosePassword,
		@Nullable Set<String> tags) {

	public Restoration {
		tags = tags == null ? null : Set.copyOf(tags);
	}

}
