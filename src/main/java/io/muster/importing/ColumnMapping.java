package io.muster.importing;

import org.jspecify.annotations.Nullable;

/**
 * Which column of the file holds which field: one full-name column or a first and a last name
 * column, an email column, and optionally tags and passwords. Values are column names.
 *
 * <p>A source other than a file may also name a {@code refusal} column: where a row has a value
 * there, the source itself has found why the row cannot be imported (a Google Classroom student
 * who was only invited), and that value is the reason shown.
 */
public record ColumnMapping(@Nullable String fullName, @Nullable String firstName, @Nullable String lastName,
		@Nullable String email, @Nullable String tags, @Nullable String password, @Nullable String refusal) {

	public ColumnMapping(@Nullable String fullName, @Nullable String firstName, @Nullable String lastName,
			@Nullable String email, @Nullable String tags, @Nullable String password) {
		this(fullName, firstName, lastName, email, tags, password, null);
	}

	boolean usesOneNameColumn() {
		return fullName != null;
	}

}
