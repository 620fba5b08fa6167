package io.muster.cards;

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
 * Every ten minutes, on one node: deletes the passwords of cards nobody downloaded within their day
 * ({@code muster.cards.retention}), and forgets sets past {@code muster.cards.memory}. A download
 * between two runs is refused already: it checks the day itself.
 */
@Configuration(proxyBeanMethods = false)
class CardRetention {

	private static final Logger log = LoggerFactory.getLogger(CardRetention.class);

	@Bean
	RecurringTask<Void> purgeSignInCardsTask(CardSets sets, TransactionTemplate transaction, CardSettings settings) {
		return Tasks.recurring("purge-sign-in-cards", FixedDelay.ofMinutes(10)).execute((instance, context) -> {
			Instant now = Instant.now();
			Integer purged = transaction.execute(status -> sets.purge(now, now.minus(settings.memory())));
			log.info("Sign-in cards: {} passwords past their day deleted", purged);
		});
	}

}
