package io.muster.importing;

import org.jspecify.annotations.Nullable;

import io.muster.web.Message;

/**
 * One row of a draft as staged: the values its source gave for each field, as written, with the
 * fixes typed in since; the rules are applied to it when it is verified, not here.
 *
 * <p>Without a full name the row names its person by first and last name, and the other way
 * round; a field the source has no value for is empty, never null. The password is absent when the
 * row has none of its own (everyone's default password applies, unless the mapping has a password
 * column). The password is kept out of {@link #toString()}.
 *
 * @param fileProblem what is wrong with the row as the file has it, which a fix cannot change
 * @param sourceRefusal why the source itself will not have the row imported, which no typing can change
 */
record DraftRow(int number, long line, String fullName, String firstName, String lastName, String email,
		String tags, @Nullable String password, @Nullable Message fileProblem, @Nullable Message sourceRefusal) {

	/**
	 * Longest value staged: every rule's limit is far below it, so a longer value is refused anyway.
	 */
	static final int MAX_VALUE = 10_000;

	DraftRow {
		fullName = cut(fullName);
		firstName = cut(firstName);
		lastName = cut(lastName);
		email = cut(email);
		tags = cut(tags);
	}

	/**
	 * This row with the values typed in to fix it; a value not typed stays as it was. A source's own
	 * full name beside first and last name goes when either of those changes, so that the name is
	 * made of what was typed.
	 */
	DraftRow fixed(RowFix fix) {
		String first = or(fix.firstName(), firstName);
		String last = or(fix.lastName(), lastName);
		String full = fix.name() == null && !(first.equals(firstName) && last.equals(lastName)) ? "" : fullName;
		return new DraftRow(number, line, or(fix.name(), full), first, last, or(fix.email(), email),
				or(fix.tags(), tags), fix.password() == null ? password : fix.password().strip(), fileProblem,
				sourceRefusal);
	}

	private static String or(@Nullable String typed, String staged) {
		return typed == null ? staged : typed;
	}

	private static String cut(String value) {
		if (value.length() <= MAX_VALUE) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
		return value.substring(0, end);
	}

	@Override
	public String toString() {
		return "DraftRow[number=" + number + ", email=" + email + "]";
	}

}
