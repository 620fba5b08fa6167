package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Work interrupted by a database outage is done again once the database answers; any other
 * failure, or an outage longer than the patience, still fails it.
 */
class DatabaseOutageTests {

	@Test
	void workIsRetriedThroughAnOutage() {
		AtomicInteger attempts = new AtomicInteger();
		String done = new DatabaseOutage(patience(Duration.ofSeconds(10))).outlast("Test work", () -> {
			if (attempts.incrementAndGet() < 3) {
				throw new CannotCreateTransactionException("Could not open JDBC connection");
			}
			return "done";
		});
		assertThat(done).isEqualTo("done");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void otherFailuresAreNotRetried() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> new DatabaseOutage(patience(Duration.ofSeconds(10))).outlast("Test work", () -> {
			attempts.incrementAndGet();
			throw new DataIntegrityViolationException("duplicate key");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(attempts).hasValue(1);
	}

	@Test
	void patienceRunsOut() {
		assertThatThrownBy(() -> new DatabaseOutage(patience(Duration.ofMillis(100))).outlast("Test work", () -> {
			throw new CannotCreateTransactionException("Could not open JDBC connection");
		})).isInstanceOf(CannotCreateTransactionException.class);
	}

	@Test
	void aServerShutdownCountsAsAnOutage() {
		SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseOutage.isOutage(new UncategorizedSQLException("insert", "INSERT", shutdown))).isTrue();
		assertThat(DatabaseOutage.isOutage(new UncategorizedSQLException("insert", "INSERT",
				new SQLException("syntax error", "42601")))).isFalse();
	}

	private static ImportSettings patience(Duration patience) {
		return new ImportSettings(Duration.ofDays(180), Duration.ofDays(7), patience);
	}

}
