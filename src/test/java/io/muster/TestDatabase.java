package io.muster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by
 * default, or a fresh PostgreSQL database when {@code muster.test.database=postgresql} (the
 * second test run of {@code mvn verify}). PostgreSQL databases are dropped when the JVM ends.
 *
 * <p>Under CI ({@code CI=true}) a PostgreSQL that does not answer fails the run; elsewhere the
 * tests fall back to H2 with a warning, so a laptop without PostgreSQL can still run them.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ADMIN_URL = System.getProperty("muster.test.postgresql.url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	/** A fixed staging key, so that an application restarted by a test can read what it staged. */
	public static final String STAGING_KEY = "bXVzdGVyLXRlc3Qtc3RhZ2luZy1rZXktMzItYnl0ZXM=";

	/** The connection options production uses (see application-prod.properties). */
	public static final String PRODUCTION_OPTIONS = "-c plan_cache_mode=force_custom_plan";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final List<String> created = new ArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().containsProperty("muster.test.keep-datasource")) {
			return;
		}
		Map<String, Object> properties = new java.util.HashMap<>(properties());
		properties.put("muster.import.staging-key", STAGING_KEY);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	/**
	 * Datasource properties for a new, empty database.
	 */
	public static Map<String, Object> properties() {
		if (usePostgresql()) {
			String name = createPostgresqlDatabase();
			return Map.of("spring.datasource.url", ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name,
					"spring.datasource.username", "postgres", "spring.datasource.password", "",
					"spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true",
					"spring.datasource.hikari.data-source-properties.options", PRODUCTION_OPTIONS,
					// The test run keeps many application contexts open at once; small pools that let
					// idle connections go keep them all within PostgreSQL's connection limit.
					"spring.datasource.hikari.maximum-pool-size", "6",
					"spring.datasource.hikari.minimum-idle", "1",
					"spring.datasource.hikari.idle-timeout", "10000");
		}
		return Map.of("spring.datasource.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}

	public static boolean usePostgresql() {
		if (!"postgresql".equals(System.getProperty("muster.test.database"))) {
			return false;
		}
		try (Connection ignored = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
			return true;
		}
		catch (SQLException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("PostgreSQL does not answer at " + ADMIN_URL, ex);
			}
			log.warn("PostgreSQL does not answer at {}; running on H2 instead", ADMIN_URL);
			return false;
		}
	}

	private static synchronized String createPostgresqlDatabase() {
		String name = "muster_test_" + UUID.randomUUID().toString().replace("-", "");
		execute("CREATE DATABASE " + name);
		created.add(name);
		return name;
	}

	private static synchronized void dropAll() {
		created.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on the test PostgreSQL", ex);
		}
	}

}
