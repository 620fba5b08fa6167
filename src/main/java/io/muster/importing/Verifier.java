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
import io.muster.importing.csv.CsvRow;
import io.muster.web.Message;

/**
 * Decides for every row of a file whether importing it changes something, and if not, why not,
 * in words an administrator can act on.
 *
 * <p>It is a pure function of the rows, the mapping, the options, the fixes typed in and the
 * accounts that exist; the caller looks those accounts up in one set-based query beforehand.
 */
final class Verifier {

	static final int MAX_NAME = 200;

	static final int MAX_NAME_PART = 100;

	static final int MAX_TAG = 100;

	static final String ALREADY_HAS_ACCOUNT = "import.reason.alreadyHasAccount";

	private static final RowFix NO_FIX = new RowFix(null, null, null, null, null, null);

	private final List<String> columns;

	private final ColumnMapping mapping;

	private final ImportOptions options;

	private final Set<String> optionTags;

	private final Map<Integer, RowFix> fixes;

	private final Map<String, ExistingAccount> existing;

	private final Rank rank;

	private final BiFunction<String, String, List<String>> passwordProblems;

	Verifier(List<String> columns, ColumnMapping mapping, ImportOptions options, Map<Integer, RowFix> fixes,
			Map<String, ExistingAccount> existing, Rank rank, BiFunction<String, String, List<String>> passwordProblems) {
		this.columns = columns;
		this.mapping = mapping;
		this.options = options;
		this.optionTags = Cleaning.tags(options.tags());
		this.fixes = fixes;
		this.existing = existing;
		this.rank = rank;
		this.passwordProblems = passwordProblems;
	}

	/**
	 * The emails of all rows as they will be checked, fixes included; for the account lookup.
	 */
	static List<String> emails(List<CsvRow> rows, List<String> columns, ColumnMapping mapping,
			Map<Integer, RowFix> fixes) {
		int emailColumn = columns.indexOf(mapping.email());
		return rows.stream().map(row -> {
			RowFix fix = fixes.get(row.number());
			String raw = fix != null && fix.email() != null ? fix.email() : cell(row, emailColumn);
			return Cleaning.email(raw);
		}).filter(email -> !email.isEmpty()).toList();
	}

	List<RowVerdict> verify(List<CsvRow> rows) {
		Map<String, Integer> firstRowByEmail = new HashMap<>(rows.size() * 4 / 3 + 1);
		List<RowVerdict> verdicts = new ArrayList<>(rows.size());
		for (CsvRow row : rows) {
			verdicts.add(verify(row, firstRowByEmail));
		}
		return verdicts;
	}

	private RowVerdict verify(CsvRow row, Map<String, Integer> firstRowByEmail) {
		RowFix fix = fixes.isEmpty() ? NO_FIX : fixes.getOrDefault(row.number(), NO_FIX);
		List<Message> reasons = new ArrayList<>();
		if (row.values().size() != columns.size()) {
			reasons.add(Message.of("import.reason.valueCount", row.values().size(), columns.size()));
		}
		Name name = name(row, fix, reasons);
		String email = Cleaning.email(value(row, mapping.email(), fix.email()));
		EmailAddress.problem(email).map(Verifier::text).ifPresent(reasons::add);
		String emailKey = email.toLowerCase(Locale.ROOT);
		Integer firstRow = email.isEmpty() ? null : firstRowByEmail.putIfAbsent(emailKey, row.number());
		if (firstRow != null) {
			reasons.add(Message.of("import.reason.sameEmail", firstRow));
		}
		List<String> tags = tags(row, fix, reasons);
		String refusal = mapping.refusal() == null ? "" : Cleaning.text(value(row, mapping.refusal(), null));
		if (!refusal.isEmpty()) {
			reasons.add(text(refusal));
		}
		String password = password(row, fix, email, reasons);
		RowAction action = action(emailKey, reasons);
		boolean valid = reasons.isEmpty() && action != RowAction.SKIP;
		return new RowVerdict(row.number(), row.line(), name.full(), name.first(), name.last(), email, tags, valid,
				reasons.isEmpty() ? List.of() : List.copyOf(reasons), valid ? action : RowAction.SKIP, password,
				refusal.isEmpty());
	}

	private Name name(CsvRow row, RowFix fix, List<Message> reasons) {
		if (mapping.usesOneNameColumn()) {
			String full = Cleaning.text(value(row, mapping.fullName(), fix.name()));
			if (full.isEmpty()) {
				reasons.add(Message.of("import.reason.noName"));
			}
			checkName(full, MAX_NAME, "name", "Name", reasons);
			return new Name(full, null, null);
		}
		String first = Cleaning.text(value(row, mapping.firstName(), fix.firstName()));
		String last = Cleaning.text(value(row, mapping.lastName(), fix.lastName()));
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

	private List<String> tags(CsvRow row, RowFix fix, List<Message> reasons) {
		Set<String> tags = optionTags;
		if (mapping.tags() != null || fix.tags() != null) {
			Set<String> own = Cleaning.tags(value(row, mapping.tags(), fix.tags()));
			tags = optionTags.isEmpty() ? own : withOptionTagsFirst(own);
		}
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

	private @Nullable String password(CsvRow row, RowFix fix, String email, List<Message> reasons) {
		if (mapping.password() == null && fix.password() == null) {
			return null;
		}
		String password = value(row, mapping.password(), fix.password()).strip();
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

	private String value(CsvRow row, @Nullable String column, @Nullable String fixed) {
		if (fixed != null) {
			return fixed;
		}
		return column == null ? "" : cell(row, columns.indexOf(column));
	}

	private static String cell(CsvRow row, int index) {
		return index >= 0 && index < row.values().size() ? row.values().get(index) : "";
	}

	private record Name(String full, @Nullable String first, @Nullable String last) {
	}

}
