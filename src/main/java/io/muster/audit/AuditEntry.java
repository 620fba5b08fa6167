package io.muster.audit;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One line of the audit log: when, who, what, and on what.
 *
 * @param action a message key under {@code audit.action.}, such as {@code import.STARTED}
 * @param subject what the action was about, as a person recognises it (a file name, an email address)
 * @param reference the id of that thing, for a link
 */
public record AuditEntry(long id, Instant occurredAt, String actorEmail, String action, String subject,
		String reference) {

	private static final Pattern COUNT = Pattern.compile("\\d{1,18}");

	/**
	 * The subject as the argument of the action's message: a change of many users is about a
	 * number of them, which the words need as a number to choose their plural form.
	 */
	public Object argument() {
		return action.startsWith("bulk.") && COUNT.matcher(subject).matches() ? Long.valueOf(subject) : subject;
	}

}
