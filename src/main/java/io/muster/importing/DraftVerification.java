package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.muster.directory.AccountBatch;
import io.muster.directory.AccountRules;
import io.muster.directory.DirectoryService;
import io.muster.directory.ExistingAccount;
import io.muster.directory.GroupMember;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationService;

/**
 * Verifies a draft's staged rows against the directory as it is now: what a pass needs (the
 * directory's account rules for the caller, the accounts the rows name, and the accounts of the
 * group when the file is the whole group) is loaded once, then the {@link Verifier} and the
 * {@link SyncPlan} decide without asking the database anything.
 */
@Component
class DraftVerification {

	private final ImportRows rows;

	private final AccountBatch accounts;

	private final DirectoryService directory;

	private final OrganizationService organizations;

	DraftVerification(ImportRows rows, AccountBatch accounts, DirectoryService directory,
			OrganizationService organizations) {
		this.rows = rows;
		this.accounts = accounts;
		this.directory = directory;
		this.organizations = organizations;
	}

	/**
	 * Every row of the draft, in one pass.
	 */
	List<RowVerdict> all(SignedInUser actor, ImportJob job) {
		return full(actor, job).rows();
	}

	/**
	 * Every row of the draft and, when the file is the whole group, what becomes of the accounts of
	 * the group it leaves out.
	 */
	Verified full(SignedInUser actor, ImportJob job) {
		List<DraftRow> staged = rows.draft(job.id());
		ImportOptions options = options(job);
		List<GroupMember> members = options.syncs() ? accounts.members(options.groupId()) : List.of();
		AccountRules rules = directory.rulesFor(actor);
		List<RowVerdict> verdicts = verifier(job, accounts.existing(staged.stream().map(Verifier::email)
			.filter(email -> !email.isEmpty()).toList()), rules, members).verify(staged);
		if (!options.syncs()) {
			return new Verified(verdicts, null);
		}
		Set<String> fileEmails = verdicts.stream().map(verdict -> verdict.email().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		return new Verified(verdicts, SyncPlan.of(members, fileEmails, options.sync(), rules.rank(), actor.id(),
				job.organizationId(), options.groupId(),
				organizations.settings(job.organizationId()).maxSyncChangePercent()));
	}

	/**
	 * One row alone, with a constant number of queries whatever the size of the draft: the row
	 * itself was just read, an earlier row with its email is one query, its account one lookup (and
	 * the group, when the file is the whole group).
	 */
	RowVerdict one(SignedInUser actor, ImportJob job, DraftRow row) {
		String email = Verifier.email(row);
		Map<String, ExistingAccount> existing = email.isEmpty() ? Map.of() : accounts.existing(List.of(email));
		ImportOptions options = options(job);
		List<GroupMember> members = options.syncs() ? accounts.members(options.groupId()) : List.of();
		return verifier(job, existing, directory.rulesFor(actor), members)
			.verify(row, rows.earlierWithEmail(job.id(), row).orElse(null));
	}

	private static ImportOptions options(ImportJob job) {
		return job.options() == null ? ImportOptions.none() : job.options();
	}

	private static Verifier verifier(ImportJob job, Map<String, ExistingAccount> existing, AccountRules rules,
			List<GroupMember> members) {
		if (job.mapping() == null) {
			throw ImportRejected.conflict("import.problem.notMapped");
		}
		return new Verifier(job.mapping(), job.separatorChar().charAt(0), options(job), existing, rules,
				members.stream().collect(Collectors.toMap(member -> member.email().toLowerCase(Locale.ROOT),
						Function.identity())));
	}

	/**
	 * A draft's rows with their verdicts, and the plan for the accounts of the group that the file
	 * leaves out when it is the whole group.
	 */
	record Verified(List<RowVerdict> rows, @Nullable SyncPlan sync) {
	}

}
