package io.muster.importing;

import org.jspecify.annotations.Nullable;

/**
 * Which column of the file holds which field: one full-name column or a first and a last name
 * column, an email column, and optionally tags and passwords. Values are column names.
 */
public record ColumnMapping(@Nullable String fullName, @Nullable String firstName, @Nullable String lastName,
		@Nullable String email, @Nullable String tags, @Nullable String password) {

	boolean usesOneNameColumn() {
		return fullName != null;
	}

}
