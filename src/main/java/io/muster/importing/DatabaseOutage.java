package io.muster.importing;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Waits out a database that went away (restarted, failed over, briefly unreachable) instead of
 * failing the work in hand: the work is retried, with growing pauses, until the database answers
 * again or {@code muster.import.outage-patience} (five minutes) has passed.
 *
 * <p>Only work that can safely be done again belongs here: an import can, because each chunk is one
 * transaction and a chunk that committed is never picked again.
 */
@Component
class DatabaseOutage {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private static final Duration FIRST_PAUSE = Duration.ofMillis(500);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

	private final Duration patience;

	DatabaseOutage(ImportSettings settings) {
		this.patience = settings.outagePatience();
	}

	/**
	 * Does the work, and again after each outage of the database, until it ends or patience runs out.
	 */
	<T> T outlast(String work, Supplier<T> attempt) {
		Instant giveUp = Instant.now().plus(patience);
		Duration pause = FIRST_PAUSE;
		while (true) {
			try {
				return attempt.get();
			}
			catch (RuntimeException ex) {
				if (!isOutage(ex) || Instant.now().plus(pause).isAfter(giveUp)) {
					throw ex;
				}
				log.warn("{} paused: the database is unavailable ({}); trying again in {} ms", work,
						NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), pause.toMillis());
				sleep(pause);
				pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
			}
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

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the database", ex);
		}
	}

}
