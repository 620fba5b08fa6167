package io.muster.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.muster.TestDatabase;
import io.muster.support.Api;
import io.muster.support.Node;

/**
 * The first week of term: 50 administrators at once each take a 100-row file through upload,
 * mapping, options, verification and start, and follow its progress to the end, while 200 people
 * sign in with the form. Runs the packaged application on a fresh PostgreSQL database; run with
 * {@code bench/run --load}. Passes only with no failed request and every import completed.
 *
 * <p>The administrators' calls sign in with a personal API token each, or with HTTP Basic when the
 * system property {@code muster.load.auth} is {@code basic}: {@code bench/run --load} runs both,
 * one after the other, so that the two ways compare within one run.
 */
public class ImportLoadSimulation extends Simulation {

	static final int ADMINISTRATORS = 50;

	static final int SIGN_INS = 200;

	static final int ROWS = 100;

	// Half a second apart: an import not done within five minutes fails the run instead of holding it.
	private static final int MAX_POLLS = 600;

	private static final String PASSWORD = "Load-Test-Pass-2026";

	private static final boolean BASIC = "basic".equals(System.getProperty("muster.load.auth"));

	private final Node node;

	private final JdbcClient database;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	public ImportLoadSimulation() throws Exception {
		Path jar = Node.packagedJar().orElseThrow(() -> new IllegalStateException("Build the jar first: mvn package"));
		System.setProperty("muster.test.database", "postgresql");
		Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
		properties.put("muster.import.staging-key", TestDatabase.STAGING_KEY);
		properties.put("muster.demo.password", Api.DEMO_PASSWORD);
		properties.put("logging.level.root", "WARN");
		properties.put("db-scheduler.polling-interval", "500ms");
		node = Node.start("load", jar, properties, List.of("-Xmx1g"));
		database = JdbcClient.create(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
				"postgres", ""));
		List<Map<String, Object>> administrators = people();

		HttpProtocolBuilder protocol = http.baseUrl(node.url("")).acceptHeader("application/json")
			.disableFollowRedirect().shareConnections();
		ScenarioBuilder importing = scenario("administrators").feed(listFeeder(administrators).queue())
			.exec(importAFile());
		ScenarioBuilder signingIn = scenario("sign-ins").feed(listFeeder(signers()).queue()).exec(signIn());
		setUp(importing.injectOpen(atOnceUsers(ADMINISTRATORS)), signingIn.injectOpen(atOnceUsers(SIGN_INS)))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	private ChainBuilder importAFile() {
		return exec(signedIn(http("1 upload").post("/api/v1/imports"))
				.bodyPart(ByteArrayBodyPart("file", session -> csv(session.getString("email")))
					.fileName("class.csv").contentType("text/csv"))
				.asMultipartForm()
				.check(status().is(201), jsonPath("$.id").saveAs("id")))
			.exec(signedIn(http("2 mapping").put("/api/v1/imports/#{id}/mapping"))
				.body(StringBody(
						"{\"fullName\":\"Name\",\"email\":\"Email\",\"defaultPassword\":\"Class-Start-2026\"}"))
				.asJson().check(status().is(200)))
			.exec(signedIn(http("3 options").put("/api/v1/imports/#{id}/options"))
				.body(StringBody("{\"groupId\":#{groupId}}")).asJson()
				.check(status().is(200)))
			.exec(signedIn(http("4 verify rows").get("/api/v1/imports/#{id}/rows?size=100"))
				.check(status().is(200), header("X-Total-Count").is(String.valueOf(ROWS))))
			.exec(signedIn(http("5 start").post("/api/v1/imports/#{id}/start"))
				.check(status().is(202)))
			.exec(session -> session.set("status", "QUEUED"))
			.exitHereIfFailed()
			.asLongAs(session -> !session.getString("status").equals("COMPLETED") && session.getInt("polls") < MAX_POLLS,
					"polls", false).on(
					pause(Duration.ofMillis(500))
						.exec(signedIn(http("6 progress").get("/api/v1/imports/#{id}"))
							.check(status().is(200), jsonPath("$.status").in("QUEUED", "RUNNING", "COMPLETED")
								.saveAs("status"))))
			.exec(signedIn(http("7 completed").get("/api/v1/imports/#{id}"))
				.check(jsonPath("$.created").is(String.valueOf(ROWS))));
	}

	private static HttpRequestActionBuilder signedIn(HttpRequestActionBuilder request) {
		return BASIC ? request.basicAuth("#{email}", PASSWORD) : request.header("Authorization", "Bearer #{token}");
	}

	private ChainBuilder signIn() {
		return exec(http("8 sign-in page").get("/login")
				.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("9 sign in").post("/login").formParam("email", "#{email}").formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").transform(location -> location.contains("error")).is(false)))
			.exec(http("10 home").get("/").check(status().is(200), bodyString().exists()));
	}

	@Override
	public void after() {
		long completed = database.sql("""
				SELECT COUNT(*) FROM import_job WHERE status = 'COMPLETED' AND created = :rows AND file_name = 'class.csv'""")
			.param("rows", ROWS).query(Long.class).single();
		System.out.println("imports_completed: " + completed + " of " + ADMINISTRATORS);
		try {
			node.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (completed != ADMINISTRATORS) {
			throw new IllegalStateException("Only " + completed + " of " + ADMINISTRATORS + " imports completed");
		}
	}

	/**
	 * The administrators (one new group each) and the people who sign in, created through the API
	 * by the System Administrator, a few at a time.
	 */
	private List<Map<String, Object>> people() throws Exception {
		ApiCaller sysadmin = new ApiCaller(node, Api.SYSADMIN, Api.DEMO_PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Map<String, Object>>> administrators = new ArrayList<>();
			for (int i = 0; i < ADMINISTRATORS; i++) {
				int n = i;
				administrators.add(pool.submit(() -> administrator(sysadmin, n)));
			}
			List<Future<?>> users = new ArrayList<>();
			for (int i = 0; i < SIGN_INS; i++) {
				String email = "signer" + i + "-" + run + "@example.org";
				users.add(pool.submit(() -> sysadmin.postJson("/api/v1/users", "{\"fullName\":\"Signer\",\"email\":\""
						+ email + "\",\"groupId\":" + staff() + ",\"password\":\"" + PASSWORD + "\"}", 201)));
			}
			for (Future<?> user : users) {
				user.get();
			}
			List<Map<String, Object>> feed = new ArrayList<>();
			for (Future<Map<String, Object>> administrator : administrators) {
				feed.add(administrator.get());
			}
			return feed;
		}
		finally {
			pool.shutdown();
		}
	}

	private Map<String, Object> administrator(ApiCaller sysadmin, int n) throws Exception {
		long group = ApiCaller.number(sysadmin.postJson("/api/v1/groups",
				"{\"name\":\"Load class " + n + " " + run + "\"}", 201).body(), "id");
		String email = "admin" + n + "-" + run + "@example.org";
		sysadmin.postJson("/api/v1/users", "{\"fullName\":\"Load Admin " + n + "\",\"email\":\"" + email
				+ "\",\"groupId\":" + group + ",\"role\":\"ADMIN\",\"password\":\"" + PASSWORD + "\"}", 201);
		String token = ApiCaller.text(new ApiCaller(node, email, PASSWORD).postJson("/api/v1/me/tokens",
				"{\"name\":\"Load test\",\"days\":30}", 201).body(), "token");
		return Map.of("email", email, "groupId", group, "token", token);
	}

	private List<Map<String, Object>> signers() {
		List<Map<String, Object>> feed = new ArrayList<>();
		for (int i = 0; i < SIGN_INS; i++) {
			feed.add(Map.of("email", "signer" + i + "-" + run + "@example.org"));
		}
		return feed;
	}

	private long staff() {
		return database.sql("SELECT id FROM user_group WHERE name = 'Staff'").query(Long.class).single();
	}

	private static byte[] csv(String administrator) {
		String prefix = administrator.substring(0, administrator.indexOf('@'));
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("Pupil ").append(i).append(',').append(prefix).append("-pupil").append(i).append("@example.org\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
