package io.muster.importing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.muster.directory.AccountBatch;
import io.muster.directory.DirectoryService;
import io.muster.directory.ExistingAccount;
import io.muster.directory.PasswordPolicy;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationService;

/**
 * Verifies a draft's staged rows against the directory as it is now: what a pass needs (the
 * organization's settings, the caller's rank, the accounts the rows name) is loaded once, then the
 * {@link Verifier} decides without asking the database anything.
 */
@Component
class DraftVerification {

	private final ImportRows rows;

	private final AccountBatch accounts;

	private final DirectoryService directory;

	private final OrganizationService organizations;

	private final PasswordPolicy passwordPolicy;

	DraftVerification(ImportRows rows, AccountBatch accounts, DirectoryService directory, OrganizationService organizations,
			PasswordPolicy passwordPolicy) {
		this.rows = rows;
		this.accounts = accounts;
		this.directory = directory;
		this.organizations = organizations;
		this.passwordPolicy = passwordPolicy;
	}

	/**
	 * Every row of the draft, in one pass.
	 */
	List<RowVerdict> all(SignedInUser actor, ImportJob job) {
		List<DraftRow> staged = rows.draft(job.id());
		return verifier(actor, job, accounts.existing(staged.stream().map(Verifier::email)
			.filter(email -> !email.isEmpty()).toList())).verify(staged);
	}

	/**
	 * One row alone, with a constant number of queries whatever the size of the draft: the row
	 * itself was just read, an earlier row with its email is one query, its account one lookup.
	 */
	RowVerdict one(SignedInUser actor, ImportJob job, DraftRow row) {
		String email = Verifier.email(row);
		Map<String, ExistingAccount> existing = email.isEmpty() ? Map.of() : accounts.existing(List.of(email));
		return verifier(actor, job, existing).verify(row, rows.earlierWithEmail(job.id(), row).orElse(null));
	}

	private Verifier verifier(SignedInUser actor, ImportJob job, Map<String, ExistingAccount> existing) {
		if (job.mapping() == null) {
			throw ImportRejected.conflict("import.problem.notMapped");
		}
		int minLength = organizations.settings(job.organizationId()).minPasswordLength();
		return new Verifier(job.mapping(), job.options() == null ? ImportOptions.none() : job.options(), existing,
				directory.rank(actor), (password, email) -> passwordPolicy.problems(password, email, minLength));
	}

}
