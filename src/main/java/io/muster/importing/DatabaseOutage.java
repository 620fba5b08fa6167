package io.muster.importing;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Waits out a database that went away (restarted, failed over, briefly unreachable) instead of
 * failing the work in hand: the work is retried by Spring's {@link RetryTemplate}, with pauses
 * doubling from half a second to ten, until the database answers again or
 * {@code muster.import.outage-patience} (five minutes) has passed.
 *
 * <p>Only work that can safely be done again belongs here: an import can, because each chunk is one
 * transaction and a chunk that committed is never picked again.
 */
@Component
class DatabaseOutage {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private static final Duration FIRST_PAUSE = Duration.ofMillis(500);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

	private final RetryTemplate retry;

	DatabaseOutage(ImportSettings settings) {
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(Long.MAX_VALUE)
			.timeout(settings.outagePatience())
			.delay(FIRST_PAUSE)
			.multiplier(2)
			.maxDelay(LONGEST_PAUSE)
			.predicate(DatabaseOutage::isOutage)
			.build());
		this.retry.setRetryListener(new RetryListener() {
			@Override
			public void onRetryFailure(RetryPolicy policy, Retryable<?> work, Throwable failure) {
				log.warn("{} paused: the database is unavailable ({}); trying again", work.getName(),
						NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
			}
		});
	}

	/**
	 * Does the work, and again after each outage of the database, until it ends or patience runs
	 * out; then the last failure is thrown as it was.
	 */
	<T> T outlast(String work, Supplier<T> attempt) {
		try {
			return retry.execute(new Retryable<T>() {
				@Override
				public T execute() {
					return attempt.get();
				}

				@Override
				public String getName() {
					return work;
				}
			});
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(work + " failed", ex.getCause());
		}
	}

	static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
					|| cause instanceof SQLRecoverableException || lostConnection(cause)) {
				return true;
			}
		}
		return false;
	}

	// SQL states of class 08 (connection exception) and 57P (operator intervention: shutdown, restart).
	private static boolean lostConnection(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
	}

}
