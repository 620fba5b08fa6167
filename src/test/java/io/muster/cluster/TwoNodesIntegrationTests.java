package io.muster.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.muster.TestDatabase;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.Node;
import io.muster.support.ImportWait;
import io.muster.support.UsesTestDatabase;

/**
 * Two nodes of the packaged application on one PostgreSQL database: a person walks the wizard
 * switching node at every step, and a node killed in the middle of a large import leaves it to the
 * other, which takes it over within what the job engine's default settings promise and finishes it
 * with every row done exactly once.
 */
@UsesTestDatabase
class TwoNodesIntegrationTests {

	/** Room for a loaded machine: two nodes and a build share a few cores. */
	private static final Duration TAKEOVER_GOAL = Duration.ofSeconds(15);

	/** Rows enough that the import is still running when a node dies after its first chunk. */
	private static final int LARGE_IMPORT = 20_000;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private JdbcClient database;

	@Test
	void anyNodeServesAnyStepAndASurvivorFinishesADeadNodesImport() throws Exception {
		assumeTrue(TestDatabase.usePostgresql(), "two nodes need PostgreSQL");
		Path jar = Node.packagedJar().orElse(null);
		assumeTrue(jar != null, "the packaged jar is built in the package phase, before this test");
		Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
		database = JdbcClient.create(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
				"postgres", ""));
		properties.put("muster.import.staging-key", TestDatabase.STAGING_KEY);
		properties.put("muster.demo.password", Api.DEMO_PASSWORD);
		try (Node a = Node.start("node-a", jar, properties); Node b = Node.start("node-b", jar, properties)) {
			String id = walkTheWizard(a, b);
			ImportWait.untilCompleted(database, id);
			assertThat(database.sql("SELECT created FROM import_job WHERE id = :id").param("id", UUID.fromString(id))
				.query(Integer.class).single()).isEqualTo(3);

			crashInTheMiddleOfALargeImport(a, b);
		}
	}

	private String walkTheWizard(Node a, Node b) throws Exception {
		String token = csrf(get(a, "/login"));
		assertThat(post(b, "/login", form(Map.of("email", Api.ADMIN, "password", Api.DEMO_PASSWORD, "_csrf", token)))
			.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		token = csrf(get(a, "/imports/new/csv"));
		HttpResponse<String> upload = send(HttpRequest.newBuilder(URI.create(b.url("/imports/new/csv")))
			.header("Content-Type", "multipart/form-data; boundary=node-boundary")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token))));
		String preview = upload.headers().firstValue("Location").orElseThrow();
		String id = preview.replaceAll(".*/imports/([0-9a-f-]{36})/preview", "$1");
		HttpResponse<String> previewPage = get(a, "/imports/" + id + "/preview");
		assertThat(previewPage.body()).contains("Preview and map your columns", "Ada Node");
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("fields[0]", "fullName");
		choices.put("fields[1]", "email");
		choices.put("oneName", "true");
		choices.put("noTags", "true");
		choices.put("noPassword", "true");
		choices.put("defaultPassword", "Two-Nodes-2026");
		choices.put("groupId", String.valueOf(DemoGroups.id(database, "Class 7A")));
		choices.put("action", "continue");
		choices.put("_csrf", csrf(previewPage));
		assertThat(post(b, "/imports/" + id + "/preview", form(choices)).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/verify"));
		HttpResponse<String> verify = get(a, "/imports/" + id + "/verify");
		assertThat(verify.body()).contains("Verify your data", "3</strong>");
		post(b, "/imports/" + id + "/start", form(Map.of("_csrf", csrf(verify))));
		return id;
	}

	private void crashInTheMiddleOfALargeImport(Node a, Node b) throws Exception {
		database.sql("UPDATE organization SET max_import_users = :rows, max_import_file_bytes = 10485760")
			.param("rows", LARGE_IMPORT).update();
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; i < LARGE_IMPORT; i++) {
			csv.append("Student ").append(i).append(",crash").append(i).append("@example.org\n");
		}
		String id = apiImport(a, csv.toString());
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> processed(id) > 200);
		String runner = database.sql("SELECT picked_by FROM scheduled_tasks WHERE task_instance = :id")
			.param("id", id).query(String.class).optional().orElse(a.name());
		Node dying = runner.equals(b.name()) ? b : a;
		Node survivor = dying == a ? b : a;
		dying.kill();
		Instant death = Instant.now();
		int processedAtDeath = processed(id);
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> survivor.name()
			.equals(database.sql("SELECT COALESCE(picked_by, '') FROM scheduled_tasks WHERE task_instance = :id AND picked")
				.param("id", id).query(String.class).optional().orElse(null)));
		Duration takeover = Duration.between(death, Instant.now());
		Duration promised = longestTakeover();
		System.out.printf("Takeover of the killed node's import: %.1f s (the default settings promise at most %d s)%n",
				takeover.toMillis() / 1000.0, promised.toSeconds());
		assertThat(promised).as("the promise of the default settings").isLessThanOrEqualTo(TAKEOVER_GOAL);
		assertThat(takeover).as("takeover after a crash").isLessThanOrEqualTo(TAKEOVER_GOAL);

		ImportWait.untilCompleted(database, id);
		UUID importId = UUID.fromString(id);
		assertThat(processedAtDeath).as("killed in the middle").isLessThan(LARGE_IMPORT);
		assertThat(database.sql("SELECT COUNT(*) FROM import_row WHERE import_id = :id AND outcome = 'CREATED'")
			.param("id", importId).query(Long.class).single()).isEqualTo(LARGE_IMPORT);
		assertThat(database.sql("SELECT COUNT(*) FROM import_row WHERE import_id = :id AND outcome IS NULL")
			.param("id", importId).query(Long.class).single()).isZero();
		assertThat(database.sql("SELECT COUNT(*) FROM users WHERE email_key LIKE 'crash%@example.org'")
			.query(Long.class).single()).isEqualTo(LARGE_IMPORT);
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> database
			.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '%crash.csv%'").query(Long.class).single() == 1);
	}

	/**
	 * The longest a crashed node's job waits with the default settings: the missed heartbeats, one
	 * round of the dead-job check (every two heartbeat intervals) and one poll.
	 */
	private static Duration longestTakeover() throws IOException {
		Properties defaults = new Properties();
		try (InputStream in = TwoNodesIntegrationTests.class.getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}
		Duration heartbeat = DurationStyle.detectAndParse(defaults.getProperty("db-scheduler.heartbeat-interval"));
		long missed = Long.parseLong(defaults.getProperty("db-scheduler.missed-heartbeats-limit"));
		Duration polling = DurationStyle.detectAndParse(defaults.getProperty("db-scheduler.polling-interval"));
		return heartbeat.multipliedBy(missed + 2).plus(polling);
	}

	private String apiImport(Node node, String csv) throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString((Api.SYSADMIN + ":" + Api.DEMO_PASSWORD)
			.getBytes(StandardCharsets.UTF_8));
		HttpClient api = HttpClient.newHttpClient();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--node-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--node-boundary--\r\n").getBytes(StandardCharsets.UTF_8));
		String created = api.send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/imports"))).header("Authorization", basic)
			.header("Content-Type", "multipart/form-data; boundary=node-boundary")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String id = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		for (Map.Entry<String, String> step : Map.of("mapping",
				"{\"fullName\":\"Name\",\"email\":\"Email\",\"defaultPassword\":\"Crash-Pass-2026\"}", "options",
				"{\"groupId\":" + DemoGroups.id(database, "Class 7A") + "}").entrySet()) {
			HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/imports/" + id + "/"
					+ step.getKey()))).header("Authorization", basic).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(step.getValue())).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		}
		assertThat(api.send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/imports/" + id + "/start")))
			.header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
		return id;
	}

	private byte[] multipart(String token) {
		String body = "--node-boundary\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
				+ "--node-boundary\r\nContent-Disposition: form-data; name=\"separator\"\r\n\r\ncomma\r\n"
				+ "--node-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nodes.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nName,Email\nAda Node,ada.node@example.org\n"
				+ "Bo Node,bo.node@example.org\nCy Node,cy.node@example.org\n\r\n--node-boundary--\r\n";
		return body.getBytes(StandardCharsets.UTF_8);
	}

	private int processed(String id) {
		return database.sql("SELECT processed FROM import_job WHERE id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single();
	}

	private HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(node.url(path))).GET());
		assertThat(page.statusCode()).as(node + " " + path).isEqualTo(200);
		return page;
	}

	private HttpResponse<String> post(Node node, String path, String form) throws IOException, InterruptedException {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(node.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(answer.statusCode()).as(node + " " + path + ": " + answer.body()).isEqualTo(302);
		return answer;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static String form(Map<String, String> values) {
		return values.entrySet().stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
