package io.muster.directory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-password links, each kept as the hash of the token mailed to the user.
 */
@Repository
class SetPasswordTokens {

	private final JdbcClient jdbc;

	SetPasswordTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long userId, String tokenHash, Instant expiresAt) {
		jdbc.sql("DELETE FROM set_password_token WHERE user_id = :user").param("user", userId).update();
		jdbc.sql("INSERT INTO set_password_token (token_hash, user_id, expires_at) VALUES (:hash, :user, :expires)")
			.param("hash", tokenHash)
			.param("user", userId)
			.param("expires", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * The user a valid, unexpired token belongs to.
	 */
	Optional<Long> userOf(String tokenHash) {
		return jdbc.sql("SELECT user_id FROM set_password_token WHERE token_hash = :hash AND expires_at > :now")
			.param("hash", tokenHash)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	void deleteFor(long userId) {
		jdbc.sql("DELETE FROM set_password_token WHERE user_id = :user").param("user", userId).update();
	}

}
