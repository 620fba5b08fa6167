package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.muster.directory.AccountBatch;
import io.muster.directory.AccountNow;
import io.muster.directory.DirectoryService;
import io.muster.directory.PlaceBack;
import io.muster.directory.Rank;
import io.muster.directory.Restoration;
import io.muster.directory.Unchanged;
import io.muster.directory.UserStatus;
import io.muster.secrets.StagingCipher;

/**
 * Undoes an import as a job of the job engine, in chunks, like the import itself.
 *
 * <p>Each chunk is one transaction holding every account it deletes or gives back with the rows'
 * undo outcomes, so a crash loses or doubles nothing: the job runs again and goes on with the rows
 * without an outcome. The rules ({@link UndoPlanner}) are applied again to each chunk, with the
 * rank of the person who asked read afresh, and the statements that act check again that each
 * account is unchanged.
 */
@Configuration(proxyBeanMethods = false)
class UndoRunner {

	static final String TASK = "undo-import";

	private static final Logger log = LoggerFactory.getLogger(UndoRunner.class);

	private final Undos undos;

	private final ImportJobs jobs;

	private final AccountBatch accounts;

	private final DirectoryService directory;

	private final StagingCipher cipher;

	private final TransactionTemplate transaction;

	private final SchedulerClient scheduler;

	private final DatabaseOutage outage;

	private final ApplicationEventPublisher events;

	private final OneTimeTask<String> task = Tasks.oneTime(TASK, String.class)
		.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2))
		.execute((instance, context) -> run(UUID.fromString(instance.getData())));

	UndoRunner(Undos undos, ImportJobs jobs, AccountBatch accounts, DirectoryService directory, StagingCipher cipher,
			TransactionTemplate transaction, @Lazy SchedulerClient scheduler, DatabaseOutage outage,
			ApplicationEventPublisher events) {
		this.undos = undos;
		this.jobs = jobs;
		this.accounts = accounts;
		this.directory = directory;
		this.cipher = cipher;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.outage = outage;
		this.events = events;
	}

	@Bean
	OneTimeTask<String> undoImportTask() {
		return task;
	}

	void schedule(UUID importId) {
		scheduler.scheduleIfNotExists(task.instance(importId.toString(), importId.toString()), Instant.now());
	}

	void run(UUID importId) {
		try (MDC.MDCCloseable ignored = MDC.putCloseable("importId", importId.toString())) {
			outage.outlast("Undo of import " + importId, () -> runOnce(importId));
		}
	}

	/**
	 * Runs the undo to its end from wherever it is: safe to call again, since a chunk that committed
	 * is never picked again and the ending is one transaction.
	 */
	private boolean runOnce(UUID importId) {
		UndoSummary undo = undos.find(importId).orElse(null);
		ImportJob job = jobs.find(importId).orElse(null);
		if (undo == null || job == null || undo.status().isFinished()) {
			return false;
		}
		undos.markRunning(importId);
		long startedBy = undos.startedBy(importId).orElseThrow();
		int size = ImportRunner.chunkSize(undo.total());
		while (transaction.execute(status -> applyNext(job, startedBy, size))) {
			log.debug("Undo of import {}: a chunk is done", importId);
		}
		transaction.executeWithoutResult(status -> {
			undos.finish(importId);
			events.publishEvent(new ImportActivity(importId, job.organizationId(), startedBy,
					ImportActivity.Kind.UNDONE, job.fileName()));
		});
		log.info("Import {} undone", importId);
		return true;
	}

	/**
	 * Undoes the next chunk in one transaction; false when there was none left.
	 */
	boolean applyNext(ImportJob job, long startedBy, int size) {
		List<UndoableRow> chunk = undos.pending(job.id(), size);
		if (chunk.isEmpty()) {
			return false;
		}
		Rank rank = directory.rank(startedBy, job.organizationId());
		Instant since = job.startedAt() == null ? job.createdAt() : job.startedAt();
		Map<Long, AccountNow> now = accounts.now(chunk.stream().map(UndoableRow::userId).toList());
		List<UndoStep> steps = UndoPlanner.plan(chunk, now, rank, since);
		Set<Long> deleted = accounts.deleteUnchanged(steps.stream()
			.filter(step -> step.takes(Reversal.DELETE_ACCOUNT))
			.map(step -> condition(step, since))
			.toList());
		Set<Long> restored = new HashSet<>(accounts.restore(steps.stream()
			.filter(step -> step.takes(Reversal.RESTORE_PASSWORD) || step.takes(Reversal.RESTORE_TAGS))
			.map(step -> restoration(step, since))
			.toList()));
		restored.addAll(accounts.putBack(steps.stream()
			.filter(step -> step.takes(Reversal.REACTIVATE) || step.takes(Reversal.MOVE_BACK))
			.map(step -> placeBack(step, since))
			.toList()));
		List<Undos.Settled> settled = new ArrayList<>();
		for (UndoStep step : steps) {
			long userId = step.row().userId();
			if (deleted.contains(userId)) {
				settled.add(new Undos.Settled(step.row().rowNumber(), UndoOutcome.DELETED, null));
			}
			else if (restored.contains(userId)) {
				settled.add(new Undos.Settled(step.row().rowNumber(), UndoOutcome.RESTORED, null));
			}
			else {
				// An account the rules let through but the statement did not was changed or signed in to an instant ago.
				settled.add(new Undos.Settled(step.row().rowNumber(), UndoOutcome.KEPT,
						step.kept() == null ? Kept.CHANGED_SINCE : step.kept()));
			}
		}
		undos.settle(job.id(), settled);
		undos.count(job.id(), deleted.size(), restored.size(), chunk.size() - deleted.size() - restored.size());
		return true;
	}

	private static Unchanged condition(UndoStep step, Instant since) {
		boolean onlyUnused = step.reversals().stream().anyMatch(Reversal::onlyUnused);
		return new Unchanged(step.row().userId(), step.row().userVersion(), onlyUnused ? since : null);
	}

	private static PlaceBack placeBack(UndoStep step, Instant since) {
		UndoableRow row = step.row();
		return new PlaceBack(condition(step, since), UserStatus.valueOf(Objects.requireNonNull(row.previousStatus())),
				row.previousGroupId());
	}

	private Restoration restoration(UndoStep step, Instant since) {
		UndoableRow row = step.row();
		byte[] password = step.takes(Reversal.RESTORE_PASSWORD) ? row.previousPassword() : null;
		return new Restoration(condition(step, since),
				password == null ? null : new String(cipher.decrypt(password), StandardCharsets.UTF_8),
				Boolean.TRUE.equals(row.previousMustChoose()),
				step.takes(Reversal.RESTORE_TAGS) ? new HashSet<>(row.previousTagList()) : null);
	}

}
