package io.muster.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import_job table; a job's mapping and options are kept as JSON and read back as values here,
 * in one place.
 */
@Repository
class ImportJobs {

	private static final String COLUMNS = """
			id, organization_id, created_by, source, status, file_name, encoding, separator_char, has_header, mapping,
			options, default_password_hash, total, processed, created, updated, skipped, failed, suspended, moved,
			created_at, started_at, finished_at, previous_import, left_out""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RowMapper<ImportJob> mapper;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = stored(json);
		this.mapper = (row, number) -> new ImportJob(row.getObject("id", UUID.class), row.getLong("organization_id"),
				row.getLong("created_by"), ImportSource.valueOf(row.getString("source")),
				ImportStatus.valueOf(row.getString("status")), row.getString("file_name"), row.getString("encoding"),
				row.getString("separator_char"), row.getBoolean("has_header"),
				read(row.getString("mapping"), ColumnMapping.class), read(row.getString("options"), ImportOptions.class),
				row.getString("default_password_hash"), row.getInt("total"), row.getInt("processed"),
				row.getInt("created"), row.getInt("updated"), row.getInt("skipped"), row.getInt("failed"),
				row.getInt("suspended"), row.getInt("moved"),
				instant(row, "created_at"), instant(row, "started_at"), instant(row, "finished_at"),
				row.getObject("previous_import", UUID.class), row.getInt("left_out"));
	}

	/**
	 * Inserts a new import; a file's draft keeps its upload, encrypted, and the SHA-256 of the plain
	 * upload, by which a second upload of the same file is recognised.
	 */
	void insert(ImportJob job, byte @Nullable [] stagedUpload, @Nullable String uploadDigest) {
		jdbc.sql("""
				INSERT INTO import_job (id, organization_id, created_by, source, status, file_name, encoding,
				                        separator_char, has_header, staged_upload, upload_digest, mapping, options,
				                        default_password_hash, created_at, previous_import, left_out)
				VALUES (:id, :organization, :createdBy, :source, :status, :fileName, :encoding, :separator,
				        :hasHeader, :upload, :digest, :mapping, :options, :defaultPasswordHash, :createdAt, :previous,
				        :leftOut)""")
			.param("previous", job.previousImport())
			.param("leftOut", job.leftOut())
			.param("id", job.id())
			.param("digest", uploadDigest)
			.param("organization", job.organizationId())
			.param("createdBy", job.createdBy())
			.param("source", job.source().name())
			.param("status", job.status().name())
			.param("fileName", job.fileName())
			.param("encoding", job.encoding())
			.param("separator", job.separatorChar())
			.param("hasHeader", job.hasHeader())
			.param("upload", stagedUpload)
			.param("mapping", write(job.mapping()))
			.param("options", write(job.options()))
			.param("defaultPasswordHash", job.defaultPasswordHash())
			.param("createdAt", job.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id").param("id", id)
			.query(mapper).optional();
	}

	List<ImportJob> list(long organizationId, @Nullable Long createdBy) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE organization_id = :organization"
				+ (createdBy == null ? "" : " AND created_by = :createdBy") + " ORDER BY created_at DESC")
			.param("organization", organizationId)
			.param("createdBy", createdBy)
			.query(mapper)
			.list();
	}

	/**
	 * Holds the import until the caller's transaction ends, so that steps that restage or decide its
	 * rows (a mapping saved twice at once, a Fix during the start) run one after the other.
	 */
	void lock(UUID id) {
		jdbc.sql("SELECT id FROM import_job WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
	}

	Optional<byte[]> stagedUpload(UUID id) {
		return jdbc.sql("SELECT staged_upload FROM import_job WHERE id = :id AND staged_upload IS NOT NULL")
			.param("id", id).query(byte[].class).optional();
	}

	void saveMapping(UUID id, ColumnMapping mapping, @Nullable String defaultPasswordHash) {
		jdbc.sql("UPDATE import_job SET mapping = :mapping, default_password_hash = :hash WHERE id = :id")
			.param("mapping", write(mapping)).param("hash", defaultPasswordHash).param("id", id).update();
	}

	/**
	 * Records how a draft's file is now read; the mapping and the default password depended on the
	 * old columns and are dropped with them (the caller drops the staged rows).
	 */
	void reread(UUID id, String separator, boolean hasHeader) {
		jdbc.sql("""
				UPDATE import_job SET separator_char = :separator, has_header = :hasHeader, mapping = NULL,
				       default_password_hash = NULL WHERE id = :id""")
			.param("separator", separator).param("hasHeader", hasHeader).param("id", id).update();
	}

	void saveOptions(UUID id, ImportOptions options) {
		jdbc.sql("UPDATE import_job SET options = :options WHERE id = :id").param("options", write(options))
			.param("id", id).update();
	}

	/**
	 * Moves a draft to the queue, noting the language of the person starting it, in which its mails
	 * are written; false when it is not a draft any more, so it is queued once. Its upload is not
	 * needed any more: its rows are staged. A file that is the whole group holds its group until it
	 * ends: a second sync of the group meets the unique constraint.
	 */
	boolean queue(UUID id, int total, int skipped, Locale locale, @Nullable Long syncGroupId) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'QUEUED', total = :total, processed = :skipped, skipped = :skipped,
				       staged_upload = NULL, locale = :locale, sync_group_id = :syncGroup
				WHERE id = :id AND status = 'DRAFT'""")
			.param("total", total).param("skipped", skipped).param("locale", locale.toLanguageTag())
			.param("syncGroup", syncGroupId).param("id", id)
			.update() == 1;
	}

	/**
	 * The name of the other import that is making this group whole right now, if one is.
	 */
	Optional<String> syncUnderway(long groupId, UUID besides) {
		return jdbc.sql("SELECT file_name FROM import_job WHERE sync_group_id = :group AND id <> :id")
			.param("group", groupId).param("id", besides).query(String.class).optional();
	}

	/**
	 * The language an import's mails are written in: that of the person who started it.
	 */
	Locale locale(UUID id) {
		return jdbc.sql("SELECT locale FROM import_job WHERE id = :id").param("id", id).query(String.class).optional()
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
	}

	boolean markRunning(UUID id) {
		return jdbc.sql("UPDATE import_job SET status = 'RUNNING', started_at = :now WHERE id = :id AND status = 'QUEUED'")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update() == 1;
	}

	/**
	 * Adds a chunk's outcomes to the counts.
	 */
	void count(UUID id, Map<RowOutcome, Integer> outcomes) {
		int n = outcomes.values().stream().mapToInt(Integer::intValue).sum();
		jdbc.sql("""
				UPDATE import_job SET processed = processed + :n, created = created + :created,
				       updated = updated + :updated, skipped = skipped + :skipped, failed = failed + :failed,
				       suspended = suspended + :suspended, moved = moved + :moved WHERE id = :id""")
			.param("n", n)
			.param("created", outcomes.getOrDefault(RowOutcome.CREATED, 0))
			.param("updated", outcomes.getOrDefault(RowOutcome.UPDATED, 0))
			.param("skipped", outcomes.getOrDefault(RowOutcome.SKIPPED, 0))
			.param("failed", outcomes.getOrDefault(RowOutcome.FAILED, 0))
			.param("suspended", outcomes.getOrDefault(RowOutcome.SUSPENDED, 0))
			.param("moved", outcomes.getOrDefault(RowOutcome.MOVED, 0))
			.param("id", id).update();
	}

	boolean cancel(UUID id) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'CANCELLED', finished_at = :now
				WHERE id = :id AND status IN ('DRAFT', 'QUEUED', 'RUNNING')""")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update() == 1;
	}

	/**
	 * Ends an import and forgets what was staged for it: the upload and the passwords; a sync lets
	 * go of its group.
	 */
	void finish(UUID id, ImportStatus status) {
		jdbc.sql("""
				UPDATE import_job SET status = :status, finished_at = COALESCE(finished_at, :now), staged_upload = NULL,
				       default_password_hash = NULL, sync_group_id = NULL WHERE id = :id""")
			.param("status", status.name()).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
		jdbc.sql("UPDATE import_row SET password_cipher = NULL WHERE import_id = :id AND password_cipher IS NOT NULL")
			.param("id", id).update();
	}

	/**
	 * Deletes imports that ended before one cutoff, and drafts (with their staged file) never
	 * started and left since before another; returns how many imports went.
	 */
	/**
	 * The newest other draft the same person made of the same file, if there is one.
	 */
	Optional<ImportJob> earlierDraftOfTheSameFile(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job " + """
				 WHERE status = 'DRAFT' AND id <> :id
				   AND created_by = (SELECT j.created_by FROM import_job j WHERE j.id = :id)
				   AND upload_digest = (SELECT j.upload_digest FROM import_job j WHERE j.id = :id)
				   AND created_at < (SELECT j.created_at FROM import_job j WHERE j.id = :id)
				 ORDER BY created_at DESC""")
			.param("id", id)
			.query(mapper)
			.stream()
			.findFirst();
	}

	/**
	 * Deletes these imports with their staged rows, those of them that are still drafts.
	 */
	void deleteDrafts(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM import_row WHERE import_id IN (SELECT id FROM import_job WHERE id IN (:ids) "
				+ "AND status = 'DRAFT')").param("ids", ids).update();
		jdbc.sql("DELETE FROM import_job WHERE id IN (:ids) AND status = 'DRAFT'").param("ids", ids).update();
	}

	int purge(Instant endedBefore, Instant abandonedBefore) {
		String doomed = """
				SELECT id FROM import_job
				WHERE (status IN ('COMPLETED', 'FAILED', 'CANCELLED') AND finished_at < :ended)
				   OR (status = 'DRAFT' AND created_at < :abandoned)""";
		jdbc.sql("DELETE FROM import_row WHERE import_id IN (" + doomed + ")")
			.param("ended", endedBefore.atOffset(ZoneOffset.UTC))
			.param("abandoned", abandonedBefore.atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("DELETE FROM import_job WHERE id IN (" + doomed + ")")
			.param("ended", endedBefore.atOffset(ZoneOffset.UTC))
			.param("abandoned", abandonedBefore.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * How values are stored: a switch added since a draft's options were saved reads as off.
	 */
	static JsonMapper stored(JsonMapper json) {
		return json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
	}

	private @Nullable String write(@Nullable Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private <T> @Nullable T read(@Nullable String stored, Class<T> type) {
		return stored == null ? null : json.readValue(stored, type);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
