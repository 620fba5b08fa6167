package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

import io.muster.cards.SignInCard;
import io.muster.cards.SignInCards;
import io.muster.directory.AccountBatch;
import io.muster.directory.AccountBefore;
import io.muster.directory.AccountPlace;
import io.muster.directory.AccountRules;
import io.muster.directory.DirectoryService;
import io.muster.directory.EmailAddress;
import io.muster.directory.ExistingAccount;
import io.muster.directory.GroupSummary;
import io.muster.directory.ImportedAccount;
import io.muster.directory.PersonName;
import io.muster.directory.Rank;
import io.muster.directory.UserStatus;
import io.muster.secrets.StagingCipher;
import io.muster.web.Message;

/**
 * Runs a started import as a job of the job engine, in chunks.
 *
 * <p>Each chunk is one transaction holding every row's account change and its outcome, so a
 * crash loses or doubles nothing: the job engine runs the job again and it goes on with the rows
 * that have no outcome. If another import took an email meanwhile, that row reports "already has
 * an account": on PostgreSQL the insert leaves its account out, on H2 the chunk is redone row by row.
 *
 * <p>With "Make a password for each user", each row that creates an account or sets its password
 * gets a password made as its chunk runs; it is hashed like a row's own, and kept for the sign-in
 * cards in the chunk's transaction, encrypted, so that a card exists exactly for each password set.
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

	private final DirectoryService directory;

	private final SignInCards cards;

	// Whatever still fails after the outage patience is tried again later, at growing intervals.
	private final OneTimeTask<String> task = Tasks.oneTime(TASK, String.class)
		.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2))
		.execute((instance, context) -> run(UUID.fromString(instance.getData())));

	ImportRunner(ImportJobs jobs, ImportRows rows, AccountBatch accounts, ImportMails mails, StagingCipher cipher,
			TransactionTemplate transaction, @Lazy SchedulerClient scheduler, RowPasswordHasher hasher,
			ImportMetrics metrics, DatabaseOutage outage, DirectoryService directory, SignInCards cards) {
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
		this.directory = directory;
		this.cards = cards;
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
		Map<Integer, String> made = options.generatePasswords() ? makePasswords(job, chunk) : Map.of();
		Map<Integer, String> hashes = hasher.hashAll(
				chunk.stream().filter(row -> row.passwordCipher() != null || made.containsKey(row.rowNumber())).toList(),
				row -> accounts.hash(row.passwordCipher() != null
						? new String(cipher.decrypt(row.passwordCipher()), StandardCharsets.UTF_8)
						: made.get(row.rowNumber())));
		Passwords passwords = new Passwords(hashes, made);
		try {
			transaction.executeWithoutResult(status -> applyAll(job, options, chunk, passwords));
		}
		catch (DuplicateKeyException ex) {
			// Only on H2: on PostgreSQL an email taken meanwhile leaves its account out instead.
			log.info("Import {}: another import took an email of this chunk; going row by row", job.id());
			chunk.forEach(row -> applyAlone(job, options, row, passwords));
		}
	}

	/**
	 * A password for each row that will create an account or set one's password and has none of its
	 * own, under the organization's policy as it is now.
	 */
	private Map<Integer, String> makePasswords(ImportJob job, List<ImportRows.StagedRow> chunk) {
		AccountRules rules = directory.rulesFor(job.organizationId());
		Map<Integer, String> made = new HashMap<>();
		for (ImportRows.StagedRow row : chunk) {
			if (row.passwordCipher() == null && (row.action() == RowAction.CREATE || row.action().updatesPassword())) {
				made.put(row.rowNumber(), rules.makePassword(row.email()));
			}
		}
		return made;
	}

	/**
	 * Applies one row. A row whose insert met another import's, uncommitted when this one looked,
	 * is tried once more: by then the other has committed, and the row settles as "already has an
	 * account" like any other.
	 */
	private void applyAlone(ImportJob job, ImportOptions options, ImportRows.StagedRow row, Passwords passwords) {
		try {
			transaction.executeWithoutResult(status -> applyAll(job, options, List.of(row), passwords));
		}
		catch (DuplicateKeyException ex) {
			transaction.executeWithoutResult(status -> applyAll(job, options, List.of(row), passwords));
		}
	}

	/**
	 * Applies a chunk with a constant number of statements: on PostgreSQL one insert of the new
	 * accounts that leaves out an email taken meanwhile (and one of their tags), one lookup of the
	 * versions left, one statement of outcomes, one noting the import on the accounts and one
	 * counter update. Rows that change existing accounts add one lookup, one of what they replace, one
	 * batch of new passwords and one of new names; only their new tags go one by one. An email taken
	 * since the start adds one lookup, for the account that has it. The accounts of the group that a
	 * file which is the whole group left out take one locked lookup and one statement each to suspend
	 * or move; made passwords, one batch of sign-in cards.
	 */
	private void applyAll(ImportJob job, ImportOptions options, List<ImportRows.StagedRow> chunk,
			Passwords passwords) {
		List<ImportRows.StagedRow> fileRows = chunk.stream().filter(row -> !row.action().missingFromFile()).toList();
		List<ImportRows.Settlement> leftOut = leftOut(job, options, chunk);
		List<ImportRows.Settlement> settled = new ArrayList<>();
		List<ImportRows.StagedRow> toCreate = fileRows.stream().filter(row -> row.action() == RowAction.CREATE).toList();
		Map<ImportRows.StagedRow, Long> toUpdate = existingOf(fileRows.stream()
			.filter(row -> row.action() != RowAction.CREATE).toList(), settled);
		Map<Long, AccountBefore> before = toUpdate.isEmpty() ? Map.of() : accounts.before(toUpdate.values());
		boolean fileHasTags = job.mapping() != null && job.mapping().tags() != null;
		update(job, toUpdate, fileHasTags, passwords);
		Map<String, Long> created = accounts.createAll(toCreate.stream()
			.map(row -> new ImportedAccount(job.organizationId(), name(row), row.email(), options.roleOrDefault(),
					options.groupId(), new LinkedHashSet<>(row.tagList()), passwordHash(job, row, passwords.hashes()),
					job.asksNewPassword()))
			.toList());
		List<Long> touched = new ArrayList<>(created.values());
		touched.addAll(toUpdate.values());
		leftOut.stream().filter(settlement -> settlement.before() != null).forEach(settlement -> touched.add(settlement.userId()));
		Map<Long, Integer> versions = accounts.versions(touched);
		toUpdate.forEach((row, userId) -> settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.UPDATED,
				null, userId, reversible(row.action(), replacesTags(row.action(), fileHasTags), before.get(userId),
						versions.get(userId)))));
		leftOut.forEach(settlement -> settled.add(settlement.before() == null ? settlement
				: new ImportRows.Settlement(settlement.row(), settlement.outcome(), null, settlement.userId(),
						settlement.before(), new ImportRows.Reversible(versions.get(settlement.userId()), null, null, null))));
		settleCreated(job, options, toCreate, created, versions, settled);
		rows.settleAll(job.id(), settled);
		keepCards(job, options, chunk, settled, passwords.made());
		accounts.noteImport(job.id(), job.fileName(), created.values(), settled.stream()
			.filter(settlement -> EnumSet.of(RowOutcome.UPDATED, RowOutcome.SUSPENDED, RowOutcome.MOVED)
				.contains(settlement.outcome()))
			.map(ImportRows.Settlement::userId)
			.toList());
		Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
		settled.forEach(settlement -> outcomes.merge(settlement.outcome(), 1, Integer::sum));
		jobs.count(job.id(), outcomes);
	}

	/**
	 * The accounts that rows updating one exist as, by row; a row whose account is gone settles as
	 * failed.
	 */
	private Map<ImportRows.StagedRow, Long> existingOf(List<ImportRows.StagedRow> updating,
			List<ImportRows.Settlement> settled) {
		Map<String, ExistingAccount> existing = updating.isEmpty() ? Map.of()
				: accounts.existing(updating.stream().map(ImportRows.StagedRow::email).toList());
		Map<ImportRows.StagedRow, Long> toUpdate = new LinkedHashMap<>();
		for (ImportRows.StagedRow row : updating) {
			ExistingAccount account = existing.get(key(row));
			if (account == null) {
				settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.FAILED,
						Message.of("import.outcome.noAccount"), null));
			}
			else {
				toUpdate.put(row, account.userId());
			}
		}
		return toUpdate;
	}

	private void update(ImportJob job, Map<ImportRows.StagedRow, Long> toUpdate, boolean fileHasTags,
			Passwords passwords) {
		Map<Long, String> newPasswords = new HashMap<>();
		Map<Long, PersonName> newNames = new HashMap<>();
		toUpdate.forEach((row, userId) -> {
			if (row.action().updatesPassword()) {
				newPasswords.put(userId, passwordHash(job, row, passwords.hashes()));
			}
			if (row.action().updatesDetails()) {
				newNames.put(userId, name(row));
			}
			if (replacesTags(row.action(), fileHasTags)) {
				accounts.replaceTags(userId, new HashSet<>(row.tagList()));
			}
		});
		accounts.updatePasswords(newPasswords, job.asksNewPassword());
		accounts.renameAll(newNames);
	}

	/**
	 * The outcomes of the rows that create an account: created, or, where another import took the
	 * email meanwhile (the insert left it out), "already has an account".
	 */
	private void settleCreated(ImportJob job, ImportOptions options, List<ImportRows.StagedRow> toCreate,
			Map<String, Long> created, Map<Long, Integer> versions, List<ImportRows.Settlement> settled) {
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
			settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.CREATED, null, userId,
					new ImportRows.Reversible(versions.get(userId), null, null, null)));
			if (options.welcomeEmail()) {
				mails.welcome(job, row);
			}
		}
	}

	private static String key(ImportRows.StagedRow row) {
		return EmailAddress.key(row.email());
	}

	/**
	 * Suspends or moves the accounts of the chunk that the file left out, as the start decided, but
	 * only where each still stands as it did then (in the group, not suspended already, and within
	 * the rank of whoever started the import, read afresh); each outcome keeps where the account
	 * stood before, for an undo.
	 */
	private List<ImportRows.Settlement> leftOut(ImportJob job, ImportOptions options, List<ImportRows.StagedRow> chunk) {
		List<ImportRows.StagedRow> leftOut = chunk.stream().filter(row -> row.action().missingFromFile()).toList();
		if (leftOut.isEmpty()) {
			return List.of();
		}
		Map<Long, AccountPlace> places = accounts.lockPlaces(leftOut.stream().map(ImportRows.StagedRow::userId).toList());
		Rank rank = directory.rank(job.createdBy(), job.organizationId());
		List<ImportRows.Settlement> settled = new ArrayList<>();
		List<Long> suspend = new ArrayList<>();
		List<Long> move = new ArrayList<>();
		for (ImportRows.StagedRow row : leftOut) {
			AccountPlace place = places.get(row.userId());
			Message meanwhile = place == null ? Message.of("import.sync.outcome.gone")
					: !Objects.equals(place.groupId(), options.groupId()) ? Message.of("import.sync.outcome.leftGroup")
					: row.action() == RowAction.SUSPEND && place.status() == UserStatus.SUSPENDED
							? Message.of("import.sync.fate.ALREADY_SUSPENDED")
							: outOfReach(rank, job, place);
			if (meanwhile != null) {
				settled.add(new ImportRows.Settlement(row.rowNumber(), RowOutcome.SKIPPED, meanwhile, row.userId()));
				continue;
			}
			(row.action() == RowAction.SUSPEND ? suspend : move).add(place.userId());
			settled.add(new ImportRows.Settlement(row.rowNumber(),
					row.action() == RowAction.SUSPEND ? RowOutcome.SUSPENDED : RowOutcome.MOVED, null, place.userId(),
					place));
		}
		accounts.suspendAll(suspend);
		if (!move.isEmpty()) {
			accounts.moveAll(move, Objects.requireNonNull(Objects.requireNonNull(options.sync()).moveToGroupId()));
		}
		return settled;
	}

	/**
	 * Why the account is no longer the importer's to change, or null while it is.
	 */
	private static @Nullable Message outOfReach(Rank rank, ImportJob job, AccountPlace place) {
		return switch (rank.over(place.userId(), job.organizationId(), place.groupId(), place.role())) {
			case CHANGE -> null;
			case SEE -> Rank.outranked(place.role());
			case NONE -> Message.of("import.sync.outcome.notManaged");
		};
	}

	/**
	 * What undoing an update needs: the version it left and what it replaced, the password hash
	 * encrypted like a staged password.
	 */
	private ImportRows.Reversible reversible(RowAction action, boolean tagsReplaced, AccountBefore before, int version) {
		return new ImportRows.Reversible(version,
				action.updatesPassword() ? cipher.encrypt(before.passwordHash().getBytes(StandardCharsets.UTF_8)) : null,
				action.updatesPassword() ? before.mustChoosePassword() : null,
				tagsReplaced ? String.join("\n", before.tags()) : null);
	}

	/**
	 * Whether an update replaces the tags: Update tags does, and so does a file that is the whole
	 * group when it has a tag column.
	 */
	private static boolean replacesTags(RowAction action, boolean fileHasTags) {
		return action.updatesTags() || (action.updatesDetails() && fileHasTags);
	}

	/**
	 * A card for each row whose account got a made password: created, or updated with Update Passwords.
	 */
	private void keepCards(ImportJob job, ImportOptions options, List<ImportRows.StagedRow> chunk,
			List<ImportRows.Settlement> settled, Map<Integer, String> made) {
		if (made.isEmpty()) {
			return;
		}
		String group = options.groupId() == null ? null
				: directory.group(job.organizationId(), options.groupId()).map(GroupSummary::name).orElse(null);
		Map<Integer, ImportRows.StagedRow> byNumber = new HashMap<>();
		chunk.forEach(row -> byNumber.put(row.rowNumber(), row));
		cards.keep(job.id(), job.organizationId(), job.createdBy(), settled.stream()
			.filter(settlement -> settlement.outcome() == RowOutcome.CREATED
					|| settlement.outcome() == RowOutcome.UPDATED && byNumber.get(settlement.row()).action().updatesPassword())
			.filter(settlement -> made.containsKey(settlement.row()))
			.map(settlement -> {
				ImportRows.StagedRow row = byNumber.get(settlement.row());
				return new SignInCard(row.rowNumber(), name(row).fullName(), group, row.email(),
						made.get(row.rowNumber()));
			})
			.toList());
	}

	private static String passwordHash(ImportJob job, ImportRows.StagedRow row, Map<Integer, String> hashes) {
		if (hashes.containsKey(row.rowNumber())) {
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
		mails.finished(jobs.find(job.id()).orElseThrow(), rows.results(job.id()));
	}

	/**
	 * A chunk's password hashes by row number, and the passwords made for it, in plain text only in
	 * memory until they are kept encrypted for the cards.
	 */
	private record Passwords(Map<Integer, String> hashes, Map<Integer, String> made) {

		@Override
		public String toString() {
			return "Passwords[" + made.size() + " made]";
		}

	}

}
