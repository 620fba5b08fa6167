package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.muster.MusterApplication;
import io.muster.directory.SignedInUser;
import io.muster.support.Api;

/**
 * A Fix of one row costs the same few statements in a draft of three rows as in one of a thousand,
 * and never reads the uploaded file again.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD,
		classes = { MusterApplication.class, ChunkQueriesTests.CountingDataSource.class })
class FixQueriesTests {

	@Autowired
	ImportDrafts drafts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void aFixTakesAsManyStatementsInALargeDraftAsInASmallOne() {
		jdbc.sql("UPDATE organization SET max_import_users = 1000 WHERE name = 'Hillside Academy'").update();
		SignedInUser sysadmin = (SignedInUser) users.loadUserByUsername(Api.HILLSIDE_SYSADMIN);

		Fixed small = fixSecondRow(sysadmin, 3);
		Fixed large = fixSecondRow(sysadmin, 1_000);

		assertThat(small.statements()).as("statements of a Fix in 3 rows %s and in 1,000 rows %s", small.each(),
				large.each()).isPositive().isEqualTo(large.statements());
		assertThat(large.uploadReads()).as("reads of the uploaded file").isZero();
		assertThat(large.verdict().reasons(messages, Locale.ENGLISH)).containsExactly("Same email as row 1 of this file.");
		assertThat(large.verdict().name()).isEqualTo("Renamed Student");
	}

	/**
	 * Fixes row 2 of a draft of the given size to the email of row 1, counting the statements of the Fix.
	 */
	private Fixed fixSecondRow(SignedInUser sysadmin, int size) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; i < size; i++) {
			csv.append("Student ").append(i).append(",fix").append(i).append('-').append(run).append("@example.org\n");
		}
		UUID id = drafts.upload(sysadmin, "fix.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, null, null)
			.id();
		drafts.map(sysadmin, id, new ColumnMapping("Name", null, null, "Email", null, null), "Fixed-Pass-2026");
		long office = jdbc.sql("SELECT id FROM user_group WHERE name = 'Office'").query(Long.class).single();
		drafts.setOptions(sysadmin, id, new ImportOptions(office, null, false, false, false, List.of()));
		RowFix fix = new RowFix("Renamed Student", null, null, "fix0-" + run + "@example.org", null, null);
		// The same Fix twice, keeping the smaller count: a statement the application runs once on this
		// thread (a first use of something) is not the Fix's, while a query per row shows in both.
		Fixed first = countedFix(sysadmin, id, fix);
		Fixed second = countedFix(sysadmin, id, fix);
		return first.statements() <= second.statements() ? first : second;
	}

	private Fixed countedFix(SignedInUser sysadmin, UUID id, RowFix fix) {
		ChunkQueriesTests.statements.clear();
		ChunkQueriesTests.watched = Thread.currentThread();
		try {
			RowVerdict verdict = drafts.fixRow(sysadmin, id, 2, fix);
			return new Fixed(verdict, count(""), count("staged_upload"), each());
		}
		finally {
			ChunkQueriesTests.watched = null;
		}
	}

	private static int count(String sql) {
		return ChunkQueriesTests.statements.entrySet().stream().filter(entry -> entry.getKey().contains(sql))
			.mapToInt(entry -> entry.getValue().get()).sum();
	}

	private static Map<String, Integer> each() {
		Map<String, Integer> each = new TreeMap<>();
		ChunkQueriesTests.statements.forEach((sql, times) -> each.put(sql, times.get()));
		return each;
	}

	private record Fixed(RowVerdict verdict, int statements, int uploadReads, Map<String, Integer> each) {
	}

}
