package io.muster.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The classroom_schedule table: daily re-syncs, one per administrator and set of classes.
 */
@Repository
class ClassroomSchedules {

	private static final String COLUMNS = """
			id, user_id, organization_id, course_ids, tag_per_class, title, follows_import, default_password_hash,
			local_time, zone, locale, active, created_at, last_run_at, last_outcome, last_count, last_import""";

	private static final RowMapper<ClassroomSchedule> MAPPER = (row, number) -> new ClassroomSchedule(
			row.getObject("id", UUID.class), row.getLong("user_id"), row.getLong("organization_id"),
			ClassroomSource.stored(row.getString("course_ids"), row.getBoolean("tag_per_class")), row.getString("title"),
			row.getObject("follows_import", UUID.class), row.getString("default_password_hash"),
			LocalTime.parse(row.getString("local_time")), ZoneId.of(row.getString("zone")),
			Locale.forLanguageTag(row.getString("locale")), row.getBoolean("active"), instant(row, "created_at"),
			instant(row, "last_run_at"), outcome(row.getString("last_outcome")), row.getInt("last_count"),
			row.getObject("last_import", UUID.class));

	private final JdbcClient jdbc;

	ClassroomSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a schedule in place of the one the administrator had for the same classes, if any.
	 */
	void replace(ClassroomSchedule schedule) {
		jdbc.sql("DELETE FROM classroom_schedule WHERE user_id = :user AND course_ids = :courses")
			.param("user", schedule.userId()).param("courses", schedule.source().storedIds()).update();
		jdbc.sql("INSERT INTO classroom_schedule (" + COLUMNS + """
				) VALUES (:id, :user, :organization, :courses, :tagPerClass, :title, :follows, :hash, :time, :zone,
				          :locale, TRUE, :createdAt, NULL, NULL, 0, NULL)""")
			.param("id", schedule.id())
			.param("user", schedule.userId())
			.param("organization", schedule.organizationId())
			.param("courses", schedule.source().storedIds())
			.param("tagPerClass", schedule.source().tagPerClass())
			.param("title", schedule.title())
			.param("follows", schedule.followsImport())
			.param("hash", schedule.passwordHash())
			.param("time", schedule.localTime().toString())
			.param("zone", schedule.zone().getId())
			.param("locale", schedule.locale().toLanguageTag())
			.param("createdAt", schedule.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The schedule of these classes, if the administrator has one, to replace it. */
	Optional<ClassroomSchedule> find(long userId, ClassroomSource source) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM classroom_schedule WHERE user_id = :user AND course_ids = :courses")
			.param("user", userId).param("courses", source.storedIds()).query(MAPPER).optional();
	}

	Optional<ClassroomSchedule> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM classroom_schedule WHERE id = :id").param("id", id).query(MAPPER)
			.optional();
	}

	List<ClassroomSchedule> of(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM classroom_schedule WHERE user_id = :user ORDER BY created_at")
			.param("user", userId).query(MAPPER).list();
	}

	/**
	 * The hash of the default password a running schedule keeps for these classes, so that checking
	 * them for new students by hand need not ask for it again.
	 */
	Optional<String> keptPasswordHash(long userId, ClassroomSource source) {
		return jdbc.sql("""
				SELECT default_password_hash FROM classroom_schedule
				WHERE user_id = :user AND course_ids = :courses AND active""")
			.param("user", userId).param("courses", source.storedIds()).query(String.class).optional();
	}

	/**
	 * Notes how a run went; a run that imported is what the next one follows.
	 */
	void ran(UUID id, Instant at, SyncOutcome outcome, int count, @Nullable UUID imported) {
		jdbc.sql("""
				UPDATE classroom_schedule SET last_run_at = :at, last_outcome = :outcome, last_count = :count,
				       last_import = COALESCE(:imported, last_import), follows_import = COALESCE(:imported, follows_import)
				WHERE id = :id""")
			.param("at", at.atOffset(ZoneOffset.UTC)).param("outcome", outcome.name()).param("count", count)
			.param("imported", imported).param("id", id).update();
	}

	/**
	 * Stops a schedule because Google no longer honours the grant; false when it had stopped
	 * already, so that only one run says so.
	 */
	boolean stopForLostGrant(UUID id, Instant at) {
		return jdbc.sql("""
				UPDATE classroom_schedule SET active = FALSE, last_run_at = :at, last_outcome = 'AUTHORIZATION_LOST',
				       last_count = 0
				WHERE id = :id AND active""")
			.param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update() == 1;
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM classroom_schedule WHERE id = :id").param("id", id).update();
	}

	private static @Nullable SyncOutcome outcome(@Nullable String stored) {
		return stored == null ? null : SyncOutcome.valueOf(stored);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
