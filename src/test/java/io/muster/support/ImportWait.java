package io.muster.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for an import running on the job engine to end, by its status in the database: the one
 * way every test waits, whichever way it started the import.
 */
public final class ImportWait {

	private static final Duration LONGEST = Duration.ofSeconds(180);

	private ImportWait() {
	}

	/**
	 * Returns once the import is COMPLETED; fails, naming the status it is stuck in, after three
	 * minutes. A database that is briefly unreachable (a restart under test) only delays the wait.
	 */
	public static void untilCompleted(JdbcClient jdbc, Object importId) {
		UUID id = UUID.fromString(importId.toString());
		await().atMost(LONGEST).ignoreExceptions().pollInterval(Duration.ofMillis(100))
			.alias("import " + id + " to be COMPLETED")
			.until(() -> jdbc.sql("SELECT status FROM import_job WHERE id = :id").param("id", id).query(String.class)
				.single(), "COMPLETED"::equals);
	}

}
