package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.muster.directory.SignedInUser;
import io.muster.support.Api;
import io.muster.support.DemoGroups;

/**
 * Ten imports of overlapping class lists started at once: every email ends with exactly one
 * account, and every row that lost the race says so.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ConcurrentImportsIntegrationTests {

	private static final int IMPORTS = 10;

	private static final int SHARED = 15;

	@Autowired
	private MessageSource messages;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	ImportReports reports;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void overlappingImportsCreateEachAccountOnce() {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		long class7a = DemoGroups.id(jdbc, "Class 7A");
		List<UUID> ids = new ArrayList<>();
		for (int k = 0; k < IMPORTS; k++) {
			StringBuilder csv = new StringBuilder("Name,Email\n");
			for (int i = 0; i < SHARED; i++) {
				csv.append("Shared ").append(i).append(",shared").append(i).append('-').append(run)
					.append("@example.org\n");
			}
			csv.append("Own ").append(k).append(",own").append(k).append('-').append(run).append("@example.org\n");
			UUID id = drafts.upload(admin, "class-" + k + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8), null,
					null, null).id();
			drafts.map(admin, id, new ColumnMapping("Name", null, null, "Email", null, null), "Race-Pass-2026");
			drafts.setOptions(admin, id, new ImportOptions(class7a, null, false, false, false, List.of()));
			ids.add(id);
		}

		CompletableFuture.allOf(ids.stream().map(id -> CompletableFuture.runAsync(() -> queue.start(admin, id)))
			.toArray(CompletableFuture[]::new)).join();
		await().atMost(Duration.ofSeconds(120)).until(() -> ids.stream()
			.allMatch(id -> reports.summary(admin, id).status() == ImportStatus.COMPLETED));

		List<ImportSummary> done = ids.stream().map(id -> reports.summary(admin, id)).toList();
		assertThat(done.stream().mapToInt(ImportSummary::created).sum()).isEqualTo(SHARED + IMPORTS);
		// A loser finds the account either when it starts (the row is skipped) or while it runs (the row fails),
		// depending on which import the job engine ran first; either way it says why.
		assertThat(done.stream().mapToInt(summary -> summary.failed() + summary.skipped()).sum())
			.isEqualTo(SHARED * (IMPORTS - 1));
		IntStream.range(0, SHARED).forEach(i -> assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email_key = :key")
			.param("key", "shared" + i + "-" + run + "@example.org").query(Long.class).single()).isEqualTo(1));
		List<String> reasons = jdbc.sql("""
				SELECT reason FROM import_row WHERE outcome IN ('FAILED', 'SKIPPED') AND import_id IN (:ids)""")
			.param("ids", ids).query(String.class).list().stream()
			.map(stored -> Reasons.in(Reasons.read(stored), messages, Locale.ENGLISH)).toList();
		assertThat(reasons).hasSize(SHARED * (IMPORTS - 1)).containsOnly("Already has an account.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_row WHERE outcome IS NULL AND import_id IN (:ids)")
			.param("ids", ids).query(Long.class).single()).as("rows without an outcome").isZero();
	}

	@Test
	void aMappingSavedTwiceAtOnceStagesTheRowsOnce() {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("Name,Email,Tags\n");
		for (int i = 0; i < 100; i++) {
			csv.append("Twice ").append(i).append(",twice").append(i).append('-').append(run).append("@example.org,7a\n");
		}
		UUID id = drafts.upload(admin, "twice.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, null, null)
			.id();

		CompletableFuture.allOf(Stream.of("Tags", null).map(tags -> CompletableFuture.runAsync(() -> drafts.map(admin, id,
				new ColumnMapping("Name", null, null, "Email", tags, null), "Twice-Pass-2026")))
			.toArray(CompletableFuture[]::new)).join();

		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_row WHERE import_id = :id").param("id", id).query(Long.class)
			.single()).isEqualTo(100);
	}

}
