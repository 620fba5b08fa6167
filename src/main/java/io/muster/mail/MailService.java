package io.muster.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues email for delivery, and shows an organization the mail waiting in the outbox.
 */
@Service
public class MailService {

	private final MailTemplates templates;

	private final Outbox outbox;

	private final MailDelivery delivery;

	MailService(MailTemplates templates, Outbox outbox, MailDelivery delivery) {
		this.templates = templates;
		this.outbox = outbox;
		this.delivery = delivery;
	}

	/**
	 * Whether mail leaves the building: true when an SMTP server is configured, false when
	 * messages only wait in the outbox, where no one but a System Administrator would read them.
	 */
	public boolean delivers() {
		return delivery.configured();
	}

	/**
	 * Renders the message and puts it in the outbox within the caller's transaction; it is sent
	 * after that transaction commits, retried until the SMTP server takes it, and never sent twice.
	 */
	@Transactional
	public void send(Mail mail) {
		MailTemplates.RenderedMail rendered = templates.render(mail);
		long id = outbox.add(mail.organizationId(), mail.to(), mail.subject(), rendered.text(), rendered.html());
		delivery.schedule(id, Instant.now());
	}

	/**
	 * The organization's latest messages, newest first; no other organization's.
	 */
	@Transactional(readOnly = true)
	public List<OutboxMail> outbox(long organizationId, int limit) {
		return outbox.latest(organizationId, limit);
	}

	/**
	 * One message of the organization; empty for another organization's, as for none.
	 */
	@Transactional(readOnly = true)
	public Optional<OutboxMail> outboxMail(long organizationId, long id) {
		return outbox.find(organizationId, id);
	}

}
