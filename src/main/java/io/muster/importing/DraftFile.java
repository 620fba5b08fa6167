package io.muster.importing;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import io.muster.importing.csv.ColumnRole;
import io.muster.importing.csv.ColumnSuggester;
import io.muster.importing.csv.CsvFileRejected;
import io.muster.importing.csv.CsvLimits;
import io.muster.importing.csv.CsvRow;
import io.muster.importing.csv.CsvTable;
import io.muster.importing.csv.CsvTableReader;
import io.muster.organization.ImportLimits;
import io.muster.organization.OrganizationService;
import io.muster.secrets.StagingCipher;
import io.muster.web.Message;

/**
 * A draft's uploaded file, kept encrypted while how it is read and how its columns map may still
 * change: reading it within the organization's limits, showing its first rows, and turning its rows
 * into staged rows once the mapping is saved.
 */
@Component
class DraftFile {

	private static final String MASK = "••••••••";

	private final ImportJobs jobs;

	private final StagingCipher cipher;

	private final OrganizationService organizations;

	private final MessageSource messages;

	DraftFile(ImportJobs jobs, StagingCipher cipher, OrganizationService organizations, MessageSource messages) {
		this.jobs = jobs;
		this.cipher = cipher;
		this.organizations = organizations;
		this.messages = messages;
	}

	/**
	 * What a reader should know about how the file was read, in the request's language.
	 */
	List<String> warnings(CsvTable table) {
		return table.warnings().stream().map(warning -> warning.in(messages, LocaleContextHolder.getLocale())).toList();
	}

	ImportLimits limits(long organizationId) {
		return organizations.settings(organizationId).importLimits();
	}

	/**
	 * Refuses a file by its size before it is read, with the same message as a file found too
	 * large once read.
	 */
	void checkSize(long organizationId, long size) {
		try {
			CsvTableReader.builder().limits(csvLimits(limits(organizationId))).build().checkSize(size);
		}
		catch (CsvFileRejected ex) {
			throw rejected(ex);
		}
	}

	byte[] encrypt(byte[] upload) {
		return cipher.encrypt(upload);
	}

	/**
	 * The draft's file read again as it is now set to be read.
	 */
	CsvTable table(ImportJob job) {
		return read(staged(job), limits(job.organizationId()), job.separatorChar().charAt(0),
				Charset.forName(job.encoding()), job.hasHeader());
	}

	/**
	 * The draft's file read with another separator or header choice.
	 */
	CsvTable reread(ImportJob job, @Nullable Character separator, boolean hasHeader) {
		return read(staged(job), limits(job.organizationId()), separator, Charset.forName(job.encoding()), hasHeader);
	}

	CsvTable read(byte[] bytes, ImportLimits limits, @Nullable Character separator, @Nullable Charset encoding,
			@Nullable Boolean hasHeader) {
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

	/**
	 * Each user row of the file as a staged row: the values of the mapped columns as written, and a
	 * row with more or fewer values than the header marked so.
	 */
	static List<DraftRow> rows(CsvTable table, ColumnMapping mapping) {
		List<String> columns = table.columns();
		List<DraftRow> rows = new ArrayList<>(table.rows().size());
		for (CsvRow row : table.rows()) {
			Message shape = row.values().size() == columns.size() ? null
					: Message.of("import.reason.valueCount", row.values().size(), columns.size());
			rows.add(new DraftRow(row.number(), row.line(), cell(row, columns, mapping.fullName()),
					cell(row, columns, mapping.firstName()), cell(row, columns, mapping.lastName()),
					cell(row, columns, mapping.email()), cell(row, columns, mapping.tags()),
					mapping.password() == null ? null : cell(row, columns, mapping.password()).strip(), shape, null));
		}
		return rows;
	}

	private static String cell(CsvRow row, List<String> columns, @Nullable String column) {
		int index = column == null ? -1 : columns.indexOf(column);
		return index >= 0 && index < row.values().size() ? row.values().get(index) : "";
	}

	private byte[] staged(ImportJob job) {
		return jobs.stagedUpload(job.id()).map(cipher::decrypt)
			.orElseThrow(() -> ImportRejected.conflict("import.problem.fileGone"));
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
		return ImportRejected.file(status, ex.message());
	}

	/**
	 * The first rows for a preview, with the passwords masked: a preview is shown on screens and
	 * kept in browsers' caches, a password is not.
	 */
	static List<List<String>> sample(CsvTable table, @Nullable String passwordColumn) {
		int masked = passwordColumn == null ? -1 : table.columns().indexOf(passwordColumn);
		List<List<String>> rows = table.sampleRows(5);
		if (masked < 0) {
			return rows;
		}
		return rows.stream().map(row -> IntStream.range(0, row.size())
			.mapToObj(i -> i == masked && !row.get(i).isEmpty() ? MASK : row.get(i))
			.toList()).toList();
	}

	static ColumnMapping suggestion(CsvTable table) {
		Map<ColumnRole, String> suggested = ColumnSuggester.suggest(table);
		return new ColumnMapping(suggested.get(ColumnRole.FULL_NAME), suggested.get(ColumnRole.FIRST_NAME),
				suggested.get(ColumnRole.LAST_NAME), suggested.get(ColumnRole.EMAIL), suggested.get(ColumnRole.TAGS),
				suggested.get(ColumnRole.PASSWORD));
	}

	static Map<String, String> suggestedMapping(CsvTable table) {
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

}
