package io.muster.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One user row of a file, cleaned and checked: whether importing it changes something, and why not.
 *
 * <p>{@code valid} means "this row will change something"; {@code fixable} is false when the
 * source itself refused the row (a Classroom student only invited), which no typing can change.
 * The password is kept out of
 * {@link #toString()} and is never part of an API answer.
 */
public record RowVerdict(int row, long line, String name, @Nullable String firstName, @Nullable String lastName,
		String email, List<String> tags, boolean valid, List<String> reasons, RowAction action,
		@Nullable String password, boolean fixable) {

	@Override
	public String toString() {
		return "RowVerdict[row=" + row + ", email=" + email + ", valid=" + valid + ", action=" + action + "]";
	}

}
