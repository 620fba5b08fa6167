package io.muster.mail;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues email for delivery.
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
		long id = outbox.add(mail.to(), mail.subject(), rendered.text(), rendered.html());
		delivery.schedule(id, Instant.now());
	}

}
