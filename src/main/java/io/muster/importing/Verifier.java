package io.muster.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import io.muster.directory.EmailAddress;
import io.muster.directory.ExistingAccount;
import io.muster.directory.Rank;
import io.muster.directory.VisibleText;
import io.muster.web.Message;

/**
 * Decides for every staged row of a draft whether importing it changes something, and if not, why
 * not, in words an administrator can act on.
 *
 * <p>It is a pure function of the rows, the mapping, the options and the accounts that exist: the
 * caller loads those once for a pass, looking the accounts up in one set-based query beforehand,
 * and the verifier asks the database nothing.
 */
final class Verifier {

	static final int MAX_NAME = 200;

	static final int MAX_NAME_PART = 100;

	static final int MAX_TAG = 100;

	static final String ALREADY_HAS_ACCOUNT = "import.reason.alreadyHasAccount";

	private final ColumnMapping mapping;

	private final ImportOptions options;

	private final Set<String> optionTags;

	private final Map<String, ExistingAccount> existing;

	private final Rank rank;

	private final BiFunction<String, String, List<String>> passwordProblems;

	Verifier(ColumnMapping mapping, ImportOptions options, Map<String, ExistingAccount> existing, Rank rank,
			BiFunction<String, String, List<String>> passwordProblems) {
		this.mapping = mapping;
		this.options = options;
		this.optionTags = Cleaning.tags(options.tags());
		this.existing = existing;
		this.rank = rank;
		this.passwordProblems = passwordProblems;
	}

	/**
	 * The email of a row as it will be checked, for the account lookup and for finding it again
	 * among the other rows.
	 */
	static String email(DraftRow row) {
		return Cleaning.email(row.email());
	}

	/**
	 * All rows in one pass, in file order; a row whose email an earlier row has is refused.
	 */
	List<RowVerdict> verify(List<DraftRow> rows) {
		Map<String, Integer> firstRowByEmail = new HashMap<>(rows.size() * 4 / 3 + 1);
		List<RowVerdict> verdicts = new ArrayList<>(rows.size());
		for (DraftRow row : rows) {
			String emailKey = email(row).toLowerCase(Locale.ROOT);
			Integer firstRow = emailKey.isEmpty() ? null : firstRowByEmail.putIfAbsent(emailKey, row.number());
			verdicts.add(verify(row, firstRow));
		}
		return verdicts;
	}

	/**
	 * One row alone, given the first earlier row with the same email, if there is one.
	 */
	RowVerdict verify(DraftRow row, @Nullable Integer earlierRowWithSameEmail) {
		List<Message> reasons = new ArrayList<>();
		if (row.fileProblem() != null) {
			reasons.add(row.fileProblem());
		}
		Name name = name(row, reasons);
		String email = email(row);
		EmailAddress.problem(email).map(Verifier::text).ifPresent(reasons::add);
		String emailKey = email.toLowerCase(Locale.ROOT);
		if (earlierRowWithSameEmail != null && !email.isEmpty()) {
			reasons.add(Message.of("import.reason.sameEmail", earlierRowWithSameEmail));
		}
		List<String> tags = tags(row, reasons);
		Message refusal = row.sourceRefusal();
		if (refusal != null) {
			reasons.add(refusal);
		}
		String password = password(row, email, reasons);
		RowAction action = action(emailKey, reasons);
		boolean valid = reasons.isEmpty() && action != RowAction.SKIP;
		return new RowVerdict(row.number(), row.line(), name.full(), name.first(), name.last(), email, tags, valid,
				reasons.isEmpty() ? List.of() : List.copyOf(reasons), valid ? action : RowAction.SKIP, password,
				refusal == null);
	}

	private Name name(DraftRow row, List<Message> reasons) {
		if (mapping.usesOneNameColumn()) {
			String full = Cleaning.text(row.fullName());
			if (full.isEmpty()) {
				reasons.add(Message.of("import.reason.noName"));
			}
			checkName(full, MAX_NAME, "name", "Name", reasons);
			return new Name(full, null, null);
		}
		String first = Cleaning.text(row.firstName());
		String last = Cleaning.text(row.lastName());
		String full = (first + " " + last).strip();
		if (full.isEmpty()) {
			reasons.add(Message.of("import.reason.noNames"));
		}
		else {
			checkName(first, MAX_NAME_PART, "firstName", "First name", reasons);
			checkName(last, MAX_NAME_PART, "lastName", "Last name", reasons);
		}
		return new Name(full, first, last);
	}

	private static void checkName(String value, int max, String field, String label, List<Message> reasons) {
		if (value.codePointCount(0, value.length()) > max) {
			reasons.add(Message.of("import.reason.nameTooLong", Message.of("import.label." + field), max));
		}
		VisibleText.problem(label, value).map(Verifier::text).ifPresent(reasons::add);
	}

	private List<String> tags(DraftRow row, List<Message> reasons) {
		Set<String> own = Cleaning.tags(row.tags());
		Set<String> tags = optionTags.isEmpty() ? own : withOptionTagsFirst(own);
		for (String tag : tags) {
			if (tag.length() > MAX_TAG) {
				reasons.add(Message.of("import.reason.tagTooLong", MAX_TAG));
				break;
			}
		}
		VisibleText.tagsProblem(tags).map(Verifier::text).ifPresent(reasons::add);
		return List.copyOf(tags);
	}

	private Set<String> withOptionTagsFirst(Set<String> own) {
		Set<String> tags = new LinkedHashSet<>(optionTags);
		tags.addAll(own);
		return tags;
	}

	private @Nullable String password(DraftRow row, String email, List<Message> reasons) {
		if (mapping.password() == null && row.password() == null) {
			return null;
		}
		String password = row.password() == null ? "" : row.password();
		if (password.isEmpty()) {
			reasons.add(Message.of("import.reason.passwordMissing"));
			return null;
		}
		passwordProblems.apply(password, email).forEach(problem -> reasons.add(text(problem)));
		return password;
	}

	private RowAction action(String emailKey, List<Message> reasons) {
		ExistingAccount account = existing.get(emailKey);
		boolean updates = options.updatePasswords() || options.updateTags();
		if (account == null) {
			if (options.updatePasswords()) {
				reasons.add(Message.of("import.reason.noAccountToUpdate"));
				return RowAction.SKIP;
			}
			return RowAction.CREATE;
		}
		if (!updates) {
			reasons.add(Message.of(ALREADY_HAS_ACCOUNT));
			return RowAction.SKIP;
		}
		Message refusal = switch (rank.over(account.userId(), account.organizationId(), account.groupId(), account.role())) {
			case NONE -> Message.of(rank.isSameOrganization(account.organizationId()) ? "import.reason.notManaged"
					: "import.reason.emailTaken");
			case SEE -> text(Rank.outranked(account.role()));
			case CHANGE -> null;
		};
		if (refusal != null) {
			reasons.add(refusal);
			return RowAction.SKIP;
		}
		if (options.updatePasswords() && options.updateTags()) {
			return RowAction.UPDATE_PASSWORD_AND_TAGS;
		}
		return options.updatePasswords() ? RowAction.UPDATE_PASSWORD : RowAction.UPDATE_TAGS;
	}

	/**
	 * A reason the directory gives in words rather than as a code.
	 */
	private static Message text(String words) {
		return Message.of(Reasons.TEXT, words);
	}

	private record Name(String full, @Nullable String first, @Nullable String last) {
	}

}
