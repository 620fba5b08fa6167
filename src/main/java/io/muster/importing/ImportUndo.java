package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.directory.AccountBatch;
import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;

/**
 * Undoes a finished import, once: first the plan (what will go, what comes back, what is kept and
 * why), then, confirmed, the undo as a background job ({@link UndoRunner}) and its report.
 *
 * <p>Whoever may see an import may undo it: a System Administrator any of the organization's, an
 * Administrator their own; each account is then judged by the rank of the person undoing.
 */
@Service
public class ImportUndo {

	private final ImportJobs jobs;

	private final Undos undos;

	private final ImportAccess access;

	private final AccountBatch accounts;

	private final DirectoryService directory;

	private final UndoRunner runner;

	private final MessageSource messages;

	ImportUndo(ImportJobs jobs, Undos undos, ImportAccess access, AccountBatch accounts, DirectoryService directory,
			UndoRunner runner, MessageSource messages) {
		this.jobs = jobs;
		this.undos = undos;
		this.access = access;
		this.accounts = accounts;
		this.directory = directory;
		this.runner = runner;
		this.messages = messages;
	}

	/**
	 * What undoing the import would do now; changes nothing.
	 */
	@Transactional(readOnly = true)
	public UndoPlan plan(SignedInUser actor, UUID id) {
		ImportJob job = undoable(actor, id);
		List<UndoableRow> rows = undos.undoable(id);
		return UndoPlan.of(UndoPlanner.plan(rows, accounts.now(rows.stream().map(UndoableRow::userId).toList()),
				directory.rank(actor), job.startedAt() == null ? job.createdAt() : job.startedAt()));
	}

	/**
	 * Queues the undo; the rules are applied again as it runs.
	 */
	@Transactional
	public UndoSummary start(SignedInUser actor, UUID id) {
		jobs.lock(id);
		ImportJob job = undoable(actor, id);
		if (undos.insert(id, actor.id(), undos.countUndoable(id))) {
			runner.schedule(id);
			access.publish(actor, job, ImportActivity.Kind.UNDO_STARTED);
		}
		return undos.find(id).orElseThrow();
	}

	/**
	 * The import's undo, when it has one.
	 */
	@Transactional(readOnly = true)
	public Optional<UndoSummary> summary(SignedInUser actor, UUID id) {
		access.visible(actor, id);
		return undos.find(id);
	}

	/**
	 * What the undo did to each account, in file order.
	 */
	@Transactional(readOnly = true)
	public List<Undos.UndoResult> results(SignedInUser actor, UUID id) {
		access.visible(actor, id);
		return undos.results(id);
	}

	@Transactional(readOnly = true)
	public String resultsCsv(SignedInUser actor, UUID id, Locale locale) {
		return ResultsCsv.writeUndo(results(actor, id), messages, locale);
	}

	/**
	 * The import, when it may be undone: ended, with accounts it created, updated, suspended or moved,
	 * and not undone before.
	 */
	private ImportJob undoable(SignedInUser actor, UUID id) {
		ImportJob job = access.visible(actor, id);
		if (undos.find(id).isPresent()) {
			throw ImportRejected.conflict("undo.problem.undone");
		}
		if (!job.status().isFinished()) {
			throw ImportRejected.conflict("undo.problem.notEnded");
		}
		if (job.summary().accountsChanged() == 0) {
			throw ImportRejected.conflict("undo.problem.nothing");
		}
		return job;
	}

}
