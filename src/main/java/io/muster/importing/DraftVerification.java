package io.muster.importing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.muster.directory.AccountBatch;
import io.muster.directory.DirectoryService;
import io.muster.directory.ExistingAccount;
import io.muster.directory.SignedInUser;

/**
 * Verifies a draft's staged rows against the directory as it is now: what a pass needs (the
 * directory's account rules for the caller, the accounts the rows name) is loaded once, then the
 * {@link Verifier} decides without asking the database anything.
 */
@Component
class DraftVerification {

	private final ImportRows rows;

	private final AccountBatch accounts;

	private final DirectoryService directory;

	DraftVerification(ImportRows rows, AccountBatch accounts, DirectoryService directory) {
		this.rows = rows;
		this.accounts = accounts;
		this.directory = directory;
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
		return new Verifier(job.mapping(), job.separatorChar().charAt(0),
				job.options() == null ? ImportOptions.none() : job.options(), existing, directory.rulesFor(actor));
	}

}
