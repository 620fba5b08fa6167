package io.muster.mail;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.muster.secrets.SecretCipher;

/**
 * The mail_outbox table. A body may hold the token of a link that sets a password, so bodies are
 * kept encrypted with {@code muster.mail.outbox-key} and erased once the message is delivered.
 */
@Repository
class Outbox {

	private static final String COLUMNS = """
			id, organization_id, recipient, subject, sealed_text, sealed_html, created_at, sent_at, attempts, last_error""";

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	Outbox(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.cipher = SecretCipher.fromProperty("muster.mail.outbox-key", environment, "outbox.key");
	}

	long add(long organizationId, String recipient, String subject, String textBody, String htmlBody) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (organization_id, recipient, subject, sealed_text, sealed_html, created_at)
				VALUES (:organization, :recipient, :subject, :text, :html, :now)""")
			.param("organization", organizationId)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("text", seal(textBody))
			.param("html", seal(htmlBody))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	Optional<OutboxMail> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id")
			.param("id", id)
			.query(this::mail)
			.optional();
	}

	Optional<OutboxMail> find(long organizationId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id AND organization_id = :organization")
			.param("id", id)
			.param("organization", organizationId)
			.query(this::mail)
			.optional();
	}

	List<OutboxMail> latest(long organizationId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE organization_id = :organization "
				+ "ORDER BY id DESC LIMIT :limit")
			.param("organization", organizationId)
			.param("limit", limit)
			.query(this::mail)
			.list();
	}

	/**
	 * Claims the message as sent and erases its bodies; false when it was sent already, so it is
	 * never sent twice.
	 */
	boolean markSent(long id) {
		return jdbc.sql("""
				UPDATE mail_outbox SET sent_at = :now, attempts = attempts + 1, sealed_text = NULL, sealed_html = NULL
				WHERE id = :id AND sent_at IS NULL""")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	void recordFailure(long id, String error) {
		jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", id)
			.update();
	}

	/**
	 * Forgets the messages queued before the cutoff that were delivered, and with {@code unsent}
	 * those never delivered too.
	 */
	int purge(Instant cutoff, boolean unsent) {
		return jdbc.sql("DELETE FROM mail_outbox WHERE created_at < :cutoff AND (sent_at IS NOT NULL OR :unsent)")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.param("unsent", unsent)
			.update();
	}

	private OutboxMail mail(ResultSet row, int rowNumber) throws SQLException {
		OffsetDateTime sent = row.getObject("sent_at", OffsetDateTime.class);
		return new OutboxMail(row.getLong("id"), row.getObject("organization_id", Long.class), row.getString("recipient"),
				row.getString("subject"), open(row.getBytes("sealed_text")), open(row.getBytes("sealed_html")),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant(),
				row.getInt("attempts"), row.getString("last_error"));
	}

	private byte[] seal(String body) {
		return cipher.encrypt(body.getBytes(StandardCharsets.UTF_8));
	}

	private @Nullable String open(byte @Nullable [] sealed) {
		return sealed == null ? null : new String(cipher.decrypt(sealed), StandardCharsets.UTF_8);
	}

}
