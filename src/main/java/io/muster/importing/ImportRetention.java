package io.muster.importing;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Once an hour, on one node: forgets imports that ended more than {@code muster.import.retention}
 * ago (half a year by default) with their per-row report, and drafts left unstarted for
 * {@code muster.import.draft-retention} (a week) with the file they hold.
 */
@Configuration(proxyBeanMethods = false)
class ImportRetention {

	private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);

	@Bean
	RecurringTask<Void> purgeImportsTask(ImportJobs jobs, TransactionTemplate transaction, ImportSettings settings) {
		Duration retention = settings.retention();
		Duration draftRetention = settings.draftRetention();
		return Tasks.recurring("purge-imports", FixedDelay.ofHours(1)).execute((instance, context) -> {
			Instant now = Instant.now();
			Integer purged = transaction.execute(status -> jobs.purge(now.minus(retention), now.minus(draftRetention)));
			log.info("Imports: {} ended or abandoned imports removed", purged);
		});
	}

}
