package io.muster.tokens;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.muster.directory.Role;

/**
 * The api_token table.
 */
@Repository
class ApiTokens {

	private static final String COLUMNS = "id, user_id, name, issued_role, created_at, expires_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long userId, String name, String secretHash, Role role, Instant createdAt, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO api_token (user_id, name, secret_hash, issued_role, created_at, expires_at)
				VALUES (:user, :name, :hash, :role, :createdAt, :expiresAt)""")
			.param("user", userId)
			.param("name", name)
			.param("hash", secretHash)
			.param("role", role.name())
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("SELECT id FROM api_token WHERE secret_hash = :hash").param("hash", secretHash)
			.query(Long.class).single();
	}

	Optional<ApiToken> bySecretHash(String secretHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE secret_hash = :hash").param("hash", secretHash)
			.query(ApiToken.class).optional();
	}

	List<ApiToken> ofUser(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE user_id = :user ORDER BY created_at DESC, id DESC")
			.param("user", userId).query(ApiToken.class).list();
	}

	boolean revoke(long userId, long id, Instant now) {
		return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
			.param("now", now.atOffset(ZoneOffset.UTC)).param("id", id).param("user", userId).update() == 1;
	}

	Optional<ApiToken> find(long userId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = :id AND user_id = :user").param("id", id)
			.param("user", userId).query(ApiToken.class).optional();
	}

	/**
	 * Notes a use, at most once a minute per token: a script calling in a loop must not turn every
	 * read into a write.
	 */
	void noteUse(long id, Instant now) {
		jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id "
				+ "AND (last_used_at IS NULL OR last_used_at < :minuteAgo)")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("minuteAgo", now.minusSeconds(60).atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	int purge(Instant endedBefore) {
		return jdbc.sql("DELETE FROM api_token WHERE expires_at < :before OR revoked_at < :before")
			.param("before", endedBefore.atOffset(ZoneOffset.UTC)).update();
	}

}
