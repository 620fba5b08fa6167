package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.muster.directory.AccountBatch;
import io.muster.directory.EmailAddress;
import io.muster.directory.ExistingAccount;
import io.muster.directory.ImportedAccount;
import io.muster.directory.PersonName;
import io.muster.web.Message;

/**
 * Runs a started import as a job of the job engine, in chunks.
 *
 * <p>Each chunk is one transaction holding every row's account change and its outcome, so a
 * crash loses or doubles nothing: the job engine runs the job again and it goes on with the rows
 * that have no outcome. If another import took an email meanwhile, that row reports "already has
 * an account": on PostgreSQL the insert leaves its account out, on H2 the chunk is redone row by row.
 */
@Configuration(proxyBeanMethods = false)
class ImportRunner {

	static final String TASK = "run-import";

	static final int CHUNK = 1_000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final ImportRows rows;

	private final AccountBatch accounts;

	private final ImportMails mails;

	private final StagingCipher cipher;

	private final TransactionTemplate transaction;

	private final SchedulerClient scheduler;

	private final RowPasswordHasher hasher;

	private final ImportMetrics metrics;

	private final DatabaseOutage outage;

	// Whatever still fails after the outage patience is tried again later, at growing intervals.
	private final OneTimeTask<String> task = Tasks.oneTime(TASK, String.class)
		.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2))
		.execute((instance, context) -> run(UUID.fromString(instance.getData())));

	ImportRunner(ImportJobs jobs, ImportRows rows, AccountBatch accounts, ImportMails mails, StagingCipher cipher,
			TransactionTemplate transaction, @Lazy SchedulerClient scheduler, RowPasswordHasher hasher,
			ImportMetrics metrics, DatabaseOutage outage) {
		this.jobs = jobs;
		this.rows = rows;
		this.accounts = accounts;
		this.mails = mails;
		this.cipher = cipher;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.hasher = hasher;
		this.metrics = metrics;
		this.outage = outage;
	}

	@Bean
	OneTimeTask<String> runImportTask() {
		return task;
	}

	void schedule(UUID id) {
		scheduler.scheduleIfNotExists(task.instance(id.toString(), id.toString()), Instant.now());
	}

	/**
	 * Runs an import in the language of the person who started it, so that its mails speak it.
	 */
	void run(UUID id) {
		try (MDC.MDCCloseable ignored = MDC.putCloseable("importId", id.toString())) {
			outage.outlast("Import " + id, () -> {
				LocaleContextHolder.setLocale(jobs.locale(id));
				return runOnce(id);
			});
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/**
	 * Runs the import to its end from wherever it is: safe to call again after a failure, since a
	 * chunk that committed is never picked again and the ending is one transaction.
	 */
	private boolean runOnce(UUID id) {
		ImportJob job = jobs.find(id).orElse(null);
		if (job == null || job.status().isFinished()) {
			return false;
		}
		jobs.markRunning(id);
		ImportStatus ended = applyPending(job);
		transaction.executeWithoutResult(status -> finish(job, ended));
		metrics.finished(jobs.find(id).orElseThrow().summary());
		log.info("Import {} {}", id, ended.name().toLowerCase());
		return true;
	}

	/**
	 * A tenth of an import smaller than a chunk, so that the progress of a class of 30 moves too;
	 * a larger one goes in whole chunks.
	 */
	static int chunkSize(int total) {
		return total >= CHUNK ? CHUNK : Math.max(1, (total + 9) / 10);
	}

	private ImportStatus applyPending(ImportJob job) {
		ImportOptions options = job.options() == null ? ImportOptions.none() : job.options();
		int size = chunkSize(job.total());
		List<ImportRows.StagedRow> next = rows.following(job.id(), 0, size);
		while (!next.isEmpty()) {
			if (jobs.find(job.id()).map(ImportJob::status).orElse(ImportStatus.CANCELLED) == ImportStatus.CANCELLED) {
				return ImportStatus.CANCELLED;
			}
			List<ImportRows.StagedRow> chunk = next.stream().filter(ImportRows.StagedRow::waiting).toList();
			if (!chunk.isEmpty()) {
				apply(job, options, chunk);
			}
			next = rows.following(job.id(), next.get(next.size() - 1).rowNumber(), size);
		}
		return ImportStatus.COMPLETED;
	}

	private void apply(ImportJob job, ImportOptions options, List<ImportRows.StagedRow> chunk) {
		Map<Integer, String> hashes = hasher.hashAll(
				chunk.stream().filter(row -> row.passwordCipher() != null).toList(),
				row -> accounts.hash(new String(cipher.decrypt(row.passwordCipher()), StandardCharsets.UTF_8)));
		try {
			transaction.executeWithoutResult(status -> applyAll(job, options, chunk, hashes));
		}
		catch (DuplicateKeyException ex) {
			// Only on H2: on PostgreSQL an email taken meanwhile leaves its account out instead.
			log.info("Import {}: another import took an email of this chunk; going row by row", job.id());
			chunk.forEach(row -> applyAlone(job, options, row, hashes));
		}
	}

	/**
	 * Applies one row. A row whose insert met another import's, uncommitted when this one looked,
	 * is tried once more: by then the other has committed, and the row settles as "already has an
	 * account" like any other.
	 */
	private void applyAlone(ImportJob job, ImportOptions options, ImportRows.StagedRow row, Map<Integer, String> hashes) {
		try {
			transaction.executeWithoutResult(status -> applyAll(job, options, List.of(row), hashes));
		}
		catch (DuplicateKeyException ex) {
			transaction.executeWithoutResult(status -> applyAll(job, options, List.of(row), hashes));
		}
	}

	/**
	 * Applies a chunk with a constant number of statements: on PostgreSQL one insert of the new
	 * accounts that leaves out an email taken meanwhile (and one of their tags), one statement of
	 * outcomes, one noting the import on the accounts and one counter update. Rows that change
	 * existing accounts add one lookup and one batch of new passwords; only their new tags go one by
	 * one. An email taken since the start adds one lookup, for the account that has it.
	 */
	private void applyAll(ImportJob job, ImportOptions options, List<ImportRows.StagedRow> chunk,
			Map<Integer, String> hashes) {
		List<ImportRows.Settlement> settled = new ArrayList<>();
		List<ImportRows.StagedRow> toCreate = chunk.stream().filter(row -> row.action() == RowAction.CREATE).toList();
		List<ImportRows.StagedRow> toUpdate = chunk.stream().filter(row -> row.action() != RowAction.CREATE).toList();
		Map<String, ExistingAccount> existing = toUpdate.isEmpty() ? Map.of()
				: accounts.existing(toUpdate.stream().map(ImportRows.StagedRow::email).toList());
		Map<Long, String> newPasswords = new HashMap<>();
		for (ImportRows.StagedRow row : toUpdate) {
			ExistingAccount account = existing.get(key(row));
			if (account == null) {
				settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.FAILED,
						Message.of("import.outcome.noAccount"), null));
				continue;
			}
			if (row.action().updatesPassword()) {
				newPasswords.put(account.userId(), passwordHash(job, row, hashes));
			}
			if (row.action().updatesTags()) {
				accounts.replaceTags(account.userId(), new HashSet<>(row.tagList()));
			}
			settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.UPDATED, null, account.userId()));
		}
		accounts.updatePasswords(newPasswords, job.asksNewPassword());
		Map<String, Long> created = accounts.createAll(toCreate.stream()
			.map(row -> new ImportedAccount(job.organizationId(), name(row), row.email(), options.roleOrDefault(),
					options.groupId(), new LinkedHashSet<>(row.tagList()), passwordHash(job, row, hashes),
					job.asksNewPassword()))
			.toList());
		List<ImportRows.StagedRow> taken = toCreate.stream().filter(row -> !created.containsKey(key(row))).toList();
		Map<String, ExistingAccount> takenBy = taken.isEmpty() ? Map.of()
				: accounts.existing(taken.stream().map(ImportRows.StagedRow::email).toList());
		for (ImportRows.StagedRow row : toCreate) {
			Long userId = created.get(key(row));
			if (userId == null) {
				ExistingAccount account = takenBy.get(key(row));
				settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.FAILED,
						Message.of(Verifier.ALREADY_HAS_ACCOUNT), account == null ? null : account.userId()));
				continue;
			}
			settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.CREATED, null, userId));
			if (options.welcomeEmail()) {
				mails.welcome(job, row);
			}
		}
		rows.settleAll(job.id(), settled);
		accounts.noteImport(job.id(), job.fileName(), created.values(), settled.stream()
			.filter(settlement -> settlement.outcome() == RowOutcome.UPDATED)
			.map(ImportRows.Settlement::userId)
			.toList());
		int failed = (int) settled.stream().filter(settlement -> settlement.outcome() == RowOutcome.FAILED).count();
		jobs.count(job.id(), created.size(), chunk.size() - created.size() - failed, failed);
	}

	private static String key(ImportRows.StagedRow row) {
		return EmailAddress.key(row.email());
	}

	private static String passwordHash(ImportJob job, ImportRows.StagedRow row, Map<Integer, String> hashes) {
		if (row.passwordCipher() != null) {
			return hashes.get(row.rowNumber());
		}
		if (job.defaultPasswordHash() == null) {
			throw new IllegalStateException("Import " + job.id() + " has neither a row password nor a default one");
		}
		return job.defaultPasswordHash();
	}

	private static PersonName name(ImportRows.StagedRow row) {
		return row.firstName() != null && row.lastName() != null
				? new PersonName(row.fullName(), row.firstName(), row.lastName()) : PersonName.full(row.fullName());
	}

	private void finish(ImportJob job, ImportStatus status) {
		jobs.finish(job.id(), status);
		mails.finished(jobs.find(job.id()).orElseThrow(), rows.results(job.id()).stream()
			.filter(result -> result.outcome() == RowOutcome.SKIPPED || result.outcome() == RowOutcome.FAILED)
			.toList());
	}
}
