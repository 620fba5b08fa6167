package io.muster.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A rendered message in the outbox, sent or waiting; its bodies are gone once it was delivered.
 */
public record OutboxMail(long id, @Nullable Long organizationId, String recipient, String subject,
		@Nullable String textBody, @Nullable String htmlBody, Instant createdAt, @Nullable Instant sentAt, int attempts,
		@Nullable String lastError) {
}
