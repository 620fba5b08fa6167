package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.muster.directory.AccountPlace;
import io.muster.secrets.StagingCipher;
import io.muster.web.Message;

/**
 * The import_row table: each row of a draft as staged, and of a started import with, once
 * processed, its outcome. A staged row has no action until its import starts; its own password
 * is kept encrypted.
 *
 * <p>On PostgreSQL, rows are staged, decided and settled by statements over arrays of values
 * ({@code unnest}), a few thousand rows each. H2 takes arrays differently, so on the embedded
 * database the same writes go as batches or {@code MERGE … USING (VALUES …)}: slower, with the same
 * result.
 */
@Repository
class ImportRows {

	private static final int BATCH = 1_000;

	/** Rows given their verdicts by one statement on H2: nine values each, well below any driver's limit. */
	private static final int DECIDE_CHUNK = 500;

	/** Rows staged or given their verdicts by one statement on PostgreSQL, whose arrays have no such limit. */
	private static final int ARRAY_CHUNK = 10_000;

	/** Fewest rows staged after which PostgreSQL's statistics are brought up to date. */
	private static final int ANALYZE_FROM = 1_000;

	/** Longest email key kept as it is; a longer one is kept as its hash, to stay indexable. */
	private static final int MAX_EMAIL_KEY = 320;

	private static final String DRAFT_COLUMNS = """
			row_number, line, full_name, first_name, last_name, email, tags, password_cipher, file_problem,
			source_refusal""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final StagingCipher cipher;

	private final RowMapper<DraftRow> draftRow;

	private final boolean postgresql;

	ImportRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch, StagingCipher cipher, JdbcDialect dialect) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.cipher = cipher;
		this.postgresql = dialect instanceof PostgresDialect;
		this.draftRow = (row, number) -> {
			byte[] password = row.getBytes("password_cipher");
			return new DraftRow(row.getInt("row_number"), row.getLong("line"), row.getString("full_name"),
					row.getString("first_name"), row.getString("last_name"), row.getString("email"),
					row.getString("tags"),
					password == null ? null : new String(cipher.decrypt(password), StandardCharsets.UTF_8),
					single(row.getString("file_problem")), single(row.getString("source_refusal")));
		};
	}

	/**
	 * Stages a draft's rows in place of those staged before. On PostgreSQL, a large draft is followed
	 * by fresh statistics of the table, as after any bulk load: without them the planner takes a new
	 * import's rows for a handful, and joins each chunk's verdicts and outcomes against every row of
	 * the import instead of looking each row up (seconds per chunk at 50,000 rows).
	 */
	void stage(UUID importId, List<DraftRow> rows) {
		unstage(importId);
		if (postgresql) {
			inParts(rows, ARRAY_CHUNK, part -> stageAll(importId, part));
		}
		else {
			inParts(rows, BATCH, part -> batch.batchUpdate("""
					INSERT INTO import_row (import_id, row_number, line, full_name, first_name, last_name, email,
					                        email_key, tags, password_cipher, file_problem, source_refusal)
					VALUES (:id, :row, :line, :name, :first, :last, :email, :emailKey, :tags, :password,
					        :fileProblem, :sourceRefusal)""",
					part.stream()
						.map(row -> draftValues(importId, row)
							.addValue("line", row.line())
							.addValue("fileProblem", one(row.fileProblem()))
							.addValue("sourceRefusal", one(row.sourceRefusal())))
						.toArray(SqlParameterSource[]::new)));
		}
		if (postgresql && rows.size() >= ANALYZE_FROM) {
			jdbc.sql("ANALYZE import_row (import_id, row_number, outcome)").update();
		}
	}

	private static <T> void inParts(List<T> all, int size, Consumer<List<T>> write) {
		for (int from = 0; from < all.size(); from += size) {
			write.accept(all.subList(from, Math.min(all.size(), from + size)));
		}
	}

	private void stageAll(UUID importId, List<DraftRow> rows) {
		jdbc.sql("""
				INSERT INTO import_row (import_id, row_number, line, full_name, first_name, last_name, email, email_key,
				                        tags, password_cipher, file_problem, source_refusal)
				SELECT :id, s.* FROM unnest(CAST(:rows AS INT[]), CAST(:lines AS BIGINT[]), CAST(:names AS TEXT[]),
				       CAST(:firsts AS TEXT[]), CAST(:lasts AS TEXT[]), CAST(:emails AS TEXT[]), CAST(:keys AS TEXT[]),
				       CAST(:tags AS TEXT[]), CAST(:passwords AS BYTEA[]), CAST(:fileProblems AS TEXT[]),
				       CAST(:refusals AS TEXT[])) AS s""")
			.param("id", importId)
			.param("rows", rows.stream().mapToInt(DraftRow::number).toArray())
			.param("lines", rows.stream().mapToLong(DraftRow::line).toArray())
			.param("names", strings(rows, DraftRow::fullName))
			.param("firsts", strings(rows, DraftRow::firstName))
			.param("lasts", strings(rows, DraftRow::lastName))
			.param("emails", strings(rows, DraftRow::email))
			.param("keys", strings(rows, ImportRows::emailKey))
			.param("tags", strings(rows, DraftRow::tags))
			.param("passwords", rows.stream().map(this::passwordCipher).toArray(byte[][]::new))
			.param("fileProblems", strings(rows, row -> one(row.fileProblem())))
			.param("refusals", strings(rows, row -> one(row.sourceRefusal())))
			.update();
	}

	/**
	 * Marks how each staged row with an email stands against the rows of the import before: in
	 * one statement, by the email keys both imports indexed.
	 */
	void markAgainst(UUID importId, UUID previous) {
		jdbc.sql("""
				UPDATE import_row SET since_previous = CASE
				  WHEN NOT EXISTS (SELECT 1 FROM import_row p WHERE p.import_id = :previous
				                   AND p.email_key = import_row.email_key) THEN 'NEW'
				  WHEN NOT EXISTS (SELECT 1 FROM import_row p WHERE p.import_id = :previous
				                   AND p.email_key = import_row.email_key AND p.source_refusal IS NOT NULL) THEN NULL
				  WHEN source_refusal IS NULL THEN 'ACCEPTED'
				  ELSE 'STILL_REFUSED' END
				WHERE import_id = :id AND email_key IS NOT NULL""")
			.param("id", importId)
			.param("previous", previous)
			.update();
	}

	/**
	 * How the rows of a re-read stand against the import before, by row number; only rows marked.
	 */
	Map<Integer, SincePrevious> sincePrevious(UUID importId) {
		Map<Integer, SincePrevious> marks = new HashMap<>();
		jdbc.sql("SELECT row_number, since_previous FROM import_row WHERE import_id = :id AND since_previous IS NOT NULL")
			.param("id", importId)
			.query(result -> {
				marks.put(result.getInt("row_number"), SincePrevious.valueOf(result.getString("since_previous")));
			});
		return marks;
	}

	void unstage(UUID importId) {
		jdbc.sql("DELETE FROM import_row WHERE import_id = :id").param("id", importId).update();
	}

	List<DraftRow> draft(UUID importId) {
		return jdbc.sql("SELECT " + DRAFT_COLUMNS + " FROM import_row WHERE import_id = :id ORDER BY row_number")
			.param("id", importId)
			.query(draftRow)
			.list();
	}

	Optional<DraftRow> draftRow(UUID importId, int row) {
		return jdbc.sql("SELECT " + DRAFT_COLUMNS + " FROM import_row WHERE import_id = :id AND row_number = :row")
			.param("id", importId)
			.param("row", row)
			.query(draftRow)
			.optional();
	}

	/**
	 * Writes a fixed row's values over those staged.
	 */
	void restage(UUID importId, DraftRow row) {
		batch.update("""
				UPDATE import_row SET full_name = :name, first_name = :first, last_name = :last, email = :email,
				       email_key = :emailKey, tags = :tags, password_cipher = :password
				WHERE import_id = :id AND row_number = :row""", draftValues(importId, row));
	}

	/**
	 * The first row before this one with the same email, if any.
	 */
	Optional<Integer> earlierWithEmail(UUID importId, DraftRow row) {
		return jdbc.sql("""
				SELECT row_number FROM import_row
				WHERE import_id = :id AND email_key = :key AND row_number < :row ORDER BY row_number LIMIT 1""")
			.param("id", importId)
			.param("key", emailKey(row))
			.param("row", row.number())
			.query(Integer.class)
			.optional();
	}

	/**
	 * Gives a starting import's rows their verdicts: the values as cleaned and the action; an invalid
	 * row gets its outcome (skipped) and loses its password at once, a valid one waits for the job.
	 * One statement per few hundred rows (thousands on PostgreSQL), where a batch of updates would cost
	 * a round of work per row.
	 */
	void decide(UUID importId, List<RowVerdict> verdicts) {
		if (postgresql) {
			inParts(verdicts, ARRAY_CHUNK, part -> decideAll(importId, part));
		}
		else {
			inParts(verdicts, DECIDE_CHUNK, part -> decideByMerge(importId, part));
		}
	}

	private void decideAll(UUID importId, List<RowVerdict> verdicts) {
		jdbc.sql("""
				UPDATE import_row r SET full_name = s.full_name, first_name = s.first_name, last_name = s.last_name,
				       email = s.email, tags = s.tags, action = s.action, reason = s.reason,
				       outcome = CASE WHEN s.valid THEN NULL ELSE 'SKIPPED' END,
				       password_cipher = CASE WHEN s.valid THEN r.password_cipher ELSE NULL END
				FROM unnest(CAST(:rows AS INT[]), CAST(:names AS TEXT[]), CAST(:firsts AS TEXT[]),
				            CAST(:lasts AS TEXT[]), CAST(:emails AS TEXT[]), CAST(:tags AS TEXT[]),
				            CAST(:actions AS TEXT[]), CAST(:reasons AS TEXT[]), CAST(:valid AS BOOLEAN[]))
				     AS s (row_number, full_name, first_name, last_name, email, tags, action, reason, valid)
				WHERE r.import_id = :id AND r.row_number BETWEEN :first AND :last AND r.row_number = s.row_number""")
			.param("id", importId)
			.param("first", verdicts.stream().mapToInt(RowVerdict::row).min().orElseThrow())
			.param("last", verdicts.stream().mapToInt(RowVerdict::row).max().orElseThrow())
			.param("rows", verdicts.stream().mapToInt(RowVerdict::row).toArray())
			.param("names", strings(verdicts, RowVerdict::name))
			.param("firsts", strings(verdicts, RowVerdict::firstName))
			.param("lasts", strings(verdicts, RowVerdict::lastName))
			.param("emails", strings(verdicts, RowVerdict::email))
			.param("tags", strings(verdicts, verdict -> String.join("\n", verdict.tags())))
			.param("actions", strings(verdicts, verdict -> verdict.action().name()))
			.param("reasons", strings(verdicts, ImportRows::reason))
			.param("valid", valid(verdicts))
			.update();
	}

	private void decideByMerge(UUID importId, List<RowVerdict> chunk) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", importId);
		StringJoiner values = new StringJoiner(", ");
		for (int i = 0; i < chunk.size(); i++) {
			RowVerdict verdict = chunk.get(i);
			values.add(("(CAST(:row%1$d AS INT), CAST(:name%1$d AS VARCHAR(20000)), CAST(:first%1$d AS VARCHAR(20000)), "
					+ "CAST(:last%1$d AS VARCHAR(20000)), CAST(:email%1$d AS VARCHAR(20000)), "
					+ "CAST(:tags%1$d AS VARCHAR(20000)), CAST(:action%1$d AS VARCHAR(30)), "
					+ "CAST(:reason%1$d AS VARCHAR(60000)), CAST(:valid%1$d AS BOOLEAN))").formatted(i));
			parameters.addValue("row" + i, verdict.row())
				.addValue("name" + i, verdict.name())
				.addValue("first" + i, verdict.firstName())
				.addValue("last" + i, verdict.lastName())
				.addValue("email" + i, verdict.email())
				.addValue("tags" + i, String.join("\n", verdict.tags()))
				.addValue("action" + i, verdict.action().name())
				.addValue("reason" + i, reason(verdict))
				.addValue("valid" + i, verdict.valid());
		}
		batch.update("""
				MERGE INTO import_row r
				USING (VALUES %s) AS s (row_number, full_name, first_name, last_name, email, tags, action, reason, valid)
				ON r.import_id = :id AND r.row_number = s.row_number
				WHEN MATCHED THEN UPDATE SET full_name = s.full_name, first_name = s.first_name,
				     last_name = s.last_name, email = s.email, tags = s.tags, action = s.action, reason = s.reason,
				     outcome = CASE WHEN s.valid THEN NULL ELSE 'SKIPPED' END,
				     password_cipher = CASE WHEN s.valid THEN r.password_cipher ELSE NULL END""".formatted(values),
				parameters);
	}

	private static @Nullable String reason(RowVerdict verdict) {
		return verdict.valid() ? null : Reasons.write(verdict.reasons());
	}

	private static boolean[] valid(List<RowVerdict> verdicts) {
		boolean[] valid = new boolean[verdicts.size()];
		for (int i = 0; i < valid.length; i++) {
			valid[i] = verdicts.get(i).valid();
		}
		return valid;
	}

	private static <T> @Nullable String[] strings(List<T> rows, Function<T, @Nullable String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

	private byte @Nullable [] passwordCipher(DraftRow row) {
		return row.password() == null ? null : cipher.encrypt(row.password().getBytes(StandardCharsets.UTF_8));
	}

	private MapSqlParameterSource draftValues(UUID importId, DraftRow row) {
		return new MapSqlParameterSource("id", importId)
			.addValue("row", row.number())
			.addValue("name", row.fullName())
			.addValue("first", row.firstName())
			.addValue("last", row.lastName())
			.addValue("email", row.email())
			.addValue("emailKey", emailKey(row))
			.addValue("tags", row.tags())
			.addValue("password", passwordCipher(row));
	}

	/**
	 * The email as rows are compared by it; empty emails are never the same.
	 */
	private static @Nullable String emailKey(DraftRow row) {
		String key = Verifier.email(row).toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			return null;
		}
		return key.length() <= MAX_EMAIL_KEY ? key : "sha256:" + HexFormat.of().formatHex(sha256(key));
	}

	private static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static @Nullable String one(@Nullable Message message) {
		return message == null ? null : Reasons.write(List.of(message));
	}

	private static @Nullable Message single(@Nullable String stored) {
		List<Message> messages = Reasons.read(stored);
		return messages.isEmpty() ? null : messages.get(0);
	}

	/**
	 * Stages the accounts of the group that a file which is the whole group leaves out and that the
	 * import suspends or moves, as rows after the file's, numbered from {@code firstRow}: the job
	 * applies them in chunks like the file's rows, each with its outcome.
	 */
	void stageLeftOut(UUID importId, int firstRow, List<MissingAccount> changing) {
		if (changing.isEmpty()) {
			return;
		}
		SqlParameterSource[] values = new SqlParameterSource[changing.size()];
		for (int i = 0; i < changing.size(); i++) {
			MissingAccount missing = changing.get(i);
			values[i] = new MapSqlParameterSource("id", importId).addValue("row", firstRow + i)
				.addValue("name", missing.account().name().fullName())
				.addValue("email", missing.account().email())
				.addValue("action", missing.fate() == MissingAccount.Fate.SUSPEND ? RowAction.SUSPEND.name()
						: RowAction.MOVE.name())
				.addValue("user", missing.account().userId());
		}
		batch.batchUpdate("""
				INSERT INTO import_row (import_id, row_number, full_name, email, tags, action, user_id)
				VALUES (:id, :row, :name, :email, '', :action, :user)""", values);
	}

	/**
	 * The next rows after {@code after}, in row order, settled or not. It names no outcome: walking the
	 * primary key on from the last row of the chunk before is what every database does fast, where
	 * asking for rows without an outcome could have a plan made from figures of before the start scan
	 * every row of the import for each chunk.
	 */
	List<StagedRow> following(UUID importId, int after, int limit) {
		return jdbc.sql("""
				SELECT row_number, full_name, first_name, last_name, email, tags, password_cipher, user_id, action, outcome
				FROM import_row WHERE import_id = :id AND row_number > :after ORDER BY row_number LIMIT :limit""")
			.param("id", importId)
			.param("after", after)
			.param("limit", limit)
			// Mapped by hand: mapping a thousand rows a chunk by reflection showed in the profile.
			.query((row, number) -> new StagedRow(row.getInt("row_number"), row.getString("full_name"),
					row.getString("first_name"), row.getString("last_name"), row.getString("email"),
					row.getString("tags"), row.getBytes("password_cipher"), RowAction.valueOf(row.getString("action")),
					outcome(row.getString("outcome")), row.getObject("user_id", Long.class)))
			.list();
	}

	/**
	 * Gives the rows of a chunk their outcomes in one statement, where a batch of updates would
	 * still cost one round of work per row; a row that has an outcome already keeps it. An imported
	 * row keeps what undoing it needs. On PostgreSQL the range of the chunk's row numbers bounds what
	 * the planner may scan: knowing the import's rows, it would otherwise hash all of them for every
	 * chunk.
	 */
	void settleAll(UUID importId, List<Settlement> settlements) {
		if (settlements.isEmpty()) {
			return;
		}
		if (postgresql) {
			jdbc.sql("""
					UPDATE import_row r SET outcome = s.outcome, reason = s.reason, user_id = s.user_id,
					       password_cipher = NULL, previous_status = s.previous_status,
					       previous_group_id = s.previous_group_id, user_version = s.user_version,
					       previous_password = s.previous_password, previous_must_choose = s.previous_must_choose,
					       previous_tags = s.previous_tags
					FROM unnest(CAST(:rows AS INT[]), CAST(:outcomes AS TEXT[]), CAST(:reasons AS TEXT[]),
					            CAST(:users AS BIGINT[]), CAST(:statuses AS TEXT[]), CAST(:groups AS BIGINT[]),
					            CAST(:versions AS INT[]), CAST(:passwords AS BYTEA[]), CAST(:mustChoose AS BOOLEAN[]),
					            CAST(:tags AS TEXT[]))
					     AS s (row_number, outcome, reason, user_id, previous_status, previous_group_id, user_version,
					           previous_password, previous_must_choose, previous_tags)
					WHERE r.import_id = :id AND r.row_number BETWEEN :first AND :last AND r.row_number = s.row_number
					  AND r.outcome IS NULL""")
				.param("id", importId)
				.param("first", settlements.stream().mapToInt(Settlement::row).min().orElseThrow())
				.param("last", settlements.stream().mapToInt(Settlement::row).max().orElseThrow())
				.param("rows", settlements.stream().mapToInt(Settlement::row).toArray())
				.param("outcomes", strings(settlements, settlement -> settlement.outcome().name()))
				.param("reasons", strings(settlements, ImportRows::reason))
				.param("users", settlements.stream().map(Settlement::userId).toArray(Long[]::new))
				.param("statuses", strings(settlements,
						settlement -> settlement.before() == null ? null : settlement.before().status().name()))
				.param("groups", settlements.stream()
					.map(settlement -> settlement.before() == null ? null : settlement.before().groupId())
					.toArray(Long[]::new))
				.param("versions", settlements.stream()
					.map(settlement -> settlement.reversible() == null ? null : settlement.reversible().version())
					.toArray(Integer[]::new))
				.param("passwords", settlements.stream()
					.map(settlement -> settlement.reversible() == null ? null : settlement.reversible().previousPassword())
					.toArray(byte[][]::new))
				.param("mustChoose", settlements.stream()
					.map(settlement -> settlement.reversible() == null ? null
							: settlement.reversible().previousMustChoose())
					.toArray(Boolean[]::new))
				.param("tags", strings(settlements,
						settlement -> settlement.reversible() == null ? null : settlement.reversible().previousTags()))
				.update();
			return;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", importId);
		StringJoiner values = new StringJoiner(", ");
		for (int i = 0; i < settlements.size(); i++) {
			Settlement settlement = settlements.get(i);
			AccountPlace before = settlement.before();
			Reversible reversible = settlement.reversible();
			values.add(("(CAST(:row%1$d AS INT), CAST(:outcome%1$d AS VARCHAR(20)), CAST(:reason%1$d AS VARCHAR(2000)), "
					+ "CAST(:user%1$d AS BIGINT), CAST(:status%1$d AS VARCHAR(20)), CAST(:group%1$d AS BIGINT), "
					+ "CAST(:version%1$d AS INT), CAST(:password%1$d AS BYTEA), CAST(:mustChoose%1$d AS BOOLEAN), "
					+ "CAST(:tags%1$d AS VARCHAR(20000)))").formatted(i));
			parameters.addValue("row" + i, settlement.row())
				.addValue("outcome" + i, settlement.outcome().name())
				.addValue("reason" + i, reason(settlement))
				.addValue("user" + i, settlement.userId())
				.addValue("status" + i, before == null ? null : before.status().name())
				.addValue("group" + i, before == null ? null : before.groupId())
				.addValue("version" + i, reversible == null ? null : reversible.version())
				.addValue("password" + i, reversible == null ? null : reversible.previousPassword(), Types.BINARY)
				.addValue("mustChoose" + i, reversible == null ? null : reversible.previousMustChoose(), Types.BOOLEAN)
				.addValue("tags" + i, reversible == null ? null : reversible.previousTags(), Types.VARCHAR);
		}
		batch.update("""
				MERGE INTO import_row r
				USING (VALUES %s)
				      AS s (row_number, outcome, reason, user_id, previous_status, previous_group_id, user_version,
				            previous_password, previous_must_choose, previous_tags)
				ON r.import_id = :id AND r.row_number = s.row_number AND r.outcome IS NULL
				WHEN MATCHED THEN UPDATE SET outcome = s.outcome, reason = s.reason, user_id = s.user_id,
				                             previous_status = s.previous_status,
				                             previous_group_id = s.previous_group_id,
				                             password_cipher = NULL, user_version = s.user_version,
				                             previous_password = s.previous_password,
				                             previous_must_choose = s.previous_must_choose,
				                             previous_tags = s.previous_tags""".formatted(values), parameters);
	}

	private static @Nullable String reason(Settlement settlement) {
		return settlement.reason() == null ? null : Reasons.write(List.of(settlement.reason()));
	}

	List<RowResult> results(UUID importId) {
		return jdbc.sql("""
				SELECT row_number, full_name, email, action, outcome, reason FROM import_row
				WHERE import_id = :id ORDER BY row_number""")
			.param("id", importId)
			.query((result, number) -> new RowResult(result.getInt("row_number"), result.getString("full_name"),
					result.getString("email"), outcome(result.getString("outcome")),
					Reasons.read(result.getString("reason")), action(result.getString("action"))))
			.list();
	}

	private static @Nullable RowOutcome outcome(@Nullable String stored) {
		return stored == null ? null : RowOutcome.valueOf(stored);
	}

	private static @Nullable RowAction action(@Nullable String stored) {
		return stored == null ? null : RowAction.valueOf(stored);
	}

	/**
	 * A decided row, waiting to be applied while it has no outcome; its password, if it has its own,
	 * is still encrypted. An account of the group that the file left out names its account by
	 * {@code userId}.
	 */
	record StagedRow(int rowNumber, String fullName, @Nullable String firstName, @Nullable String lastName,
			String email, String tags, byte @Nullable [] passwordCipher, RowAction action,
			@Nullable RowOutcome outcome, @Nullable Long userId) {

		boolean waiting() {
			return outcome == null;
		}

		List<String> tagList() {
			return tags.isEmpty() ? List.of() : List.of(tags.split("\n"));
		}

	}

	/**
	 * The outcome one row of a chunk is given; for an account suspended or moved, where it stood before.
	 */
	record Settlement(int row, RowOutcome outcome, @Nullable Message reason, @Nullable Long userId,
			@Nullable AccountPlace before, @Nullable Reversible reversible) {

		Settlement(int row, RowOutcome outcome, @Nullable Message reason, @Nullable Long userId) {
			this(row, outcome, reason, userId, null, null);
		}

		/** An account a file that is the whole group left out, suspended or moved from where it was. */
		Settlement(int row, RowOutcome outcome, @Nullable Message reason, long userId, AccountPlace before) {
			this(row, outcome, reason, userId, before, null);
		}

		/** An account the import created or updated, with what undoing that needs. */
		Settlement(int row, RowOutcome outcome, @Nullable Message reason, long userId, Reversible reversible) {
			this(row, outcome, reason, userId, null, reversible);
		}

	}

	/**
	 * What undoing an imported row needs: the version the import left the account at and, for an
	 * account it updated, what it replaced: the password hash (encrypted) with whether the person had
	 * to choose their own, and the tags, one per line.
	 */
	record Reversible(int version, byte @Nullable [] previousPassword, @Nullable Boolean previousMustChoose,
			@Nullable String previousTags) {
	}

	/**
	 * What became of a row, for the report.
	 */
	public record RowResult(int rowNumber, String fullName, String email, @Nullable RowOutcome outcome,
			List<Message> reasons, @Nullable RowAction action) {

		/**
		 * Whether this is a row of the file, not an account of the group the file left out.
		 */
		public boolean fromFile() {
			return action == null || !action.missingFromFile();
		}

		/**
		 * Why the row was not imported, in one language; empty for a row that was.
		 */
		public String reason(MessageSource messages, Locale locale) {
			return Reasons.in(reasons, messages, locale);
		}

	}

}
