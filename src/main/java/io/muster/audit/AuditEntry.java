package io.muster.audit;

import java.time.Instant;

/**
 * One line of the audit log: when, who, what, and on what.
 *
 * @param action a message key under {@code audit.action.}, such as {@code import.STARTED}
 * @param subject what the action was about, as a person recognises it (a file name, an email address)
 * @param reference the id of that thing, for a link
 */
public record AuditEntry(long id, Instant occurredAt, String actorEmail, String action, String subject,
		String reference) {
}
