package io.muster.importing;

import org.jspecify.annotations.Nullable;

/**
 * Values typed in to fix one row before the import starts; a null value leaves the file's.
 */
public record RowFix(@Nullable String name, @Nullable String firstName, @Nullable String lastName,
		@Nullable String email, @Nullable String tags, @Nullable String password) {
}
