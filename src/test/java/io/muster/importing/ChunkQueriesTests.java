package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.muster.MusterApplication;
import io.muster.directory.SignedInUser;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;

/**
 * An import of two and a half chunks runs a constant number of statements per chunk, whatever the
 * chunk holds: no lookup or insert per row. On PostgreSQL each write of a chunk is one statement and
 * new accounts need no lookup at all; on H2 the same writes are batches, and accounts are looked up
 * before they are inserted.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD,
		classes = { MusterApplication.class, ChunkQueriesTests.CountingDataSource.class })
class ChunkQueriesTests {

	static final Map<String, AtomicInteger> statements = new ConcurrentHashMap<>();

	/** When set, only the statements this thread prepares are counted. */
	static volatile @Nullable Thread watched;

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

	@Autowired
	JdbcDialect dialect;

	@Test
	void rowsTakeAFewStatementsPerChunk() {
		List<Integer> chunks = List.of(ImportRunner.CHUNK, ImportRunner.CHUNK, ImportRunner.CHUNK / 2);
		int rows = chunks.stream().mapToInt(Integer::intValue).sum();
		jdbc.sql("UPDATE organization SET max_import_users = :rows WHERE name = 'Hillside Academy'")
			.param("rows", rows).update();
		SignedInUser sysadmin = (SignedInUser) users.loadUserByUsername(Api.HILLSIDE_SYSADMIN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("Name,Email,Tags\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Student ").append(i).append(",count").append(i).append('-').append(run)
				.append("@example.org,year-1\n");
		}
		UUID id = drafts.upload(sysadmin, "count.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, null,
				null).id();
		drafts.map(sysadmin, id, new ColumnMapping("Name", null, null, "Email", "Tags", null), "Counted-Pass-2026");
		long office = DemoGroups.id(jdbc, "Office");
		drafts.setOptions(sysadmin, id, new ImportOptions(office, null, false, false, false, List.of()));
		statements.clear();

		queue.start(sysadmin, id);
		ImportWait.untilCompleted(jdbc, id);

		assertThat(reports.summary(sysadmin, id).created()).isEqualTo(rows);
		assertThat(count("INSERT INTO users")).as("account inserts").isEqualTo(chunks.size());
		assertThat(count("INSERT INTO user_tag")).as("tag inserts").isEqualTo(chunks.size());
		assertThat(count("INSERT INTO user_import")).as("notes of the import on the accounts").isEqualTo(chunks.size());
		assertThat(count("action, outcome FROM import_row")).as("reads of the next rows").isEqualTo(chunks.size() + 1);
		if (dialect instanceof PostgresDialect) {
			assertThat(count("FROM users WHERE email_key")).as("account lookups: the start's, none for new accounts")
				.isEqualTo(1);
			assertThat(count("UPDATE import_row r SET full_name")).as("verdict statements").isEqualTo(1);
			assertThat(count("UPDATE import_row r SET outcome")).as("outcome statements").isEqualTo(chunks.size());
		}
		else {
			// One query per 500 addresses: the start's, and in each chunk one before the insert and one after.
			assertThat(count("FROM users WHERE email_key IN")).as("account lookups")
				.isEqualTo(lookups(rows) + chunks.stream().mapToInt(size -> 2 * lookups(size)).sum());
			assertThat(count("AS s (row_number, outcome, reason, user_id, previous_status")).as("outcome statements")
				.isEqualTo(chunks.size());
		}
	}

	private static int lookups(int addresses) {
		return (addresses + 499) / 500;
	}

	private static int count(String sql) {
		return statements.entrySet().stream().filter(entry -> entry.getKey().contains(sql))
			.mapToInt(entry -> entry.getValue().get()).sum();
	}

	/**
	 * Counts the statements prepared, by their SQL; a batch counts once.
	 */
	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
							(proxy, method, args) -> {
								Object result = method.invoke(dataSource, args);
								return result instanceof Connection connection ? counting(connection) : result;
							});
				}
			};
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
								&& (watched == null || watched == Thread.currentThread())) {
							statements.computeIfAbsent(sql.replaceAll("\\s+", " "), key -> new AtomicInteger())
								.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
