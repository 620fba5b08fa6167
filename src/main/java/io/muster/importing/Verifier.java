package io.muster.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountRules;
import io.muster.directory.ExistingAccount;
import io.muster.directory.PersonName;
import io.muster.directory.Rank;
import io.muster.importing.csv.CsvRow;
import io.muster.web.Message;

/**
 * Decides for every row of a file whether importing it changes something, and if not, why not,
 * in words an administrator can act on.
 *
 * <p>It is a pure function of the rows, the mapping, the options, the fixes typed in, the
 * accounts that exist and the directory's account rules for the caller; the caller looks those
 * accounts up in one set-based query and reads the rules once beforehand.
 */
final class Verifier {

	static final String ALREADY_HAS_ACCOUNT = "import.reason.alreadyHasAccount";

	private static final RowFix NO_FIX = new RowFix(null, null, null, null, null, null);

	private final List<String> columns;

	private final ColumnMapping mapping;

	private final ImportOptions options;

	private final Set<String> optionTags;

	private final Map<Integer, RowFix> fixes;

	private final Map<String, ExistingAccount> existing;

	private final char separator;

	private final AccountRules rules;

	/**
	 * @param separator the file's separator, which belongs to a tag where a cell holds it
	 */
	Verifier(List<String> columns, char separator, ColumnMapping mapping, ImportOptions options,
			Map<Integer, RowFix> fixes, Map<String, ExistingAccount> existing, AccountRules rules) {
		this.columns = columns;
		this.separator = separator;
		this.mapping = mapping;
		this.options = options;
		this.optionTags = new LinkedHashSet<>();
		options.tags().forEach(typed -> optionTags.addAll(AccountRules.splitTags(typed)));
		this.fixes = fixes;
		this.existing = existing;
		this.rules = rules;
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
			return AccountRules.tidy(raw);
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
		PersonName name = name(row, fix, reasons);
		String email = AccountRules.tidy(value(row, mapping.email(), fix.email()));
		AccountRules.emailProblem(email).ifPresent(reasons::add);
		String emailKey = email.toLowerCase(Locale.ROOT);
		Integer firstRow = email.isEmpty() ? null : firstRowByEmail.putIfAbsent(emailKey, row.number());
		if (firstRow != null) {
			reasons.add(Message.of("import.reason.sameEmail", firstRow));
		}
		List<String> tags = tags(row, fix, reasons);
		String refusal = mapping.refusal() == null ? "" : AccountRules.tidy(value(row, mapping.refusal(), null));
		if (!refusal.isEmpty()) {
			reasons.add(text(refusal));
		}
		String password = password(row, fix, email, reasons);
		RowAction action = action(emailKey, reasons);
		boolean valid = reasons.isEmpty() && action != RowAction.SKIP;
		return new RowVerdict(row.number(), row.line(), name.fullName(), name.firstName(), name.lastName(), email, tags,
				valid,
				reasons.isEmpty() ? List.of() : List.copyOf(reasons), valid ? action : RowAction.SKIP, password,
				refusal.isEmpty());
	}

	private PersonName name(CsvRow row, RowFix fix, List<Message> reasons) {
		if (mapping.usesOneNameColumn()) {
			PersonName name = PersonName.full(AccountRules.tidy(value(row, mapping.fullName(), fix.name())));
			reasons.addAll(AccountRules.nameProblems(name, Message.of("import.reason.noName")));
			return name;
		}
		PersonName name = PersonName.of(AccountRules.tidy(value(row, mapping.firstName(), fix.firstName())),
				AccountRules.tidy(value(row, mapping.lastName(), fix.lastName())));
		reasons.addAll(AccountRules.nameProblems(name, Message.of("import.reason.noNames")));
		return name;
	}

	private List<String> tags(CsvRow row, RowFix fix, List<Message> reasons) {
		Set<String> tags = optionTags;
		if (fix.tags() != null) {
			tags = withOptionTagsFirst(AccountRules.splitTags(fix.tags()));
		}
		else if (mapping.tags() != null) {
			tags = withOptionTagsFirst(AccountRules.splitTags(value(row, mapping.tags(), null), separator));
		}
		AccountRules.tagsProblem(tags).ifPresent(reasons::add);
		return List.copyOf(tags);
	}

	private Set<String> withOptionTagsFirst(Set<String> own) {
		if (optionTags.isEmpty()) {
			return own;
		}
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
		reasons.addAll(rules.passwordProblems(password, email));
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
		Rank rank = rules.rank();
		Message refusal = switch (rank.over(account.userId(), account.organizationId(), account.groupId(), account.role())) {
			case NONE -> Message.of(rank.isSameOrganization(account.organizationId()) ? "import.reason.notManaged"
					: "import.reason.emailTaken");
			case SEE -> Rank.outranked(account.role());
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
	 * A reason the source gave in words rather than as a code.
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

}
