package io.muster.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A rendered message in the outbox, sent or waiting.
 */
record OutboxMail(long id, String recipient, String subject, String textBody, String htmlBody, Instant createdAt,
		@Nullable Instant sentAt, int attempts, @Nullable String lastError) {
}
