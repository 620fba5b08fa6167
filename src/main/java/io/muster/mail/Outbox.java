package io.muster.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The mail_outbox table.
 */
@Repository
class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(String recipient, String subject, String textBody, String htmlBody) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (recipient, subject, text_body, html_body, created_at)
				VALUES (:recipient, :subject, :text, :html, :now)""")
			.param("recipient", recipient)
			.param("subject", subject)
			.param("text", textBody)
			.param("html", htmlBody)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	Optional<OutboxMail> find(long id) {
		return jdbc.sql("SELECT * FROM mail_outbox WHERE id = :id").param("id", id).query(OutboxMail.class).optional();
	}

	List<OutboxMail> latest(int limit) {
		return jdbc.sql("SELECT * FROM mail_outbox ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(OutboxMail.class)
			.list();
	}

	/**
	 * Claims the message for sending; false when it was sent already, so it is never sent twice.
	 */
	boolean markSent(long id) {
		return jdbc.sql("UPDATE mail_outbox SET sent_at = :now, attempts = attempts + 1 WHERE id = :id AND sent_at IS NULL")
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

}
