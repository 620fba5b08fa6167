package io.muster.mail;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Once an hour, on one node: forgets delivered mail queued more than {@code muster.mail.retention}
 * ago (30 days by default), and without an SMTP server, where nothing is ever delivered, all mail
 * of that age. Mail an SMTP server has not taken yet stays until it is sent.
 */
@Configuration(proxyBeanMethods = false)
class MailRetention {

	private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

	@Bean
	RecurringTask<Void> purgeMailTask(Outbox outbox, MailDelivery delivery, MailSettings settings) {
		Duration retention = settings.retention();
		return Tasks.recurring("purge-mail", FixedDelay.ofHours(1)).execute((instance, context) -> {
			int purged = outbox.purge(Instant.now().minus(retention), !delivery.configured());
			log.info("Mail: {} messages older than {} days removed", purged, retention.toDays());
		});
	}

}
