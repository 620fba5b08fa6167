package io.muster.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import io.muster.directory.AccountBatch;
import io.muster.directory.AccountRules;
import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.importing.csv.CsvTable;
import io.muster.organization.ImportLimits;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import io.muster.secrets.RandomSecrets;
import io.muster.web.Message;

/**
 * Takes a draft import from its source to verified rows: a file uploaded, read and mapped, or the
 * rows of another source, staged once as rows; then options, verification and fixes of single rows.
 *
 * <p>A file is kept, encrypted, only while how it is read and how its columns map may still change;
 * saving the mapping stages its rows, and every later step works on those.
 */
@Service
public class ImportDrafts {

	/** The columns a source other than a file stages: first and last name, email and tags. */
	private static final ColumnMapping SOURCE_FIELDS = new ColumnMapping(null, "firstName", "lastName", "email",
			"tags", null);

	private final ImportJobs jobs;

	private final ImportRows rows;

	private final ImportAccess access;

	private final DraftFile file;

	private final DraftVerification verification;

	private final DirectoryService directory;

	private final AccountBatch accounts;

	private final OrganizationService organizations;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	ImportDrafts(ImportJobs jobs, ImportRows rows, ImportAccess access, DraftFile file,
			DraftVerification verification, DirectoryService directory, AccountBatch accounts,
			OrganizationService organizations, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.rows = rows;
		this.access = access;
		this.file = file;
		this.verification = verification;
		this.directory = directory;
		this.accounts = accounts;
		this.organizations = organizations;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	/**
	 * The limits an uploaded file must keep to, for an administrator about to choose one.
	 */
	@Transactional(readOnly = true)
	public ImportLimits limits(SignedInUser actor) {
		actor.requireAdministrator();
		return file.limits(actor.organizationId());
	}

	/**
	 * Refuses an upload by its size before it is read, with the same message as a file found too
	 * large once read.
	 */
	@Transactional(readOnly = true)
	public void checkSize(SignedInUser actor, long size) {
		actor.requireAdministrator();
		file.checkSize(actor.organizationId(), size);
	}

	/**
	 * Reads an uploaded file and keeps it, encrypted, as a draft import; refuses files that break
	 * the organization's limits or cannot be read, saying why.
	 */
	@Transactional
	public UploadResult upload(SignedInUser actor, String fileName, byte[] bytes, @Nullable Character separator,
			@Nullable Charset encoding, @Nullable Boolean hasHeader) {
		actor.requireAdministrator();
		CsvTable table = file.read(bytes, file.limits(actor.organizationId()), separator, encoding, hasHeader);
		ImportJob job = ImportJob.draft(actor, ImportSource.CSV, fileName, table.encoding().name(),
				String.valueOf(table.separator()), table.hasHeader(), null, null, null);
		jobs.insert(job, file.encrypt(bytes), RandomSecrets.sha256(bytes));
		access.publish(actor, job, ImportActivity.Kind.UPLOADED);
		ColumnMapping suggested = DraftFile.suggestion(table);
		return new UploadResult(job.id(), job.status(), job.encoding(), job.separatorChar(), table.hasHeader(),
				table.columns(), DraftFile.sample(table, suggested.password()), DraftFile.suggestedMapping(table),
				file.warnings(table));
	}

	/**
	 * Stages the rows another source read as a draft with its default password and options already
	 * chosen, so that it goes on at the verification. The same limits and checks apply as to an
	 * uploaded file; nothing is kept when one fails. The default password is hashed outside any
	 * transaction, like a mapping's; with a password made for each user there is none.
	 */
	public UUID stage(SignedInUser actor, SourceRows source, String defaultPassword, ImportOptions options) {
		actor.requireAdministrator();
		List<DraftRow> staged = sourceRows(source);
		checkSource(actor, staged, options);
		if (!options.generatePasswords()) {
			checkDefaultPassword(actor, defaultPassword);
		}
		ImportJob job = ImportJob.draft(actor, source.source(), source.title(), StandardCharsets.UTF_8.name(), ",", true,
				SOURCE_FIELDS, options, options.generatePasswords() ? null : accounts.hash(defaultPassword));
		writing.executeWithoutResult(status -> {
			jobs.insert(job, null, null);
			rows.stage(job.id(), staged);
			access.publish(actor, job, ImportActivity.Kind.UPLOADED);
		});
		return job.id();
	}

	/**
	 * Stages what a source read again for an import it made before, as a new draft with that
	 * import's options, checked again as the directory is now. People who have an account already
	 * (most of them imported before) are left out and counted, not staged as mistakes; each other
	 * row is marked against the import before (new, joined since, still refused). The default
	 * password is the one typed now, else the hash kept of it; without either, the field is refused.
	 * The source records the re-read in the audit log in its own words (a daily check that finds
	 * nothing new leaves no draft behind, and should leave no upload in the log either).
	 */
	public UUID restage(SignedInUser actor, UUID previousId, SourceRows source, @Nullable String typedPassword,
			@Nullable String keptPasswordHash) {
		ImportJob previous = access.visible(actor, previousId);
		if (previous.source().isFile() || previous.status() != ImportStatus.COMPLETED || previous.options() == null) {
			throw ImportRejected.conflict("resync.problem.notResyncable");
		}
		boolean made = previous.options().generatePasswords();
		if (!made && typedPassword == null && keptPasswordHash == null) {
			throw ImportRejected.badField("defaultPassword", "import.problem.defaultPassword.title",
					Message.of("resync.problem.passwordAgain"));
		}
		List<DraftRow> read = sourceRows(source);
		Set<String> taken = accounts.existing(read.stream().map(Verifier::email).filter(email -> !email.isEmpty())
			.toList()).keySet();
		List<DraftRow> staged = renumbered(read.stream()
			.filter(row -> !taken.contains(Verifier.email(row).toLowerCase(Locale.ROOT))).toList());
		checkSource(actor, staged, previous.options());
		if (!made && typedPassword != null) {
			checkDefaultPassword(actor, typedPassword);
		}
		// With a password made for each student, there is no password for everyone to keep.
		String hash = made ? null
				: typedPassword != null ? accounts.hash(typedPassword) : Objects.requireNonNull(keptPasswordHash);
		ImportJob job = ImportJob.draft(actor, source.source(), source.title(), StandardCharsets.UTF_8.name(), ",", true,
				SOURCE_FIELDS, previous.options(), hash).following(previousId, read.size() - staged.size());
		writing.executeWithoutResult(status -> {
			jobs.insert(job, null, null);
			rows.stage(job.id(), staged);
			rows.markAgainst(job.id(), previousId);
		});
		return job.id();
	}

	/**
	 * A default password checked against the policy and hashed, for a source that keeps it to
	 * stage again later without asking (a daily Classroom re-sync); never the password itself.
	 */
	public String defaultPasswordHash(SignedInUser actor, String typed) {
		actor.requireAdministrator();
		checkDefaultPassword(actor, typed);
		return accounts.hash(typed);
	}

	private static List<DraftRow> sourceRows(SourceRows source) {
		List<DraftRow> staged = new ArrayList<>(source.rows().size());
		for (SourceRows.Row row : source.rows()) {
			int number = staged.size() + 1;
			staged.add(new DraftRow(number, number + 1L, row.fullName(), row.firstName(), row.lastName(), row.email(),
					row.tags(), null, null, row.refusal()));
		}
		return staged;
	}

	private static List<DraftRow> renumbered(List<DraftRow> kept) {
		List<DraftRow> renumbered = new ArrayList<>(kept.size());
		for (DraftRow row : kept) {
			int number = renumbered.size() + 1;
			renumbered.add(new DraftRow(number, number + 1L, row.fullName(), row.firstName(), row.lastName(),
					row.email(), row.tags(), row.password(), row.fileProblem(), row.sourceRefusal()));
		}
		return renumbered;
	}

	/**
	 * The organization's limit on users and the options, as for an uploaded file.
	 */
	private void checkSource(SignedInUser actor, List<DraftRow> staged, ImportOptions options) {
		OrganizationSettings settings = organizations.settings(actor.organizationId());
		int maxUsers = settings.importLimits().maxUsers();
		if (staged.size() > maxUsers) {
			throw ImportRejected.badRequest("import.problem.tooManyUsers.title", "import.problem.tooManyUsers",
					staged.size(), maxUsers);
		}
		OptionsCheck.check(actor, options, settings, directory);
	}

	/**
	 * What {@link #stage} would refuse in the options and the default password another source
	 * chose, each refusal on its own, so that its form can show every problem at once.
	 */
	public List<ErrorResponseException> choiceRefusals(SignedInUser actor, ImportOptions options,
			String defaultPassword) {
		OrganizationSettings settings = organizations.settings(actor.organizationId());
		List<ErrorResponseException> refusals = new ArrayList<>();
		collect(refusals, () -> OptionsCheck.check(actor, options, settings, directory));
		if (!options.generatePasswords()) {
			collect(refusals, () -> checkDefaultPassword(actor, defaultPassword));
		}
		return refusals;
	}

	private static void collect(List<ErrorResponseException> refusals, Runnable check) {
		try {
			check.run();
		}
		catch (ErrorResponseException ex) {
			refusals.add(ex);
		}
	}

	/**
	 * A draft as the preview shows it: its file read with its current settings, and the choices made.
	 */
	@Transactional(readOnly = true)
	public ImportDraft draft(SignedInUser actor, UUID id) {
		ImportJob job = access.editable(actor, id);
		if (!job.source().isFile()) {
			return new ImportDraft(job.id(), job.source(), job.fileName(), job.encoding(), job.separatorChar(),
					job.hasHeader(), List.of(), List.of(), List.of(), SOURCE_FIELDS, job.mapping(),
					job.defaultPasswordHash() != null, job.options());
		}
		CsvTable table = file.table(job);
		ColumnMapping suggested = DraftFile.suggestion(table);
		ColumnMapping mapping = job.mapping();
		return new ImportDraft(job.id(), job.source(), job.fileName(), job.encoding(), job.separatorChar(),
				table.hasHeader(), table.columns(),
				DraftFile.sample(table, mapping == null ? suggested.password() : mapping.password()), file.warnings(table),
				suggested, mapping, job.defaultPasswordHash() != null, job.options());
	}

	/**
	 * What was chosen for a draft so far, without reading its file: for the verification.
	 */
	@Transactional(readOnly = true)
	public DraftChoices choices(SignedInUser actor, UUID id) {
		ImportJob job = access.editable(actor, id);
		return new DraftChoices(job.id(), job.source(), job.fileName(), job.mapping(), job.options(),
				job.previousImport(), job.leftOut());
	}

	/**
	 * Reads a draft's file again with another separator or header choice. The columns may change,
	 * so the mapping, the default password and the staged rows (with their fixes) are forgotten; the
	 * options stay.
	 */
	@Transactional
	public ImportDraft reread(SignedInUser actor, UUID id, @Nullable Character separator, boolean hasHeader) {
		jobs.lock(id);
		ImportJob job = access.editableFile(actor, id);
		CsvTable table = file.reread(job, separator, hasHeader);
		jobs.reread(id, String.valueOf(table.separator()), table.hasHeader());
		rows.unstage(id);
		return draft(actor, id);
	}

	/**
	 * Saves which column holds what and stages the file's rows by it, each once; saving the same
	 * mapping again keeps the rows staged and their fixes. Without a password column, the password
	 * typed for everyone is checked and hashed at once; left empty, the one given before is kept.
	 * The hash, slow on purpose, is made between two short transactions: administrators mapping at
	 * the same moment must not hold every database connection while it works. With a password made
	 * for each user (as the saved options say), no password for everyone is needed or looked at.
	 */
	public ColumnMapping map(SignedInUser actor, UUID id, ColumnMapping mapping, @Nullable String defaultPassword) {
		return map(actor, id, mapping, defaultPassword, null);
	}

	/**
	 * Saves the mapping as {@link #map(SignedInUser, UUID, ColumnMapping, String)} does, for a form
	 * that saves the options right after it: {@code generating} is whether those make a password
	 * for each user; null to go by the options saved.
	 */
	ColumnMapping map(SignedInUser actor, UUID id, ColumnMapping mapping, @Nullable String defaultPassword,
			@Nullable Boolean generating) {
		@Nullable String typed = defaultPassword == null || defaultPassword.isEmpty() ? null : defaultPassword;
		CheckedMapping checked = Objects.requireNonNull(
				reading.execute(status -> checkMapping(actor, id, mapping, typed, generating)));
		@Nullable String typedHash = mapping.password() == null && typed != null && !checked.generating()
				? accounts.hash(typed) : null;
		writing.executeWithoutResult(
				status -> saveMapping(actor, id, mapping, checked.table(), typedHash, checked.generating()));
		return mapping;
	}

	private CheckedMapping checkMapping(SignedInUser actor, UUID id, ColumnMapping mapping, @Nullable String typed,
			@Nullable Boolean generating) {
		ImportJob job = access.editableFile(actor, id);
		boolean generates = generating != null ? generating : job.options() != null && job.options().generatePasswords();
		@Nullable String shared = generates ? null : typed;
		CsvTable table = file.table(job);
		MappingCheck.check(mapping, table.columns(), shared != null || job.defaultPasswordHash() != null, generates);
		if (mapping.password() == null && shared != null) {
			checkDefaultPassword(actor, shared);
		}
		return new CheckedMapping(table, generates);
	}

	private record CheckedMapping(CsvTable table, boolean generating) {
	}

	private void saveMapping(SignedInUser actor, UUID id, ColumnMapping mapping, CsvTable table,
			@Nullable String typedHash, boolean generating) {
		jobs.lock(id);
		ImportJob job = access.editableFile(actor, id);
		@Nullable String hash = mapping.password() != null ? null : typedHash != null ? typedHash : job.defaultPasswordHash();
		MappingCheck.check(mapping, table.columns(), hash != null, generating);
		jobs.saveMapping(id, mapping, hash);
		if (!mapping.equals(job.mapping())) {
			rows.stage(id, DraftFile.rows(table, mapping));
		}
		access.publish(actor, job, ImportActivity.Kind.MAPPED);
	}

	private void checkDefaultPassword(SignedInUser actor, String password) {
		List<Message> problems = directory.rulesFor(actor).passwordProblems(password, "");
		if (!problems.isEmpty()) {
			throw ImportRejected.badField("defaultPassword", "import.problem.defaultPassword.title",
					AccountRules.together(problems));
		}
	}

	/**
	 * Saves the options; "Make a password for each user" is refused beside a password column.
	 */
	@Transactional
	public ImportOptions setOptions(SignedInUser actor, UUID id, ImportOptions options) {
		ImportJob job = access.editable(actor, id);
		OptionsCheck.check(actor, options, organizations.settings(job.organizationId()), directory);
		if (options.generatePasswords() && job.mapping() != null) {
			MappingCheck.checkPasswordSource(job.mapping(), job.defaultPasswordHash() != null, true);
		}
		jobs.saveOptions(id, options);
		access.publish(actor, job, ImportActivity.Kind.OPTIONS_CHOSEN);
		return options;
	}

	/**
	 * How each row of a draft that read its source again stands against the import before, by row
	 * number; empty for any other draft.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, SincePrevious> sincePrevious(SignedInUser actor, UUID id) {
		return access.editable(actor, id).previousImport() == null ? Map.of() : rows.sincePrevious(id);
	}

	/**
	 * Every staged row with its verdict, checked against the accounts that exist right now.
	 */
	@Transactional(readOnly = true)
	public List<RowVerdict> rows(SignedInUser actor, UUID id) {
		return verification.all(actor, access.editable(actor, id));
	}

	/**
	 * Every staged row with its verdict and, when the file is the whole group, what becomes of the
	 * accounts of the group it leaves out, as the directory is right now.
	 */
	@Transactional(readOnly = true)
	DraftVerification.Verified verified(SignedInUser actor, UUID id) {
		return verification.full(actor, access.editable(actor, id));
	}

	/**
	 * What the draft, a file that is the whole group, does to the accounts of the group it leaves
	 * out, as the directory is right now; empty for any other draft.
	 */
	@Transactional(readOnly = true)
	public Optional<SyncPlan> syncPlan(SignedInUser actor, UUID id) {
		return Optional.ofNullable(verified(actor, id).sync());
	}

	/**
	 * Writes the values typed in over one staged row and verifies that row alone; other rows whose
	 * verdict it changes (one that had the same email) show it at the next verification.
	 */
	@Transactional
	public RowVerdict fixRow(SignedInUser actor, UUID id, int row, RowFix fix) {
		jobs.lock(id);
		ImportJob job = access.editable(actor, id);
		if (job.mapping() == null) {
			throw ImportRejected.conflict("import.problem.notMapped");
		}
		DraftRow fixed = rows.draftRow(id, row)
			.orElseThrow(() -> ImportRejected.badRequest("import.problem.noSuchRow.title",
					"import.problem.noSuchRow", row))
			.fixed(fix);
		rows.restage(id, fixed);
		access.publish(actor, job, ImportActivity.Kind.ROW_FIXED);
		return verification.one(actor, job, fixed);
	}

}
