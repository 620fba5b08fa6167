package io.muster.importing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_row table: each row of a started import and, once processed, its outcome.
 */
@Repository
class ImportRows {

	private final JdbcClient jdbc;

	ImportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID importId, RowVerdict verdict, byte @Nullable [] passwordCipher) {
		jdbc.sql("""
				INSERT INTO import_row (import_id, row_number, full_name, first_name, last_name, email, tags,
				                        password_cipher, action, reason, outcome)
				VALUES (:id, :row, :name, :first, :last, :email, :tags, :password, :action, :reason, :outcome)""")
			.param("id", importId)
			.param("row", verdict.row())
			.param("name", verdict.name())
			.param("first", verdict.firstName())
			.param("last", verdict.lastName())
			.param("email", verdict.email())
			.param("tags", String.join("\n", verdict.tags()))
			.param("password", passwordCipher)
			.param("action", verdict.action().name())
			.param("reason", verdict.valid() ? null : String.join(" ", verdict.reasons()))
			.param("outcome", verdict.valid() ? null : RowOutcome.SKIPPED.name())
			.update();
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

	void settle(UUID importId, int row, RowOutcome outcome, @Nullable String reason, @Nullable Long userId) {
		jdbc.sql("""
				UPDATE import_row SET outcome = :outcome, reason = :reason, user_id = :user, password_cipher = NULL
				WHERE import_id = :id AND row_number = :row AND outcome IS NULL""")
			.param("outcome", outcome.name())
			.param("reason", reason)
			.param("user", userId)
			.param("id", importId)
			.param("row", row)
			.update();
	}

	List<RowResult> results(UUID importId) {
		return jdbc.sql("""
				SELECT row_number, full_name, email, outcome, reason FROM import_row
				WHERE import_id = :id ORDER BY row_number""")
			.param("id", importId)
			.query(RowResult.class)
			.list();
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
	 * What became of a row, for the report.
	 */
	public record RowResult(int rowNumber, String fullName, String email, @Nullable RowOutcome outcome,
			@Nullable String reason) {
	}

}
