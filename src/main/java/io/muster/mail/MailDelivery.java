package io.muster.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * Delivers outbox messages over SMTP as jobs of the job engine, one job per message.
 *
 * <p>A job that fails (SMTP down) is retried with growing pauses; a job whose node dies is picked
 * up by another node. Without an SMTP host nothing is scheduled: the outbox is the mailbox.
 */
@Configuration(proxyBeanMethods = false)
class MailDelivery {

	static final String TASK = "send-mail";

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final SchedulerClient scheduler;

	private final String from;

	private final OneTimeTask<Long> task = Tasks.oneTime(TASK, Long.class)
		.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(2), 2.0))
		.execute((instance, context) -> deliver(instance.getData()));

	MailDelivery(Outbox outbox, ObjectProvider<JavaMailSender> sender, @Lazy SchedulerClient scheduler,
			MailSettings settings) {
		this.outbox = outbox;
		this.sender = sender;
		this.scheduler = scheduler;
		this.from = settings.from();
	}

	@Bean
	OneTimeTask<Long> sendMailTask() {
		return task;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	void schedule(long outboxId, Instant when) {
		if (configured()) {
			scheduler.scheduleIfNotExists(task.instance(Long.toString(outboxId), outboxId), when);
		}
	}

	private void deliver(long outboxId) {
		OutboxMail mail = outbox.find(outboxId).orElse(null);
		if (mail == null || mail.sentAt() != null) {
			return;
		}
		if (mail.textBody() == null || mail.htmlBody() == null) {
			log.warn("Mail {} has no body any more and is not sent", outboxId);
			return;
		}
		try {
			sender.getObject().send(mime(mail));
		}
		catch (MailException | MessagingException ex) {
			outbox.recordFailure(outboxId, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			log.warn("Could not send mail {} yet, will retry: {}", outboxId, ex.getMessage());
			throw new IllegalStateException("SMTP delivery failed", ex);
		}
		outbox.markSent(outboxId);
	}

	private MimeMessage mime(OutboxMail mail) throws MessagingException {
		MimeMessage message = sender.getObject().createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(Objects.requireNonNull(mail.textBody()), Objects.requireNonNull(mail.htmlBody()));
		return message;
	}

}
