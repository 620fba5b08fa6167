package io.muster.importing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.muster.web.Message;

/**
 * The import_undo table (at most one undo per import) and the undo columns of import_row: what
 * each row's account became.
 */
@Repository
class Undos {

	private static final String ROW_COLUMNS = """
			row_number, full_name, email, outcome, user_id, user_version, previous_password, previous_must_choose,
			previous_tags, previous_status, previous_group_id""";

	/** The outcomes of rows whose change an undo takes back. */
	private static final String UNDOABLE = "('CREATED', 'UPDATED', 'SUSPENDED', 'MOVED')";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final RowMapper<UndoableRow> undoableRow = (rs, number) -> new UndoableRow(rs.getInt("row_number"),
			rs.getString("full_name"), rs.getString("email"), RowOutcome.valueOf(rs.getString("outcome")),
			rs.getLong("user_id"), rs.getObject("user_version", Integer.class), rs.getBytes("previous_password"),
			rs.getObject("previous_must_choose", Boolean.class), rs.getString("previous_tags"),
			rs.getString("previous_status"), rs.getObject("previous_group_id", Long.class));

	Undos(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Notes an undo as queued; false when the import has one already.
	 */
	boolean insert(UUID importId, long startedBy, int total) {
		return jdbc.sql("""
				INSERT INTO import_undo (import_id, started_by, status, total, started_at)
				SELECT :id, :by, 'QUEUED', :total, :now FROM import_job
				WHERE id = :id AND NOT EXISTS (SELECT 1 FROM import_undo WHERE import_id = :id)""")
			.param("id", importId).param("by", startedBy).param("total", total)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update() == 1;
	}

	Optional<UndoSummary> find(UUID importId) {
		return jdbc.sql("""
				SELECT import_id, status, total, processed, deleted, restored, kept, started_at, finished_at
				FROM import_undo WHERE import_id = :id""")
			.param("id", importId)
			.query((rs, number) -> {
				OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
				return new UndoSummary(rs.getObject("import_id", UUID.class), ImportStatus.valueOf(rs.getString("status")),
						rs.getInt("total"), rs.getInt("processed"), rs.getInt("deleted"), rs.getInt("restored"),
						rs.getInt("kept"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
						finished == null ? null : finished.toInstant());
			})
			.optional();
	}

	/**
	 * Who asked for the undo, on whose behalf the job that runs it acts.
	 */
	Optional<Long> startedBy(UUID importId) {
		return jdbc.sql("SELECT started_by FROM import_undo WHERE import_id = :id").param("id", importId)
			.query(Long.class).optional();
	}

	void markRunning(UUID importId) {
		jdbc.sql("UPDATE import_undo SET status = 'RUNNING' WHERE import_id = :id AND status = 'QUEUED'")
			.param("id", importId).update();
	}

	/**
	 * Ends the undo and forgets the password hashes it no longer needs.
	 */
	void finish(UUID importId) {
		jdbc.sql("UPDATE import_undo SET status = 'COMPLETED', finished_at = :now WHERE import_id = :id")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", importId).update();
		jdbc.sql("UPDATE import_row SET previous_password = NULL WHERE import_id = :id").param("id", importId).update();
	}

	void count(UUID importId, int deleted, int restored, int kept) {
		jdbc.sql("""
				UPDATE import_undo SET processed = processed + :n, deleted = deleted + :deleted,
				       restored = restored + :restored, kept = kept + :kept WHERE import_id = :id""")
			.param("n", deleted + restored + kept).param("deleted", deleted).param("restored", restored)
			.param("kept", kept).param("id", importId).update();
	}

	int countUndoable(UUID importId) {
		return jdbc.sql("SELECT COUNT(*) FROM import_row WHERE import_id = :id AND outcome IN ('CREATED', 'UPDATED')")
			.param("id", importId).query(Integer.class).single();
	}

	/**
	 * Every row of the import that created or updated an account, in file order.
	 */
	List<UndoableRow> undoable(UUID importId) {
		return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM import_row WHERE import_id = :id"
				+ " AND outcome IN " + UNDOABLE + " ORDER BY row_number")
			.param("id", importId).query(undoableRow).list();
	}

	/**
	 * The next rows the undo has not settled yet.
	 */
	List<UndoableRow> pending(UUID importId, int limit) {
		return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM import_row WHERE import_id = :id"
				+ " AND outcome IN " + UNDOABLE + " AND undo_outcome IS NULL ORDER BY row_number LIMIT :limit")
			.param("id", importId).param("limit", limit).query(undoableRow).list();
	}

	/**
	 * Gives a chunk's rows their undo outcomes in one statement; a row settled already keeps its own.
	 */
	void settle(UUID importId, List<Settled> rows) {
		if (rows.isEmpty()) {
			return;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", importId);
		StringJoiner values = new StringJoiner(", ");
		for (int i = 0; i < rows.size(); i++) {
			Settled row = rows.get(i);
			values.add("(CAST(:row%1$d AS INT), CAST(:outcome%1$d AS VARCHAR(20)), CAST(:reason%1$d AS VARCHAR(2000)))"
				.formatted(i));
			parameters.addValue("row" + i, row.rowNumber())
				.addValue("outcome" + i, row.outcome().name())
				.addValue("reason" + i, row.kept() == null ? null : Reasons.write(List.of(Message.of(row.kept().code()))));
		}
		batch.update("""
				MERGE INTO import_row r
				USING (VALUES %s) AS s (row_number, undo_outcome, undo_reason)
				ON r.import_id = :id AND r.row_number = s.row_number AND r.undo_outcome IS NULL
				WHEN MATCHED THEN UPDATE SET undo_outcome = s.undo_outcome, undo_reason = s.undo_reason"""
			.formatted(values), parameters);
	}

	/**
	 * What the undo did to each row, in file order.
	 */
	List<UndoResult> results(UUID importId) {
		return jdbc.sql("""
				SELECT row_number, full_name, email, undo_outcome, undo_reason FROM import_row
				WHERE import_id = :id AND undo_outcome IS NOT NULL ORDER BY row_number""")
			.param("id", importId)
			.query((rs, number) -> new UndoResult(rs.getInt(1), rs.getString(2), rs.getString(3),
					UndoOutcome.valueOf(rs.getString(4)), Reasons.read(rs.getString(5))))
			.list();
	}

	/**
	 * The undo outcome one row of a chunk is given.
	 */
	record Settled(int rowNumber, UndoOutcome outcome, @Nullable Kept kept) {
	}

	/**
	 * What became of a row's account when its import was undone, for the report.
	 */
	public record UndoResult(int rowNumber, String fullName, String email, UndoOutcome outcome, List<Message> reasons) {

		public String reason(org.springframework.context.MessageSource messages, Locale locale) {
			return Reasons.in(reasons, messages, locale);
		}

	}

}
