package io.muster.directory;

import org.jspecify.annotations.Nullable;

/**
 * A person's name as a file gives it: either one full name, or a first and a last name.
 */
public record PersonName(String fullName, @Nullable String firstName, @Nullable String lastName) {

	public static PersonName full(String fullName) {
		return new PersonName(fullName, null, null);
	}

	public static PersonName of(String firstName, String lastName) {
		return new PersonName((firstName + " " + lastName).strip(), firstName, lastName);
	}

}
