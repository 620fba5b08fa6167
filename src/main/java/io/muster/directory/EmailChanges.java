package io.muster.directory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pending email changes, each keyed by the hash of the token mailed to the new address.
 */
@Repository
class EmailChanges {

	private final JdbcClient jdbc;

	EmailChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long userId, String tokenHash, String newEmail, Instant expiresAt) {
		jdbc.sql("DELETE FROM email_change WHERE user_id = :user").param("user", userId).update();
		jdbc.sql("INSERT INTO email_change (token_hash, user_id, new_email, expires_at) VALUES (:hash, :user, :email, :expires)")
			.param("hash", tokenHash)
			.param("user", userId)
			.param("email", newEmail)
			.param("expires", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<PendingEmailChange> take(String tokenHash) {
		Optional<PendingEmailChange> pending = jdbc
			.sql("SELECT user_id, new_email, expires_at FROM email_change WHERE token_hash = :hash")
			.param("hash", tokenHash)
			.query(PendingEmailChange.class)
			.optional();
		jdbc.sql("DELETE FROM email_change WHERE token_hash = :hash").param("hash", tokenHash).update();
		return pending;
	}

	record PendingEmailChange(long userId, String newEmail, Instant expiresAt) {
	}

}
