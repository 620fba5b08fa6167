package io.muster.tokens;

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
 * Once a day, on one node: forgets tokens that expired or were revoked more than 90 days ago.
 * Until then they stay listed, and a script still using one is told that it expired or was
 * revoked rather than that it is unknown.
 */
@Configuration(proxyBeanMethods = false)
class TokenRetention {

	static final Duration KEPT_AFTER_END = Duration.ofDays(90);

	private static final Logger log = LoggerFactory.getLogger(TokenRetention.class);

	@Bean
	RecurringTask<Void> purgeTokensTask(ApiTokens tokens) {
		return Tasks.recurring("purge-api-tokens", FixedDelay.ofHours(24)).execute((instance, context) -> {
			int purged = tokens.purge(Instant.now().minus(KEPT_AFTER_END));
			log.info("API tokens: {} ended more than {} days ago removed", purged, KEPT_AFTER_END.toDays());
		});
	}

}
