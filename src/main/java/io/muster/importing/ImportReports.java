package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.cards.CardPaper;
import io.muster.cards.CardSetStatus;
import io.muster.cards.SignInCards;
import io.muster.directory.SignedInUser;

/**
 * What became of imports: their state and counts, the rows not imported, the results file, and the
 * sign-in cards of the passwords an import made.
 */
@Service
public class ImportReports {

	private final ImportJobs jobs;

	private final ImportRows rows;

	private final ImportAccess access;

	private final MessageSource messages;

	private final SignInCards cards;

	ImportReports(ImportJobs jobs, ImportRows rows, ImportAccess access, MessageSource messages, SignInCards cards) {
		this.cards = cards;
		this.jobs = jobs;
		this.rows = rows;
		this.access = access;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public ImportSummary summary(SignedInUser actor, UUID id) {
		return access.visible(actor, id).summary();
	}

	@Transactional(readOnly = true)
	public List<ImportSummary> list(SignedInUser actor) {
		actor.requireAdministrator();
		return jobs.list(actor.organizationId(), actor.isSystemAdmin() ? null : actor.id()).stream()
			.map(ImportJob::summary)
			.toList();
	}

	/**
	 * The rows of an import that were not imported, with the reason, in file order.
	 */
	@Transactional(readOnly = true)
	public List<ImportRows.RowResult> problems(SignedInUser actor, UUID id) {
		access.visible(actor, id);
		return rows.results(id).stream().filter(result -> result.outcome() != null && result.outcome().problem())
			.toList();
	}

	/**
	 * The accounts of the group an import suspended or moved because its file, the whole group, left
	 * them out.
	 */
	@Transactional(readOnly = true)
	public List<ImportRows.RowResult> leftOut(SignedInUser actor, UUID id) {
		access.visible(actor, id);
		return leftOut(rows.results(id));
	}

	static List<ImportRows.RowResult> leftOut(List<ImportRows.RowResult> results) {
		return results.stream()
			.filter(result -> result.outcome() == RowOutcome.SUSPENDED || result.outcome() == RowOutcome.MOVED)
			.toList();
	}

	/**
	 * The outcome of every row as a CSV file, with the reasons in the reader's language.
	 */
	@Transactional(readOnly = true)
	public String resultsCsv(SignedInUser actor, UUID id, Locale locale) {
		access.visible(actor, id);
		return ResultsCsv.write(rows.results(id), messages, locale);
	}

	/**
	 * Whether the import's sign-in cards wait to be downloaded, and until when, or what became of them.
	 */
	@Transactional(readOnly = true)
	public CardSetStatus cards(SignedInUser actor, UUID id) {
		return cards.status(id, access.visible(actor, id).organizationId(), null);
	}

	/**
	 * The sign-in cards of an import that has ended, once: their passwords are deleted as they are
	 * handed out. Only who may see the import may print them.
	 */
	@Transactional
	public byte[] printCards(SignedInUser actor, UUID id, CardPaper paper, Locale locale) {
		ImportJob job = access.visible(actor, id);
		if (!job.status().isFinished()) {
			throw ImportRejected.conflict("cards.problem.notEnded.detail");
		}
		return cards.download(id, job.organizationId(), null, paper, locale);
	}

}
