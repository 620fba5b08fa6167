package io.muster.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import io.muster.directory.AccountBatch;
import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.importing.csv.ColumnRole;
import io.muster.importing.csv.ColumnSuggester;
import io.muster.importing.csv.CsvFileRejected;
import io.muster.importing.csv.CsvLimits;
import io.muster.importing.csv.CsvTable;
import io.muster.importing.csv.CsvTableReader;
import io.muster.organization.ImportLimits;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes an import from upload through mapping, options and verification to its start.
 *
 * <p>Only administrators import. A System Administrator sees every import of the organization,
 * an Administrator their own; an import of another organization is "not found".
 */
@Service
public class ImportService {

	static final String CSV = "CSV";

	private static final String MASK = "••••••••";

	/** The columns a source other than a file may stage, whatever the limit set for files. */
	private static final int SOURCE_COLUMNS = 10;

	private final ImportJobs jobs;

	private final ImportRows rows;

	private final StagingCipher cipher;

	private final DirectoryService directory;

	private final AccountBatch accounts;

	private final OrganizationService organizations;

	private final ImportRunner runner;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final MessageSource messages;

	ImportService(ImportJobs jobs, ImportRows rows, StagingCipher cipher, DirectoryService directory,
			AccountBatch accounts, OrganizationService organizations, ImportRunner runner, JsonMapper json,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, MessageSource messages) {
		this.jobs = jobs;
		this.rows = rows;
		this.cipher = cipher;
		this.directory = directory;
		this.accounts = accounts;
		this.organizations = organizations;
		this.runner = runner;
		this.json = json;
		this.events = events;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.messages = messages;
	}

	/**
	 * The limits an uploaded file must keep to, for an administrator about to choose one.
	 */
	@Transactional(readOnly = true)
	public ImportLimits limits(SignedInUser actor) {
		actor.requireAdministrator();
		return organizations.settings(actor.organizationId()).importLimits();
	}

	/**
	 * Refuses an upload by its size before it is read, with the same message as a file found too
	 * large once read.
	 */
	@Transactional(readOnly = true)
	public void checkSize(SignedInUser actor, long size) {
		ImportLimits limits = limits(actor);
		try {
			CsvTableReader.builder().limits(csvLimits(limits)).build().checkSize(size);
		}
		catch (CsvFileRejected ex) {
			throw rejected(ex);
		}
	}

	/**
	 * Reads an uploaded file and keeps it, encrypted, as a draft import; refuses files that break
	 * the organization's limits or cannot be read, saying why.
	 */
	@Transactional
	public UploadResult upload(SignedInUser actor, String fileName, byte[] bytes, @Nullable Character separator,
			@Nullable Charset encoding, @Nullable Boolean hasHeader) {
		actor.requireAdministrator();
		ImportLimits limits = organizations.settings(actor.organizationId()).importLimits();
		CsvTable table = read(bytes, limits, separator, encoding, hasHeader);
		ImportJob job = new ImportJob(UUID.randomUUID(), actor.organizationId(), actor.id(), CSV, ImportStatus.DRAFT,
				fileName, table.encoding().name(),
				String.valueOf(table.separator()), table.hasHeader(), null, null, null, 0, 0, 0, 0, 0, 0, Instant.now(),
				null, null);
		jobs.insert(job, cipher.encrypt(bytes));
		publish(actor, job, ImportActivity.Kind.UPLOADED);
		ColumnMapping suggested = suggestion(table);
		return new UploadResult(job.id(), job.status(), job.encoding(), job.separatorChar(), table.hasHeader(),
				table.columns(), sample(table, suggested.password()), suggestedMapping(table), table.warnings());
	}

	/**
	 * Stages the rows another source read as a draft with its mapping, default password and
	 * options already chosen, so that it goes on at the verification. The same limits and checks
	 * apply as to an uploaded file; nothing is kept when one fails. The default password is hashed
	 * outside any transaction, like a mapping's.
	 */
	public UUID stage(SignedInUser actor, SourceTable table, String defaultPassword, ImportOptions options) {
		actor.requireAdministrator();
		OrganizationSettings settings = organizations.settings(actor.organizationId());
		int maxUsers = settings.importLimits().maxUsers();
		if (table.rows().size() > maxUsers) {
			throw ImportRejected.badRequest("Too many users", "These are " + table.rows().size()
					+ " users; at most " + maxUsers + " can be imported at once. Choose fewer, or ask your System "
					+ "Administrator to raise the limit in the organization settings.");
		}
		OptionsCheck.check(actor, options, settings, directory);
		MappingCheck.check(table.mapping(), table.columns(), true);
		List<String> problems = directory.passwordProblems(actor.organizationId(), defaultPassword, "");
		if (!problems.isEmpty()) {
			throw ImportRejected.badField("defaultPassword", "Default password not accepted", String.join(" ", problems));
		}
		ImportJob job = new ImportJob(UUID.randomUUID(), actor.organizationId(), actor.id(), table.source(),
				ImportStatus.DRAFT, table.title(), StandardCharsets.UTF_8.name(), ",", true,
				json.writeValueAsString(table.mapping()), json.writeValueAsString(options), accounts.hash(defaultPassword),
				0, 0, 0, 0, 0, 0, Instant.now(), null, null);
		writing.executeWithoutResult(status -> {
			jobs.insert(job, cipher.encrypt(SourceCsv.write(table.columns(), table.rows())));
			publish(actor, job, ImportActivity.Kind.UPLOADED);
		});
		return job.id();
	}

	/**
	 * Every problem {@link #stage} would find in the options and the default password another
	 * source chose, by field, so that its form can show them all at once; empty when there is none.
	 */
	public Map<String, String> choiceProblems(SignedInUser actor, ImportOptions options, String defaultPassword) {
		Map<String, String> problems = new LinkedHashMap<>();
		try {
			OptionsCheck.check(actor, options, organizations.settings(actor.organizationId()), directory);
		}
		catch (ImportRejected ex) {
			problems.putAll(ex.fieldErrors());
		}
		catch (ErrorResponseException ex) {
			// The directory refuses a group that is not the caller's or not in their organization.
			problems.put("groupId", String.valueOf(ex.getBody().getDetail()));
		}
		List<String> passwordProblems = directory.passwordProblems(actor.organizationId(), defaultPassword, "");
		if (!passwordProblems.isEmpty()) {
			problems.put("defaultPassword", String.join(" ", passwordProblems));
		}
		return problems;
	}

	/**
	 * A draft as it stands: the file read again with its current settings, and the choices made.
	 */
	@Transactional(readOnly = true)
	public ImportDraft draft(SignedInUser actor, UUID id) {
		ImportJob job = editable(actor, id);
		CsvTable table = table(job);
		ColumnMapping suggested = suggestion(table);
		ColumnMapping mapping = job.mapping() == null ? null : json.readValue(job.mapping(), ColumnMapping.class);
		return new ImportDraft(job.id(), job.source(), job.fileName(), job.encoding(), job.separatorChar(), table.hasHeader(),
				table.columns(), sample(table, mapping == null ? suggested.password() : mapping.password()),
				table.warnings(), suggested, mapping,
				job.defaultPasswordHash() != null,
				job.options() == null ? null : json.readValue(job.options(), ImportOptions.class));
	}

	/**
	 * Reads a draft's file again with another separator or header choice. The columns may change,
	 * so the mapping, the default password and the row fixes are forgotten; the options stay.
	 */
	@Transactional
	public ImportDraft reread(SignedInUser actor, UUID id, @Nullable Character separator, boolean hasHeader) {
		ImportJob job = editableFile(actor, id);
		byte[] bytes = staged(job);
		CsvTable table = read(bytes, organizations.settings(job.organizationId()).importLimits(), separator,
				Charset.forName(job.encoding()), hasHeader);
		jobs.reread(id, String.valueOf(table.separator()), table.hasHeader());
		return draft(actor, id);
	}

	/**
	 * Saves which column holds what. Without a password column, the password typed for everyone is
	 * checked and hashed at once; left empty, the one given before is kept. The hash, slow on
	 * purpose, is made between two short transactions: administrators mapping at the same moment
	 * must not hold every database connection while it works.
	 */
	public ColumnMapping map(SignedInUser actor, UUID id, ColumnMapping mapping, @Nullable String defaultPassword) {
		@Nullable String typed = defaultPassword == null || defaultPassword.isEmpty() ? null : defaultPassword;
		List<String> columns = reading.execute(status -> checkMapping(actor, id, mapping, typed));
		@Nullable String typedHash = mapping.password() == null && typed != null ? accounts.hash(typed) : null;
		writing.executeWithoutResult(status -> saveMapping(actor, id, mapping, columns, typedHash));
		return mapping;
	}

	private List<String> checkMapping(SignedInUser actor, UUID id, ColumnMapping mapping, @Nullable String typed) {
		ImportJob job = editableFile(actor, id);
		List<String> columns = table(job).columns();
		MappingCheck.check(mapping, columns, typed != null || job.defaultPasswordHash() != null);
		if (mapping.password() == null && typed != null) {
			List<String> problems = directory.passwordProblems(job.organizationId(), typed, "");
			if (!problems.isEmpty()) {
				throw ImportRejected.badField("defaultPassword", "Default password not accepted", String.join(" ", problems));
			}
		}
		return columns;
	}

	private void saveMapping(SignedInUser actor, UUID id, ColumnMapping mapping, List<String> columns,
			@Nullable String typedHash) {
		ImportJob job = editable(actor, id);
		@Nullable String hash = mapping.password() != null ? null : typedHash != null ? typedHash : job.defaultPasswordHash();
		MappingCheck.check(mapping, columns, hash != null);
		jobs.saveMapping(id, json.writeValueAsString(mapping), hash);
		publish(actor, job, ImportActivity.Kind.MAPPED);
	}

	@Transactional
	public ImportOptions setOptions(SignedInUser actor, UUID id, ImportOptions options) {
		ImportJob job = editable(actor, id);
		OptionsCheck.check(actor, options, organizations.settings(job.organizationId()), directory);
		jobs.saveOptions(id, json.writeValueAsString(options));
		publish(actor, job, ImportActivity.Kind.OPTIONS_CHOSEN);
		return options;
	}

	/**
	 * Every user row with its verdict, checked against the accounts that exist right now.
	 */
	@Transactional(readOnly = true)
	public List<RowVerdict> rows(SignedInUser actor, UUID id) {
		return verify(actor, visible(actor, id));
	}

	@Transactional
	public RowVerdict fixRow(SignedInUser actor, UUID id, int row, RowFix fix) {
		ImportJob job = editable(actor, id);
		if (row < 1 || row > table(job).rows().size()) {
			throw ImportRejected.badRequest("No such row", "This file has no user row " + row + ".");
		}
		jobs.saveFix(id, row, Base64.getEncoder().encodeToString(cipher.encrypt(json.writeValueAsBytes(fix))));
		publish(actor, job, ImportActivity.Kind.ROW_FIXED);
		return verify(actor, job).get(row - 1);
	}

	/**
	 * Checks the options and every row again, then queues the import on the job engine; a second
	 * call queues nothing and reports the state.
	 */
	@Transactional
	public ImportSummary start(SignedInUser actor, UUID id) {
		ImportJob job = visible(actor, id);
		if (job.status() != ImportStatus.DRAFT) {
			return job.summary();
		}
		if (job.options() == null) {
			throw ImportRejected.conflict("Choose the options first: at least the group the users will join.");
		}
		// Checked again as the directory and the organization are now, not as they were when chosen.
		OptionsCheck.check(actor, json.readValue(job.options(), ImportOptions.class),
				organizations.settings(job.organizationId()), directory);
		List<RowVerdict> verdicts = verify(actor, job);
		if (verdicts.stream().noneMatch(RowVerdict::valid)) {
			throw ImportRejected.conflict("No row of this file would change anything, so there is nothing to import. "
					+ "Fix the rows marked invalid, or upload a corrected file.");
		}
		rows.insertAll(id, verdicts, verdict -> verdict.valid() && verdict.password() != null
				? cipher.encrypt(verdict.password().getBytes(StandardCharsets.UTF_8)) : null);
		int skipped = (int) verdicts.stream().filter(verdict -> !verdict.valid()).count();
		if (jobs.queue(id, verdicts.size(), skipped)) {
			runner.schedule(id);
			publish(actor, job, ImportActivity.Kind.STARTED);
		}
		return jobs.find(id).orElseThrow().summary();
	}

	@Transactional(readOnly = true)
	public ImportSummary summary(SignedInUser actor, UUID id) {
		return visible(actor, id).summary();
	}

	@Transactional(readOnly = true)
	public List<ImportSummary> list(SignedInUser actor) {
		actor.requireAdministrator();
		return jobs.list(actor.organizationId(), actor.isSystemAdmin() ? null : actor.id()).stream()
			.map(ImportJob::summary)
			.toList();
	}

	/**
	 * Cancels a draft or queued import at once; a running one stops after its current chunk.
	 */
	@Transactional
	public ImportSummary cancel(SignedInUser actor, UUID id) {
		ImportJob job = visible(actor, id);
		if (job.status().isFinished()) {
			throw ImportRejected.conflict("This import has already ended (" + job.status().name().toLowerCase()
					+ "), so it cannot be cancelled.");
		}
		jobs.cancel(id);
		publish(actor, job, ImportActivity.Kind.CANCELLED);
		if (job.status() != ImportStatus.RUNNING) {
			jobs.finish(id, ImportStatus.CANCELLED);
		}
		return jobs.find(id).orElseThrow().summary();
	}

	/**
	 * The rows of an import that were not imported, with the reason, in file order.
	 */
	@Transactional(readOnly = true)
	public List<ImportRows.RowResult> problems(SignedInUser actor, UUID id) {
		visible(actor, id);
		return rows.results(id).stream().filter(result -> result.outcome() != null && !result.outcome().imported())
			.toList();
	}

	/**
	 * The outcome of every row as a CSV file, with the reasons in the reader's language.
	 */
	@Transactional(readOnly = true)
	public String resultsCsv(SignedInUser actor, UUID id, Locale locale) {
		visible(actor, id);
		return ResultsCsv.write(rows.results(id), messages, locale);
	}

	private List<RowVerdict> verify(SignedInUser actor, ImportJob job) {
		if (job.mapping() == null) {
			throw ImportRejected.conflict("Map the columns first: say which column holds the name and which the email.");
		}
		ColumnMapping mapping = json.readValue(job.mapping(), ColumnMapping.class);
		ImportOptions options = job.options() == null ? ImportOptions.none()
				: json.readValue(job.options(), ImportOptions.class);
		CsvTable table = table(job);
		Map<Integer, RowFix> fixes = fixes(job);
		long organizationId = job.organizationId();
		Verifier verifier = new Verifier(table.columns(), mapping, options, fixes,
				accounts.existing(Verifier.emails(table.rows(), table.columns(), mapping, fixes)), directory.rank(actor),
				(password, email) -> directory.passwordProblems(organizationId, password, email));
		return verifier.verify(table.rows());
	}

	private Map<Integer, RowFix> fixes(ImportJob job) {
		return jobs.fixes(job.id()).stream().collect(Collectors.toMap(ImportJobs.SealedFix::rowNumber,
				fix -> json.readValue(cipher.decrypt(Base64.getDecoder().decode(fix.fixedValues())), RowFix.class)));
	}

	private byte[] staged(ImportJob job) {
		return jobs.stagedUpload(job.id()).map(cipher::decrypt)
			.orElseThrow(() -> ImportRejected.conflict("This import has ended; its file is no longer kept."));
	}

	private CsvTable table(ImportJob job) {
		byte[] bytes = staged(job);
		ImportLimits limits = organizations.settings(job.organizationId()).importLimits();
		if (!CSV.equals(job.source())) {
			limits = new ImportLimits(SOURCE_COLUMNS, limits.maxUsers(), Math.max(bytes.length, limits.maxFileBytes()));
		}
		return read(bytes, limits, job.separatorChar().charAt(0), Charset.forName(job.encoding()), job.hasHeader());
	}

	private CsvTable read(byte[] bytes, ImportLimits limits, @Nullable Character separator,
			@Nullable Charset encoding, @Nullable Boolean hasHeader) {
		try {
			return CsvTableReader.builder()
				.limits(csvLimits(limits))
				.separator(separator)
				.encoding(encoding)
				.hasHeader(hasHeader)
				.read(bytes);
		}
		catch (CsvFileRejected ex) {
			throw rejected(ex);
		}
	}

	private static CsvLimits csvLimits(ImportLimits limits) {
		return new CsvLimits(limits.maxColumns(), limits.maxUsers(), limits.maxFileBytes());
	}

	private ImportRejected rejected(CsvFileRejected ex) {
		HttpStatus status = switch (ex.reason()) {
			case FILE_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case NOT_TEXT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			default -> HttpStatus.BAD_REQUEST;
		};
		String detail = ex.messageCode() == null ? ex.getMessage()
				: messages.getMessage(ex.messageCode(), ex.messageArguments(), LocaleContextHolder.getLocale());
		return new ImportRejected(status, "File not accepted", detail, "file-rejected");
	}

	/**
	 * The first rows for a preview, with the passwords masked: a preview is shown on screens and
	 * kept in browsers' caches, a password is not.
	 */
	private static List<List<String>> sample(CsvTable table, @Nullable String passwordColumn) {
		int masked = passwordColumn == null ? -1 : table.columns().indexOf(passwordColumn);
		List<List<String>> rows = table.sampleRows(5);
		if (masked < 0) {
			return rows;
		}
		return rows.stream().map(row -> IntStream.range(0, row.size())
			.mapToObj(i -> i == masked && !row.get(i).isEmpty() ? MASK : row.get(i))
			.toList()).toList();
	}

	private static ColumnMapping suggestion(CsvTable table) {
		Map<ColumnRole, String> suggested = ColumnSuggester.suggest(table);
		return new ColumnMapping(suggested.get(ColumnRole.FULL_NAME), suggested.get(ColumnRole.FIRST_NAME),
				suggested.get(ColumnRole.LAST_NAME), suggested.get(ColumnRole.EMAIL), suggested.get(ColumnRole.TAGS),
				suggested.get(ColumnRole.PASSWORD));
	}

	private static Map<String, String> suggestedMapping(CsvTable table) {
		Map<String, String> suggested = new LinkedHashMap<>();
		ColumnSuggester.suggest(table).forEach((role, column) -> suggested.put(fieldName(role), column));
		return suggested;
	}

	private static String fieldName(ColumnRole role) {
		return switch (role) {
			case FULL_NAME -> "fullName";
			case FIRST_NAME -> "firstName";
			case LAST_NAME -> "lastName";
			case EMAIL -> "email";
			case TAGS -> "tags";
			case PASSWORD -> "password";
		};
	}

	private void publish(SignedInUser actor, ImportJob job, ImportActivity.Kind kind) {
		events.publishEvent(new ImportActivity(job.id(), job.organizationId(), actor.id(), kind, job.fileName()));
	}

	private ImportJob editable(SignedInUser actor, UUID id) {
		ImportJob job = visible(actor, id);
		if (job.status() != ImportStatus.DRAFT) {
			throw ImportRejected.conflict("This import has already started; its file, mapping and options can no "
					+ "longer change.");
		}
		return job;
	}

	private ImportJob editableFile(SignedInUser actor, UUID id) {
		ImportJob job = editable(actor, id);
		if (!CSV.equals(job.source())) {
			throw ImportRejected.conflict("This import did not come from a file: its columns are set by its source "
					+ "and cannot be mapped again. Cancel it and start again to change them.");
		}
		return job;
	}

	private ImportJob visible(SignedInUser actor, UUID id) {
		actor.requireAdministrator();
		return jobs.find(id)
			.filter(job -> job.organizationId() == actor.organizationId())
			.filter(job -> actor.isSystemAdmin() || job.createdBy() == actor.id())
			.orElseThrow(ImportRejected::notFound);
	}

}
