package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.muster.TestDatabase;
import io.muster.directory.SignedInUser;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;

/**
 * PostgreSQL restarted in the middle of a 20,000-row import: the import waits for the database,
 * goes on where it was and completes, with every row done exactly once and one completion email.
 *
 * <p>Restarting the server ends every connection to it, other test runs' too, so this test runs
 * once per build and keeps the outage short. It is skipped where {@code pg_ctlcluster} is missing
 * or this user may not restart the cluster.
 */
@SpringBootTest(properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.import.outage-patience=2m" })
class DatabaseRestartIntegrationTests {

	/** Rows enough that the import is still running when PostgreSQL restarts after its first chunk. */
	private static final int ROWS = 20_000;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportOutlastsARestartOfPostgresql() throws Exception {
		assumeTrue(TestDatabase.usePostgresql(), "restarting the database needs PostgreSQL");
		List<String> restart = restartCommand().orElse(null);
		assumeTrue(restart != null, "pg_ctlcluster is missing, finds no cluster on port 5432, or this user ("
				+ System.getProperty("user.name") + ") may not restart it");
		jdbc.sql("UPDATE organization SET max_import_users = :rows, max_import_file_bytes = 10485760")
			.param("rows", ROWS).update();
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		UUID id = startLargeImport(admin);

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> processed(id) > 200);
		int processedAtRestart = processed(id);
		Process restarting = new ProcessBuilder(restart).redirectErrorStream(true).start();
		assertThat(restarting.waitFor(60, TimeUnit.SECONDS)).as("the restart ends within a minute").isTrue();
		String said = new String(restarting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assumeTrue(restarting.exitValue() == 0, () -> "PostgreSQL could not be restarted here: " + said);

		ImportWait.untilCompleted(jdbc, id);
		assertThat(processedAtRestart).as("restarted in the middle of the import").isLessThan(ROWS);
		assertThat(count("SELECT COUNT(*) FROM import_row WHERE import_id = :id AND outcome = 'CREATED'", id))
			.isEqualTo(ROWS);
		assertThat(count("SELECT COUNT(*) FROM import_row WHERE import_id = :id AND outcome IS NULL", id))
			.as("rows without an outcome").isZero();
		assertThat(count("SELECT COUNT(*) FROM users WHERE email_key LIKE 'restart%@example.org'", id))
			.as("accounts, none doubled or missing").isEqualTo(ROWS);
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> count(
				"SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '%restart.csv%'", id) == 1);
	}

	private UUID startLargeImport(SignedInUser admin) {
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("Student ").append(i).append(",restart").append(i).append("@example.org\n");
		}
		UUID id = drafts.upload(admin, "restart.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, null, null)
			.id();
		drafts.map(admin, id, new ColumnMapping("Name", null, null, "Email", null, null), "Restart-Pass-2026");
		long class7a = DemoGroups.id(jdbc, "Class 7A");
		drafts.setOptions(admin, id, new ImportOptions(class7a, null, false, false, false, List.of()));
		queue.start(admin, id);
		return id;
	}

	/**
	 * {@code pg_ctlcluster VERSION NAME restart} for the cluster on the test port, where this user may
	 * run it (root or the postgres user); fast shutdown, so the outage lasts a second or two.
	 */
	private static Optional<List<String>> restartCommand() throws InterruptedException {
		String user = System.getProperty("user.name");
		if (!user.equals("root") && !user.equals("postgres")) {
			return Optional.empty();
		}
		try {
			Process list = new ProcessBuilder("pg_lsclusters", "--no-header").redirectErrorStream(true).start();
			String clusters = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!list.waitFor(10, TimeUnit.SECONDS) || list.exitValue() != 0) {
				return Optional.empty();
			}
			return clusters.lines().map(line -> line.trim().split("\\s+"))
				.filter(fields -> fields.length > 3 && fields[2].equals("5432") && fields[3].equals("online"))
				.findFirst()
				.map(fields -> List.of("pg_ctlcluster", "--mode=fast", fields[0], fields[1], "restart"));
		}
		catch (IOException missing) {
			return Optional.empty();
		}
	}

	private int processed(UUID id) {
		return jdbc.sql("SELECT processed FROM import_job WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	private long count(String sql, UUID id) {
		return jdbc.sql(sql).paramSource(Map.of("id", id)).query(Long.class).single();
	}

}
