package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.muster.MusterApplication;
import io.muster.TestDatabase;
import io.muster.directory.SignedInUser;
import io.muster.support.Api;
import io.muster.support.DemoGroups;

/**
 * Muster's import throughput on PostgreSQL against floors measured in the same run, printed as
 * {@code name: value} lines; run with {@code bench/run}. Ratios, not times, are what to compare
 * between machines. Reading and verifying is measured with JMH ({@link ReadAndVerifyBenchmark}).
 */
public final class ImportBenchmarks {

	private static final int WARMUPS = 5;

	private static final int RUNS = 7;

	private ImportBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int users = intArg(args, "users", 50_000);
		int hashed = intArg(args, "hashed", 1_000);
		System.setProperty("muster.test.database", "postgresql");
		Map<String, Object> database = TestDatabase.properties();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MusterApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + database.get("spring.datasource.url"),
					"--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
					"--spring.datasource.hikari.data-source-properties.options=" + TestDatabase.PRODUCTION_OPTIONS,
					"--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--muster.import.staging-key=" + TestDatabase.STAGING_KEY,
					"--muster.demo.password=" + Api.DEMO_PASSWORD, "--logging.level.root=WARN",
					"--db-scheduler.polling-interval=100ms")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			jdbc.sql("UPDATE organization SET max_import_users = :n, max_import_file_bytes = 104857600")
				.param("n", Math.max(users, hashed)).update();
			importAgainstJdbcBatch(app, users);
			if (hashed > 0) {
				importAgainstHashingFloor(app, hashed);
			}
		}
		System.exit(0);
	}

	/**
	 * (b) An import of users sharing one password against inserting the same users with a plain
	 * JDBC batch, on PostgreSQL. The import measured is the second of two of the same size: the first
	 * runs while the JVM still compiles the code it runs, as a node's first import after its start
	 * does, and is shown on its own.
	 */
	private static void importAgainstJdbcBatch(ConfigurableApplicationContext app, int users) throws Exception {
		long cold = timeImport(app, csv(users, "cold-" + UUID.randomUUID(), false), false);
		long ours = timeImport(app, csv(users, "shared-" + UUID.randomUUID(), false), false);
		long floor = jdbcBatchInsert(app.getBean(DataSource.class), users);
		print("import_" + users + "_users_shared_password_ms", ours / 1_000_000.0);
		print("jdbc_batch_insert_" + users + "_users_ms", floor / 1_000_000.0);
		print("import_vs_jdbc_batch (goal <= 3, district goal <= 2)", (double) ours / floor);
		print("first_import_" + users + "_users_in_a_fresh_jvm_ms", cold / 1_000_000.0);
		print("first_import_vs_jdbc_batch", (double) cold / floor);
	}

	/**
	 * (c) An import with a password per row against the time the hashing alone needs on all cores.
	 */
	private static void importAgainstHashingFloor(ConfigurableApplicationContext app, int users) throws Exception {
		PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
		long oneHash = median(() -> encoder.encode("One-Benchmark-Password-" + System.nanoTime()).length(), 30, 31);
		int cores = Runtime.getRuntime().availableProcessors();
		double floor = (double) users * oneHash / cores;
		long parallel = parallelHashing(encoder, users, cores);
		long ours = timeImport(app, csv(users, "hashed-" + UUID.randomUUID(), true), true);
		print("one_hash_ms (Argon2id m=19 MiB, t=2, p=1)", oneHash / 1_000_000.0);
		print("cores", cores);
		print("hashing_floor_" + users + "_users_ms", floor / 1_000_000.0);
		print("parallel_hashing_" + users + "_passwords_on_" + cores + "_threads_ms", parallel / 1_000_000.0);
		print("parallel_hashing_vs_hashing_floor", parallel / floor);
		print("import_" + users + "_users_row_passwords_ms", ours / 1_000_000.0);
		print("import_vs_hashing_floor (goal <= 1.15, district goal <= 1.1)", ours / floor);
		print("import_vs_parallel_hashing", (double) ours / parallel);
	}

	/**
	 * Hashing alone, the same number of passwords on as many threads as cores: what the floor
	 * would be if the cores scaled perfectly shows here as the ratio to it.
	 */
	private static long parallelHashing(PasswordEncoder encoder, int passwords, int cores) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(cores);
		try {
			long start = System.nanoTime();
			List<Future<String>> hashes = new ArrayList<>();
			for (int i = 0; i < passwords; i++) {
				String password = "Parallel-Benchmark-" + i;
				hashes.add(pool.submit(() -> encoder.encode(password)));
			}
			for (Future<String> hash : hashes) {
				hash.get();
			}
			return System.nanoTime() - start;
		}
		finally {
			pool.shutdown();
		}
	}

	private static long timeImport(ConfigurableApplicationContext app, byte[] file, boolean rowPasswords)
			throws InterruptedException {
		ImportDrafts imports = app.getBean(ImportDrafts.class);
		ImportQueue queue = app.getBean(ImportQueue.class);
		ImportReports reports = app.getBean(ImportReports.class);
		SignedInUser admin = (SignedInUser) app.getBean(UserDetailsService.class).loadUserByUsername(Api.SYSADMIN);
		long group = DemoGroups.id(app.getBean(JdbcClient.class), "Staff");
		UUID id = imports.upload(admin, "bench.csv", file, null, null, null).id();
		imports.setOptions(admin, id, new ImportOptions(group, null, false, false, false, List.of()));
		// The rows are staged when the mapping is saved, so the import is timed from there.
		long start = System.nanoTime();
		imports.map(admin, id, new ColumnMapping("Name", null, null, "Email", "Tags", rowPasswords ? "Password" : null),
				rowPasswords ? null : "Benchmark-Shared-1");
		print("  of_which_map_and_stage_" + file.length / 1024 + "_kb_ms", (System.nanoTime() - start) / 1_000_000.0);
		long verify = System.nanoTime();
		queue.start(admin, id);
		print("  of_which_verify_and_start_ms", (System.nanoTime() - verify) / 1_000_000.0);
		while (!reports.summary(admin, id).status().isFinished()) {
			Thread.sleep(20);
		}
		return System.nanoTime() - start;
	}

	private static long jdbcBatchInsert(DataSource dataSource, int users) throws Exception {
		String prefix = "floor-" + UUID.randomUUID();
		try (Connection connection = dataSource.getConnection()) {
			long organization = JdbcClient.create(dataSource).sql("SELECT id FROM organization WHERE name = 'Demo School'")
				.query(Long.class).single();
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO users (organization_id, full_name, email, email_key, role, status, password_hash,
					                   created_at) VALUES (?, ?, ?, ?, 'USER', 'ACTIVE', ?, ?)""")) {
				for (int i = 0; i < users; i++) {
					String email = prefix + "-" + i + "@example.org";
					insert.setLong(1, organization);
					insert.setString(2, "Student " + i);
					insert.setString(3, email);
					insert.setString(4, email);
					insert.setString(5, "{argon2}shared-hash");
					insert.setTimestamp(6, Timestamp.from(Instant.now()));
					insert.addBatch();
					if (i % 1_000 == 999) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			connection.commit();
			return System.nanoTime() - start;
		}
	}

	static byte[] csv(int rows, String prefix, boolean passwords) {
		StringBuilder csv = new StringBuilder(passwords ? "Name,Email,Tags,Password\n" : "Name,Email,Tags\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Student ").append(i).append(',').append(prefix).append('-').append(i).append("@example.org,year-")
				.append(i % 12 + 1);
			if (passwords) {
				csv.append(",Row-Password-").append(i).append("-x");
			}
			csv.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static long median(LongSupplier work) {
		return median(work, WARMUPS, RUNS);
	}

	/**
	 * The median time of {@code runs} runs after {@code warmups} unmeasured ones; a single hash
	 * gets more of both, because the application's start still competes for the cores.
	 */
	private static long median(LongSupplier work, int warmups, int runs) {
		for (int i = 0; i < warmups; i++) {
			work.getAsLong();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.getAsLong();
			times.add(System.nanoTime() - start);
		}
		Collections.sort(times);
		return times.get(runs / 2);
	}

	private static int intArg(String[] args, String name, int fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return Integer.parseInt(arg.substring(name.length() + 3));
			}
		}
		return fallback;
	}

	private static void print(String name, double value) {
		System.out.printf("%s: %.2f%n", name, value);
	}

}
