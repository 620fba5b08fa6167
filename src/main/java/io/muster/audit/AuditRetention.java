package io.muster.audit;

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
 * Forgets audit entries older than {@code muster.audit.retention} (a year by default), once a day
 * on one node.
 */
@Configuration(proxyBeanMethods = false)
class AuditRetention {

	private static final Logger logger = LoggerFactory.getLogger(AuditRetention.class);

	@Bean
	RecurringTask<Void> purgeAuditLogTask(AuditLog log, AuditSettings settings) {
		Duration retention = settings.retention();
		return Tasks.recurring("purge-audit-log", FixedDelay.ofHours(24)).execute((instance, context) -> {
			int purged = log.purgeBefore(Instant.now().minus(retention));
			logger.info("Audit log: {} entries older than {} days removed", purged, retention.toDays());
		});
	}

}
