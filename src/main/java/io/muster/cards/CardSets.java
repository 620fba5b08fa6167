package io.muster.cards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign_in_card_set and sign_in_card tables; passwords come in and go out encrypted.
 */
@Repository
class CardSets {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CardSets(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Opens a set unless it is open already: a long import adds its cards chunk by chunk to the one
	 * set, whose day starts with the first.
	 */
	void open(UUID id, long organizationId, long madeBy, Instant now, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO sign_in_card_set (id, organization_id, made_by, created_at, expires_at)
				SELECT :id, :organization, :madeBy, :now, :expires FROM (VALUES (1)) AS one (x)
				WHERE NOT EXISTS (SELECT 1 FROM sign_in_card_set WHERE id = :id)""")
			.param("id", id)
			.param("organization", organizationId)
			.param("madeBy", madeBy)
			.param("now", utc(now))
			.param("expires", utc(expiresAt))
			.update();
	}

	void add(UUID id, List<StoredCard> cards) {
		batch.batchUpdate("""
				INSERT INTO sign_in_card (set_id, card_number, full_name, group_name, email, password_cipher)
				VALUES (:id, :number, :name, :group, :email, :password)""", cards.stream()
			.map(card -> new MapSqlParameterSource("id", id)
				.addValue("number", card.number())
				.addValue("name", card.name())
				.addValue("group", card.group())
				.addValue("email", card.email())
				.addValue("password", card.passwordCipher()))
			.toArray(SqlParameterSource[]::new));
	}

	/**
	 * The set of this organization (and of this maker, unless null), locked until the caller's
	 * transaction ends, so that two downloads at once hand the passwords out once.
	 */
	Optional<StoredSet> lock(UUID id, long organizationId, @Nullable Long madeBy) {
		return find(id, organizationId, madeBy, " FOR UPDATE");
	}

	Optional<StoredSet> find(UUID id, long organizationId, @Nullable Long madeBy) {
		return find(id, organizationId, madeBy, "");
	}

	private Optional<StoredSet> find(UUID id, long organizationId, @Nullable Long madeBy, String lock) {
		return jdbc.sql("SELECT expires_at, downloaded_at FROM sign_in_card_set WHERE id = :id "
				+ "AND organization_id = :organization" + (madeBy == null ? "" : " AND made_by = :madeBy") + lock)
			.param("id", id)
			.param("organization", organizationId)
			.param("madeBy", madeBy)
			.query((row, number) -> new StoredSet(row.getObject("expires_at", OffsetDateTime.class).toInstant(),
					instant(row.getObject("downloaded_at", OffsetDateTime.class))))
			.optional();
	}

	int count(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM sign_in_card WHERE set_id = :id").param("id", id).query(Integer.class)
			.single();
	}

	List<StoredCard> cards(UUID id) {
		return jdbc.sql("""
				SELECT card_number, full_name, group_name, email, password_cipher FROM sign_in_card
				WHERE set_id = :id ORDER BY card_number""")
			.param("id", id)
			.query((row, number) -> new StoredCard(row.getInt("card_number"), row.getString("full_name"),
					row.getString("group_name"), row.getString("email"), row.getBytes("password_cipher")))
			.list();
	}

	/**
	 * Deletes the set's passwords and notes when it was downloaded.
	 */
	void markDownloaded(UUID id, Instant now) {
		jdbc.sql("DELETE FROM sign_in_card WHERE set_id = :id").param("id", id).update();
		jdbc.sql("UPDATE sign_in_card_set SET downloaded_at = :now WHERE id = :id")
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	/**
	 * Deletes the cards of sets past their day, and sets past their memory; returns how many cards went.
	 */
	int purge(Instant now, Instant forgetBefore) {
		int cards = jdbc.sql("""
				DELETE FROM sign_in_card WHERE set_id IN (SELECT id FROM sign_in_card_set WHERE expires_at <= :now)""")
			.param("now", utc(now))
			.update();
		jdbc.sql("DELETE FROM sign_in_card_set WHERE expires_at < :forget").param("forget", utc(forgetBefore)).update();
		return cards;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	record StoredSet(Instant expiresAt, @Nullable Instant downloadedAt) {
	}

	record StoredCard(int number, String name, @Nullable String group, String email, byte[] passwordCipher) {
	}

}
