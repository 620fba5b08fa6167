package io.muster.importing;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import io.muster.web.Message;

/**
 * One user row of a file, cleaned and checked: whether importing it changes something, and why not.
 *
 * <p>{@code valid} means "this row will change something"; {@code fixable} is false when the
 * source itself refused the row (a Classroom student only invited), which no typing can change.
 * {@code change} says, for an account of the group of a file that is the whole group, what an
 * update changes ("from → to"). The password is kept out of
 * {@link #toString()} and is never part of an API answer.
 */
public record RowVerdict(int row, long line, String name, @Nullable String firstName, @Nullable String lastName,
		String email, List<String> tags, boolean valid, List<Message> reasons, RowAction action,
		@Nullable String password, boolean fixable, @Nullable DetailsChange change) {

	/**
	 * The reasons in one language.
	 */
	public List<String> reasons(MessageSource messages, Locale locale) {
		return reasons.stream().map(reason -> reason.in(messages, locale)).toList();
	}

	/**
	 * Whether the row stays out only because its account exists: not a mistake to fix, but a row
	 * that Update Passwords or Update tags would change, or an account of the group that a file
	 * which is the whole group has as it is.
	 */
	public boolean onlyHasAnAccount() {
		return !valid && reasons.size() == 1 && (Verifier.ALREADY_HAS_ACCOUNT.equals(reasons.get(0).code())
				|| unchangedInGroup());
	}

	/**
	 * Whether the row is an account of the group that a file which is the whole group has as it is.
	 */
	public boolean unchangedInGroup() {
		return !valid && reasons.size() == 1 && Verifier.UNCHANGED_IN_GROUP.equals(reasons.get(0).code());
	}

	@Override
	public String toString() {
		return "RowVerdict[row=" + row + ", email=" + email + ", valid=" + valid + ", action=" + action + "]";
	}

}
