package io.muster.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountRules;
import io.muster.directory.ExistingAccount;
import io.muster.directory.GroupMember;
import io.muster.directory.PersonName;
import io.muster.directory.Rank;
import io.muster.web.Message;

/**
 * Decides for every staged row of a draft whether importing it changes something, and if not, why
 * not, in words an administrator can act on.
 *
 * <p>It is a pure function of the rows, the mapping, the options, the accounts that exist (and, for
 * a file that is the whole group, the accounts of that group) and the directory's account rules for
 * the caller: the caller loads those once for a pass, looking the accounts up in one set-based query
 * beforehand, and the verifier asks the database nothing.
 */
final class Verifier {

	static final String ALREADY_HAS_ACCOUNT = "import.reason.alreadyHasAccount";

	/** An account of the group that a file which is the whole group has as it is. */
	static final String UNCHANGED_IN_GROUP = "import.sync.reason.unchanged";

	private final ColumnMapping mapping;

	private final ImportOptions options;

	private final Set<String> optionTags;

	private final Map<String, ExistingAccount> existing;

	private final char separator;

	private final AccountRules rules;

	private final Map<String, GroupMember> groupMembers;

	/**
	 * @param separator the file's separator, which belongs to a tag where a tag cell holds it
	 * @param groupMembers the accounts of the group by lower-cased email, when the file is the whole
	 *        group; their rows update them where the file has other details
	 */
	Verifier(ColumnMapping mapping, char separator, ImportOptions options, Map<String, ExistingAccount> existing,
			AccountRules rules, Map<String, GroupMember> groupMembers) {
		this.groupMembers = groupMembers;
		this.mapping = mapping;
		this.separator = separator;
		this.options = options;
		this.optionTags = new LinkedHashSet<>();
		options.tags().forEach(typed -> optionTags.addAll(AccountRules.splitTags(typed)));
		this.existing = existing;
		this.rules = rules;
	}

	/**
	 * The email of a row as it will be checked, for the account lookup and for finding it again
	 * among the other rows.
	 */
	static String email(DraftRow row) {
		return AccountRules.tidy(row.email());
	}

	/**
	 * All rows in one pass, in file order; a row whose email an earlier row has is refused.
	 */
	List<RowVerdict> verify(List<DraftRow> rows) {
		FirstRows firstRows = new FirstRows(rows.size());
		List<RowVerdict> verdicts = new ArrayList<>(rows.size());
		for (DraftRow row : rows) {
			String emailKey = email(row).toLowerCase(Locale.ROOT);
			int firstRow = emailKey.isEmpty() ? -1 : firstRows.firstOrRemember(emailKey, row.number());
			verdicts.add(verify(row, firstRow < 0 ? null : firstRow));
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
		PersonName name = name(row, reasons);
		String email = email(row);
		AccountRules.emailProblem(email).ifPresent(reasons::add);
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
		GroupMember member = groupMembers.get(emailKey);
		DetailsChange change = member == null ? null
				: DetailsChange.between(member, name, mapping.tags() == null ? null : tags).orElse(null);
		RowAction action = action(emailKey, member != null, change, reasons);
		boolean valid = reasons.isEmpty() && action != RowAction.SKIP;
		return new RowVerdict(row.number(), row.line(), name.fullName(), name.firstName(), name.lastName(), email, tags,
				valid,
				reasons.isEmpty() ? List.of() : List.copyOf(reasons), valid ? action : RowAction.SKIP, password,
				refusal == null, valid ? change : null);
	}

	private PersonName name(DraftRow row, List<Message> reasons) {
		if (mapping.usesOneNameColumn()) {
			PersonName name = PersonName.full(AccountRules.tidy(row.fullName()));
			reasons.addAll(AccountRules.nameProblems(name, Message.of("import.reason.noName")));
			return name;
		}
		String first = AccountRules.tidy(row.firstName());
		String last = AccountRules.tidy(row.lastName());
		String own = AccountRules.tidy(row.fullName());
		// A source that writes the full name itself (Google) keeps it: 李明 is not "明 李".
		PersonName name = own.isEmpty() ? PersonName.of(first, last) : new PersonName(own, first, last);
		reasons.addAll(AccountRules.nameProblems(name, Message.of("import.reason.noNames")));
		return name;
	}

	private List<String> tags(DraftRow row, List<Message> reasons) {
		Set<String> tags = withOptionTagsFirst(AccountRules.splitTags(row.tags(), separator));
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

	private @Nullable String password(DraftRow row, String email, List<Message> reasons) {
		if (mapping.password() == null && row.password() == null) {
			return null;
		}
		String password = row.password() == null ? "" : row.password();
		if (password.isEmpty()) {
			reasons.add(Message.of("import.reason.passwordMissing"));
			return null;
		}
		reasons.addAll(rules.passwordProblems(password, email));
		return password;
	}

	private RowAction action(String emailKey, boolean memberOfGroup, @Nullable DetailsChange change,
			List<Message> reasons) {
		ExistingAccount account = existing.get(emailKey);
		boolean updates = options.updatePasswords() || options.updateTags() || change != null;
		if (account == null) {
			if (options.updatePasswords()) {
				reasons.add(Message.of("import.reason.noAccountToUpdate"));
				return RowAction.SKIP;
			}
			return RowAction.CREATE;
		}
		if (!updates) {
			reasons.add(Message.of(memberOfGroup ? UNCHANGED_IN_GROUP : ALREADY_HAS_ACCOUNT));
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
		if (change != null) {
			return options.updatePasswords() ? RowAction.UPDATE_DETAILS_AND_PASSWORD : RowAction.UPDATE_DETAILS;
		}
		if (options.updatePasswords() && options.updateTags()) {
			return RowAction.UPDATE_PASSWORD_AND_TAGS;
		}
		return options.updatePasswords() ? RowAction.UPDATE_PASSWORD : RowAction.UPDATE_TAGS;
	}

}
