package io.muster.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_job and import_row_fix tables.
 */
@Repository
class ImportJobs {

	private static final String COLUMNS = """
			id, organization_id, created_by, source, status, file_name, encoding, separator_char, has_header, mapping,
			options, default_password_hash, total, processed, created, updated, skipped, failed, created_at,
			started_at, finished_at""";

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ImportJob job, byte[] stagedUpload) {
		jdbc.sql("""
				INSERT INTO import_job (id, organization_id, created_by, source, status, file_name, encoding,
				                        separator_char, has_header, staged_upload, mapping, options,
				                        default_password_hash, created_at)
				VALUES (:id, :organization, :createdBy, :source, :status, :fileName, :encoding, :separator,
				        :hasHeader, :upload, :mapping, :options, :defaultPasswordHash, :createdAt)""")
			.param("id", job.id())
			.param("organization", job.organizationId())
			.param("createdBy", job.createdBy())
			.param("source", job.source())
			.param("status", job.status().name())
			.param("fileName", job.fileName())
			.param("encoding", job.encoding())
			.param("separator", job.separatorChar())
			.param("hasHeader", job.hasHeader())
			.param("upload", stagedUpload)
			.param("mapping", job.mapping())
			.param("options", job.options())
			.param("defaultPasswordHash", job.defaultPasswordHash())
			.param("createdAt", job.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id").param("id", id)
			.query(ImportJob.class).optional();
	}

	List<ImportJob> list(long organizationId, @Nullable Long createdBy) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE organization_id = :organization"
				+ (createdBy == null ? "" : " AND created_by = :createdBy") + " ORDER BY created_at DESC")
			.param("organization", organizationId)
			.param("createdBy", createdBy)
			.query(ImportJob.class)
			.list();
	}

	Optional<byte[]> stagedUpload(UUID id) {
		return jdbc.sql("SELECT staged_upload FROM import_job WHERE id = :id AND staged_upload IS NOT NULL")
			.param("id", id).query(byte[].class).optional();
	}

	void saveMapping(UUID id, String mapping, @Nullable String defaultPasswordHash) {
		jdbc.sql("UPDATE import_job SET mapping = :mapping, default_password_hash = :hash WHERE id = :id")
			.param("mapping", mapping).param("hash", defaultPasswordHash).param("id", id).update();
	}

	/**
	 * Records how a draft's file is now read; what depended on the old columns is dropped with it.
	 */
	void reread(UUID id, String separator, boolean hasHeader) {
		jdbc.sql("""
				UPDATE import_job SET separator_char = :separator, has_header = :hasHeader, mapping = NULL,
				       default_password_hash = NULL WHERE id = :id""")
			.param("separator", separator).param("hasHeader", hasHeader).param("id", id).update();
		jdbc.sql("DELETE FROM import_row_fix WHERE import_id = :id").param("id", id).update();
	}

	void saveOptions(UUID id, String options) {
		jdbc.sql("UPDATE import_job SET options = :options WHERE id = :id").param("options", options)
			.param("id", id).update();
	}

	void saveFix(UUID id, int row, String sealedFix) {
		jdbc.sql("DELETE FROM import_row_fix WHERE import_id = :id AND row_number = :row").param("id", id)
			.param("row", row).update();
		jdbc.sql("INSERT INTO import_row_fix (import_id, row_number, fixed_values) VALUES (:id, :row, :fix)")
			.param("id", id).param("row", row).param("fix", sealedFix).update();
	}

	List<SealedFix> fixes(UUID id) {
		return jdbc.sql("SELECT row_number, fixed_values FROM import_row_fix WHERE import_id = :id")
			.param("id", id).query(SealedFix.class).list();
	}

	/**
	 * Moves a draft to the queue; false when it is not a draft any more, so it is queued once.
	 */
	boolean queue(UUID id, int total, int skipped) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'QUEUED', total = :total, processed = :skipped, skipped = :skipped
				WHERE id = :id AND status = 'DRAFT'""")
			.param("total", total).param("skipped", skipped).param("id", id).update() == 1;
	}

	boolean markRunning(UUID id) {
		return jdbc.sql("UPDATE import_job SET status = 'RUNNING', started_at = :now WHERE id = :id AND status = 'QUEUED'")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update() == 1;
	}

	void count(UUID id, int created, int updated, int failed) {
		jdbc.sql("""
				UPDATE import_job SET processed = processed + :n, created = created + :created,
				       updated = updated + :updated, failed = failed + :failed WHERE id = :id""")
			.param("n", created + updated + failed).param("created", created).param("updated", updated)
			.param("failed", failed).param("id", id).update();
	}

	boolean cancel(UUID id) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'CANCELLED', finished_at = :now
				WHERE id = :id AND status IN ('DRAFT', 'QUEUED', 'RUNNING')""")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update() == 1;
	}

	/**
	 * Ends an import and forgets what was staged for it: the upload, the fixes and the passwords.
	 */
	void finish(UUID id, ImportStatus status) {
		jdbc.sql("""
				UPDATE import_job SET status = :status, finished_at = COALESCE(finished_at, :now), staged_upload = NULL,
				       default_password_hash = NULL WHERE id = :id""")
			.param("status", status.name()).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
		jdbc.sql("DELETE FROM import_row_fix WHERE import_id = :id").param("id", id).update();
		jdbc.sql("UPDATE import_row SET password_cipher = NULL WHERE import_id = :id").param("id", id).update();
	}

	/**
	 * Deletes imports that ended before one cutoff, and drafts (with their staged file) never
	 * started and left since before another; returns how many imports went.
	 */
	int purge(Instant endedBefore, Instant abandonedBefore) {
		String doomed = """
				SELECT id FROM import_job
				WHERE (status IN ('COMPLETED', 'FAILED', 'CANCELLED') AND finished_at < :ended)
				   OR (status = 'DRAFT' AND created_at < :abandoned)""";
		for (String table : List.of("import_row", "import_row_fix")) {
			jdbc.sql("DELETE FROM " + table + " WHERE import_id IN (" + doomed + ")")
				.param("ended", endedBefore.atOffset(ZoneOffset.UTC))
				.param("abandoned", abandonedBefore.atOffset(ZoneOffset.UTC))
				.update();
		}
		return jdbc.sql("DELETE FROM import_job WHERE id IN (" + doomed + ")")
			.param("ended", endedBefore.atOffset(ZoneOffset.UTC))
			.param("abandoned", abandonedBefore.atOffset(ZoneOffset.UTC))
			.update();
	}

	record SealedFix(int rowNumber, String fixedValues) {
	}

}
