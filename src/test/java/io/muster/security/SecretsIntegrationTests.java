package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.importing.UploadResult;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.LocalServers;
import io.muster.support.ImportWait;
import io.muster.support.PrintedCards;
import jakarta.mail.internet.MimeMessage;

/**
 * After full imports with per-row passwords, a password for everyone and a password made for each
 * user, none of those passwords is anywhere in plain text: not in any table (before the sign-in cards
 * are downloaded and after), log line, results file or email; the made ones only on the cards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@ExtendWith(OutputCaptureExtension.class)
class SecretsIntegrationTests {

	private static final List<String> ROW_PASSWORDS = List.of("Sunflower-42", "Riverbed-17", "Lantern-88");

	private static final String DEFAULT_PASSWORD = "Everyone-Secret-77";

	static final GreenMail smtp = new GreenMail(LocalServers.smtp());

	static {
		smtp.start();
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		smtp.stop();
	}

	@Test
	void noPasswordIsKeptOrSentInPlainText(CapturedOutput output) throws Exception {
		RestTestClient admin = Api.as(port, Api.SYSADMIN);
		String perRow = upload(admin, "first-last-tags-password.csv",
				new ClassPathResource("csv/first-last-tags-password.csv").getContentAsByteArray());
		put(admin, perRow, "mapping", Map.of("firstName", "First Name", "lastName", "Last Name", "email", "Email",
				"tags", "Tags", "password", "Password"));
		put(admin, perRow, "options", Map.of("groupId", DemoGroups.id(jdbc, "Class 7B"), "welcomeEmail", true));
		String shared = upload(admin, "staff.csv",
				"Name,Email\nSam Staff,sam.staff@example.org\nKim Staff,kim.staff@example.org\n"
					.getBytes(StandardCharsets.UTF_8));
		put(admin, shared, "mapping", Map.of("fullName", "Name", "email", "Email", "defaultPassword", DEFAULT_PASSWORD));
		put(admin, shared, "options", Map.of("groupId", DemoGroups.id(jdbc, "Staff"), "welcomeEmail", true));
		String made = upload(admin, "class-7a.csv",
				"Name,Email\nMo Made,mo.made@example.org\nLu Made,lu.made@example.org\n".getBytes(StandardCharsets.UTF_8));
		put(admin, made, "options", Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"), "welcomeEmail", true,
				"generatePasswords", true));
		put(admin, made, "mapping", Map.of("fullName", "Name", "email", "Email"));
		for (String id : List.of(perRow, shared, made)) {
			admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		}
		String token = (String) admin.post().uri("/api/v1/me/tokens").body(Map.of("name", "Secrets test", "days", 30))
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("token");
		RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build()
			.get().uri("/api/v1/me").exchange().expectStatus().isOk();
		List<String> places = new ArrayList<>();
		for (String id : List.of(perRow, shared, made)) {
			ImportWait.untilCompleted(jdbc, id);
			places.add(admin.get().uri("/api/v1/imports/{id}/results.csv", id).exchange().expectBody(String.class)
				.returnResult().getResponseBody());
		}
		places.add(databaseDump());
		Map<String, String> printed = PrintedCards.passwordsByEmail(admin.get().uri("/api/v1/imports/{id}/cards", made)
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
		assertThat(printed).containsOnlyKeys("mo.made@example.org", "lu.made@example.org");
		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 10);
		for (MimeMessage message : smtp.getReceivedMessages()) {
			places.add(message.getSubject() + "\n" + GreenMailUtil.getBody(message));
		}
		places.add(databaseDump());
		places.add(output.getAll());

		List<String> secrets = secrets();
		secrets.addAll(printed.values());
		assertThat(places).allSatisfy(place -> {
			for (String password : secrets) {
				assertThat(place).doesNotContain(password);
			}
			assertThat(place).as("an API token").doesNotContain(token);
		});
		assertThat(places.get(0)).contains("maria.garcia@example.org", "CREATED");
		assertThat(places.stream().map(place -> place.replace("=\r\n", "")))
			.as("the report of the import that made passwords says where their cards are")
			.anySatisfy(mail -> assertThat(mail).contains("class-7a.csv", "download their sign-in cards"));
		assertThat(places.get(places.size() - 2)).contains("sam.staff@example.org");
	}

	private static List<String> secrets() {
		List<String> secrets = new ArrayList<>(ROW_PASSWORDS);
		secrets.add(DEFAULT_PASSWORD);
		secrets.add(Api.DEMO_PASSWORD);
		return secrets;
	}

	/**
	 * Every value of every table, text as it is and binary both as bytes read as text and in hex.
	 */
	private String databaseDump() throws SQLException {
		StringBuilder dump = new StringBuilder();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet found = metaData.getTables(null, null, "%", new String[] { "TABLE" })) {
				while (found.next()) {
					String schema = found.getString("TABLE_SCHEM");
					if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema) && !"pg_catalog".equals(schema)) {
						tables.add((schema == null ? "" : quote(schema) + ".") + quote(found.getString("TABLE_NAME")));
					}
				}
			}
			assertThat(tables).as("tables found").hasSizeGreaterThan(8);
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int i = 1; i <= columns; i++) {
							Object value = rows.getObject(i);
							dump.append(value instanceof byte[] bytes
									? new String(bytes, StandardCharsets.UTF_8) + " " + java.util.HexFormat.of().formatHex(bytes)
									: String.valueOf(value)).append('\t');
						}
						dump.append('\n');
					}
				}
			}
		}
		return dump.toString();
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static String upload(RestTestClient admin, String name, byte[] bytes) {
		UploadResult upload = Api.upload(admin, name, bytes).expectStatus().isCreated().expectBody(UploadResult.class)
			.returnResult().getResponseBody();
		return upload.id().toString();
	}

	private static void put(RestTestClient admin, String id, String step, Map<String, ?> body) {
		admin.put().uri("/api/v1/imports/{id}/" + step, id).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isOk();
	}

}
