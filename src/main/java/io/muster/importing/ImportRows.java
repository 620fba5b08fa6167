package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.muster.web.Message;

/**
 * The import_row table: each row of a started import and, once processed, its outcome.
 */
@Repository
class ImportRows {

	private static final int INSERT_BATCH = 1_000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	ImportRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Stages every row of a starting import with batches of inserts: an invalid row gets its outcome
	 * (skipped) at once, a valid one waits for the job; a row's own password is staged encrypted.
	 */
	void insertAll(UUID importId, List<RowVerdict> verdicts, Function<RowVerdict, byte @Nullable []> passwordCipher) {
		for (int from = 0; from < verdicts.size(); from += INSERT_BATCH) {
			batch.batchUpdate("""
					INSERT INTO import_row (import_id, row_number, full_name, first_name, last_name, email, tags,
					                        password_cipher, action, reason, outcome)
					VALUES (:id, :row, :name, :first, :last, :email, :tags, :password, :action, :reason, :outcome)""",
					verdicts.subList(from, Math.min(verdicts.size(), from + INSERT_BATCH)).stream()
						.map(verdict -> new MapSqlParameterSource("id", importId)
							.addValue("row", verdict.row())
							.addValue("name", verdict.name())
							.addValue("first", verdict.firstName())
							.addValue("last", verdict.lastName())
							.addValue("email", verdict.email())
							.addValue("tags", String.join("\n", verdict.tags()))
							.addValue("password", passwordCipher.apply(verdict))
							.addValue("action", verdict.action().name())
							.addValue("reason", verdict.valid() ? null : Reasons.write(verdict.reasons()))
							.addValue("outcome", verdict.valid() ? null : RowOutcome.SKIPPED.name()))
						.toArray(SqlParameterSource[]::new));
		}
	}

	List<StagedRow> pending(UUID importId, int limit) {
		return jdbc.sql("""
				SELECT row_number, full_name, first_name, last_name, email, tags, password_cipher, action
				FROM import_row WHERE import_id = :id AND outcome IS NULL ORDER BY row_number LIMIT :limit""")
			.param("id", importId)
			.param("limit", limit)
			.query(StagedRow.class)
			.list();
	}

	/**
	 * Writes the outcome of each row of a chunk with one batch of updates; a row that has its
	 * outcome already keeps it, and its staged password is dropped with the rest.
	 */
	/**
	 * Gives the rows of a chunk their outcomes in one statement, where a batch of updates would
	 * still cost one round of work per row; a row that has an outcome already keeps it.
	 */
	void settleAll(UUID importId, List<Settlement> settlements) {
		if (settlements.isEmpty()) {
			return;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", importId);
		StringJoiner values = new StringJoiner(", ");
		for (int i = 0; i < settlements.size(); i++) {
			Settlement settlement = settlements.get(i);
			values.add("(CAST(:row" + i + " AS INT), CAST(:outcome" + i + " AS VARCHAR(20)), CAST(:reason" + i
					+ " AS VARCHAR(2000)), CAST(:user" + i + " AS BIGINT))");
			parameters.addValue("row" + i, settlement.row())
				.addValue("outcome" + i, settlement.outcome().name())
				.addValue("reason" + i, settlement.reason() == null ? null : Reasons.write(List.of(settlement.reason())))
				.addValue("user" + i, settlement.userId());
		}
		batch.update("""
				MERGE INTO import_row r
				USING (VALUES %s) AS s (row_number, outcome, reason, user_id)
				ON r.import_id = :id AND r.row_number = s.row_number AND r.outcome IS NULL
				WHEN MATCHED THEN UPDATE SET outcome = s.outcome, reason = s.reason, user_id = s.user_id,
				                             password_cipher = NULL""".formatted(values), parameters);
	}

	List<RowResult> results(UUID importId) {
		return jdbc.sql("""
				SELECT row_number, full_name, email, outcome, reason FROM import_row
				WHERE import_id = :id ORDER BY row_number""")
			.param("id", importId)
			.query((result, number) -> new RowResult(result.getInt("row_number"), result.getString("full_name"),
					result.getString("email"), outcome(result.getString("outcome")),
					Reasons.read(result.getString("reason"))))
			.list();
	}

	private static @Nullable RowOutcome outcome(@Nullable String stored) {
		return stored == null ? null : RowOutcome.valueOf(stored);
	}

	/**
	 * A row waiting to be applied; its password, if it has its own, is still encrypted.
	 */
	record StagedRow(int rowNumber, String fullName, @Nullable String firstName, @Nullable String lastName,
			String email, String tags, byte @Nullable [] passwordCipher, RowAction action) {

		List<String> tagList() {
			return tags.isEmpty() ? List.of() : List.of(tags.split("\n"));
		}

	}

	/**
	 * The outcome one row of a chunk is given.
	 */
	record Settlement(int row, RowOutcome outcome, @Nullable Message reason, @Nullable Long userId) {
	}

	/**
	 * What became of a row, for the report.
	 */
	public record RowResult(int rowNumber, String fullName, String email, @Nullable RowOutcome outcome,
			List<Message> reasons) {

		/**
		 * Why the row was not imported, in one language; empty for a row that was.
		 */
		public String reason(MessageSource messages, Locale locale) {
			return Reasons.in(reasons, messages, locale);
		}

	}

}
