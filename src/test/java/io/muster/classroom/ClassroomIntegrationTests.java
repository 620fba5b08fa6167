package io.muster.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.demo.google.GoogleEmulator;
import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.WebSession;
import io.muster.support.LocalServers;
import io.muster.support.ImportWait;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole Classroom source against the local Google emulator over HTTP, as an administrator's
 * browser and Muster's server talk to Google: authorize, choose classes, preview, import, the
 * completion email, Sign in with Google, and every way authorizing can go wrong.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.google.retry-delay=5ms" })
class ClassroomIntegrationTests {

	private static final String PUPILS = "@students.demo-school.test";


	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			LocalServers.smtp())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> smtp.getSmtp().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	GoogleEmulator google;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void forgetConnections() {
		jdbc.sql("DELETE FROM google_connection").update();
		google.reset();
	}

	@Test
	void anAdministratorConnectsChoosesClassesAndImportsTheirStudents() throws Exception {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> options = admin.authorizeClassroom(Api.ADMIN, List.of(), "allow");

		assertThat(options.uri().getPath()).isEqualTo("/imports/new/classroom");
		assertThat(options.body()).contains("authorized the Google Classroom integration as admin@demo-school.test")
			.contains("7A Biology (Class 7A)", "7B Mathematics (Class 7B)")
			.doesNotContain("Chess Club", "8C Physics");
		Map<String, String> asked = google.lastAuthorizationRequest().orElseThrow().parameters();
		assertThat(asked).containsEntry("code_challenge_method", "S256").containsKey("code_challenge")
			.containsKey("state").containsEntry("access_type", "offline").containsEntry("include_granted_scopes", "true")
			.containsEntry("login_hint", Api.ADMIN);
		assertThat(asked.get("scope")).contains("classroom.courses.readonly", "classroom.rosters.readonly",
				"classroom.profile.emails", "openid", "email", "profile");

		HttpResponse<String> staged = admin.submit(options, "/imports/new/classroom",
				Map.of("courseIds", List.of("700000000001", "700000000002"), "groupId", List.of(groupId("Class 7A")),
						"defaultPassword", List.of("Classroom-Start-2026"), "tags", List.of("Term 1"),
						"tagPerClass", List.of("true")));
		String location = staged.headers().firstValue("Location").orElseThrow();
		assertThat(location).as(staged.body()).matches(".*/imports/[0-9a-f-]{36}/verify");
		String id = location.replaceAll(".*/imports/([0-9a-f-]{36})/verify", "$1");
		assertThat(admin.open(location).body()).doesNotContain("your file");

		JsonNode rows = json.readTree(Api.as(port, Api.ADMIN).get().uri("/api/v1/imports/" + id + "/rows").exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody());
		assertThat(rows).hasSize(13);
		assertThat(row(rows, "mia.muller" + PUPILS).path("valid").asBoolean()).isTrue();
		assertThat(row(rows, "mia.muller" + PUPILS).path("name").asString()).isEqualTo("Mia Müller");
		assertThat(texts(row(rows, "mia.muller" + PUPILS).path("tags"))).containsExactly("Term 1",
				"7A Biology (Class 7A)", "7B Mathematics (Class 7B)");
		assertThat(texts(row(rows, Api.USER).path("reasons"))).containsExactly("Already has an account.");
		assertThat(texts(row(rows, "leo.fischer" + PUPILS).path("reasons")))
			.singleElement().asString().startsWith("Only invited to 7A Biology (Class 7A), not joined yet");
		assertThat(rows.valueStream().filter(row -> row.path("valid").asBoolean()).count()).isEqualTo(10);

		Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + id + "/start").exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
		assertThat(summary(id).path("created").asInt()).isEqualTo(10);
		assertThat(summary(id).path("skipped").asInt()).isEqualTo(3);
		assertThat(summary(id).path("source").asString()).isEqualTo("CLASSROOM");
		assertThat(admin.open("/imports/" + id).body()).contains("Start another import").doesNotContain("Import another file");

		await().atMost(Duration.ofSeconds(20)).until(() -> completionMail() != null);
		assertThat(GreenMailUtil.getBody(completionMail())).contains("Already has an account",
				"Only invited to 7A Biology", "leo.fischer" + PUPILS, "sofia.rossi" + PUPILS);

		HttpResponse<String> home = new WebSession(port).signInWithGoogle("mia.muller" + PUPILS);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Mia Müller");
	}

	@Test
	void aGoogleAccountWithAnotherEmailIsRefusedAndNothingIsKept() {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> page = admin.authorizeClassroom("alex.admin.home@gmail.test", List.of(), "allow");

		assertThat(page.body()).contains("You chose the Google account alex.admin.home@gmail.test, but your Muster "
				+ "email address is admin@demo-school.test").contains("Change my Email Address");
		assertThat(connections()).isZero();
		assertThat(google.revokedTokens()).isNotEmpty();
	}

	@Test
	void anUntickedScopeIsNamedAndNothingIsKept() {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> page = admin.authorizeClassroom(Api.ADMIN,
				List.of("https://www.googleapis.com/auth/classroom.profile.emails"), "allow");

		assertThat(page.body()).contains("Muster could not read email addresses, so it cannot create accounts.")
			.contains("tick every box")
			.doesNotContain("could not see your classes");
		assertThat(connections()).isZero();
	}

	@Test
	void cancellingAtGoogleSaysSo() {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> page = admin.authorizeClassroom(Api.ADMIN, List.of(), "cancel");

		assertThat(page.body()).contains("You did not allow Muster to read your Google Classroom");
		assertThat(connections()).isZero();
	}

	@Test
	void tokensAreStoredEncryptedAndDisconnectRevokesThem() {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		admin.authorizeClassroom(Api.ADMIN, List.of(), "allow");
		byte[] stored = jdbc.sql("SELECT access_token FROM google_connection").query(byte[].class).single();
		byte[] storedRefresh = jdbc.sql("SELECT refresh_token FROM google_connection").query(byte[].class).single();

		HttpResponse<String> page = admin.submit(admin.open("/imports/new/classroom"), "/classroom/disconnect", Map.of());
		assertThat(admin.follow(page).body()).contains("Disconnected");

		assertThat(connections()).isZero();
		String revoked = google.revokedTokens().iterator().next();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1) + new String(storedRefresh, StandardCharsets.ISO_8859_1))
			.doesNotContain(revoked);
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/connection").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.connected").isEqualTo(false);
	}

	@Test
	void anExpiredAccessTokenIsRefreshedAndARevokedGrantAsksToAuthorizeAgain() {
		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).authorizeClassroom(Api.ADMIN, List.of(), "allow");

		google.expireAccessTokens();
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/courses").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(2);

		google.revokeAll();
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/courses").exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
				.contains("Authorize the Google Classroom integration again"));
		assertThat(connections()).isZero();
	}

	@Test
	void passingTroubleAtGoogleIsRetriedAndLastingTroubleIsReported() {
		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).authorizeClassroom(Api.ADMIN, List.of(), "allow");

		google.failNext(503, 2);
		google.failNext(429, 1);
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/courses").exchange().expectStatus().isOk();

		google.failNext(500, 20);
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/courses").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
				.contains("did not answer after 4 tries (HTTP 500)"));
	}

	@Test
	void aStudentWhoseProfileGoogleHidesIsARowWithAReasonNotAFailedRead() throws Exception {
		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).authorizeClassroom(Api.ADMIN, List.of(), "allow");
		google.hideProfilesOf("leo.fischer" + PUPILS);
		String id = json.readTree(Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/classroom")
			.body(Map.of("courseIds", List.of("700000000001"), "groupId", groupId("Class 7A"), "defaultPassword",
					"Classroom-Start-2026"))
			.exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody()).path("id").asString();
		JsonNode rows = json.readTree(Api.as(port, Api.ADMIN).get().uri("/api/v1/imports/" + id + "/rows").exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody());
		JsonNode hidden = rows.valueStream().filter(row -> !row.path("valid").asBoolean()
				&& row.path("email").asString().isEmpty()).findFirst().orElseThrow();
		assertThat(texts(hidden.path("reasons"))).anySatisfy(reason -> assertThat(reason)
			.startsWith("Google does not show this student's email address yet (invited to 7A Biology (Class 7A)"));
		assertThat(rows.valueStream().map(row -> row.path("email").asString())).contains("mia.muller" + PUPILS)
			.doesNotContain("leo.fischer" + PUPILS);
	}

	@Test
	void optionsAreCheckedBeforeAnythingIsStaged() {
		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).authorizeClassroom(Api.ADMIN, List.of(), "allow");
		long before = jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single();

		stage(Map.of("courseIds", List.of(), "groupId", groupId("Class 7A"), "defaultPassword", "Classroom-Start-2026"),
				"courseIds", "Choose at least one class");
		stage(Map.of("courseIds", List.of("700000000001"), "groupId", groupId("Class 7A"), "defaultPassword", "short"),
				"defaultPassword", "");
		stage(Map.of("courseIds", List.of("700000000001"), "groupId", groupId("Class 7A")), "defaultPassword",
				"Type a default password");
		stage(Map.of("courseIds", List.of("700000000004"), "groupId", groupId("Class 7A"), "defaultPassword",
				"Classroom-Start-2026"), "courseIds", "You do not teach an active class with the id 700000000004");
		stage(Map.of("courseIds", List.of("700000000004"), "groupId", groupId("Class 7A"), "generatePasswords", true),
				"courseIds", "You do not teach an active class with the id 700000000004");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single()).isEqualTo(before);
		Api.as(port, Api.USER).get().uri("/api/v1/classroom/courses").exchange().expectStatus().isForbidden();
	}

	@Test
	void classroomSwitchedOffForTheGoogleAccountIsSaidInWords() {
		long school = jdbc.sql("SELECT id FROM organization WHERE name = 'Demo School'").query(Long.class).single();
		long staff = DemoGroups.id(jdbc, "Staff");
		directory.createUser(new NewUser(school, PersonName.full("Nora Noclass"), "no-classroom@demo-school.test",
				Role.ADMIN, staff, Set.of(), Api.DEMO_PASSWORD));

		HttpResponse<String> page = new WebSession(port).signIn("no-classroom@demo-school.test", Api.DEMO_PASSWORD)
			.authorizeClassroom("no-classroom@demo-school.test", List.of(), "allow");

		assertThat(page.body()).as(page.statusCode() + " " + page.uri()).contains("Google Classroom is switched off for this Google account")
			.contains("import it as a CSV file");
	}

	@Test
	void theOptionsPageShowsAProblemNextToItsField() {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> options = admin.authorizeClassroom(Api.ADMIN, List.of(), "allow");

		HttpResponse<String> again = admin.submit(options, "/imports/new/classroom",
				Map.of("groupId", List.of(groupId("Class 7A")), "defaultPassword", List.of("Classroom-Start-2026")));

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).containsPattern("id=\"courseIds-error\"[^>]*>Choose at least one class to import.<");
	}

	@Test
	void aGoogleAccountWithoutAMusterAccountCannotSignIn() {
		long users = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
		HttpResponse<String> page = new WebSession(port).signInWithGoogle("olga.ivanova" + PUPILS);

		assertThat(page.uri().getPath()).isEqualTo("/login/google/no-account");
		assertThat(page.body()).contains("No active Muster account uses olga.ivanova" + PUPILS);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(users);
	}

	@Test
	void anExistingUserSignsInWithGoogle() {
		HttpResponse<String> home = new WebSession(port).signInWithGoogle(Api.USER);

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Uma User");
	}

	@Test
	void connectingAndDisconnectingAreLogged() {
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		admin.authorizeClassroom(Api.ADMIN, List.of(), "allow");
		admin.follow(admin.submit(admin.open("/imports/new/classroom"), "/classroom/disconnect", Map.of()));

		WebSession sysadmin = new WebSession(port).signIn(Api.SYSADMIN, Api.DEMO_PASSWORD);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sysadmin.get("/audit").body())
			.contains("Connected Google Classroom as " + Api.ADMIN, "Disconnected Google Classroom (" + Api.ADMIN + ")"));
	}

	@Test
	void noSessionKeepsAPasswordHash() {
		new WebSession(port).signInWithGoogle(Api.USER);
		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).open("/account");

		List<String> emails = List.of(Api.USER, Api.ADMIN);
		List<String> people = jdbc.sql("SELECT id FROM users WHERE email_key IN (:emails)").param("emails", emails)
			.query(Long.class).list().stream().map(id -> "user:" + id).toList();
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT principal_name) FROM spring_session WHERE principal_name IN (:people)")
			.param("people", people).query(Long.class).single()).as("both signed in").isEqualTo(2);
		String stored = jdbc.sql("""
				SELECT a.attribute_bytes FROM spring_session_attributes a
				JOIN spring_session s ON s.primary_id = a.session_primary_id
				WHERE s.principal_name IN (:people)""")
			.param("people", people).query(byte[].class).list().stream()
			.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).reduce("", String::concat);
		List<String> hashes = jdbc.sql("SELECT password_hash FROM users WHERE email_key IN (:emails)")
			.param("emails", emails).query(String.class).list();
		assertThat(hashes).hasSize(2).allSatisfy(hash -> assertThat(stored).doesNotContain(hash.substring(hash.lastIndexOf('$') + 1)));
	}

	private void stage(Map<String, Object> choice, String field, String detail) {
		Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/classroom").body(choice).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo(field)
			.jsonPath("$.detail").value(text -> assertThat(text.toString()).contains(detail));
	}

	private JsonNode summary(String id) {
		return json.readTree(Api.as(port, Api.ADMIN).get().uri("/api/v1/imports/" + id).exchange()
			.returnResult(String.class).getResponseBody());
	}

	private String groupId(String name) {
		JsonNode groups = json.readTree(Api.as(port, Api.ADMIN).get().uri("/api/v1/groups").exchange()
			.returnResult(String.class).getResponseBody());
		return groups.valueStream().filter(group -> name.equals(group.path("name").asString())).findFirst()
			.orElseThrow().path("id").asString();
	}

	private long connections() {
		return jdbc.sql("SELECT COUNT(*) FROM google_connection").query(Long.class).single();
	}

	private static JsonNode row(JsonNode rows, String email) {
		return rows.valueStream().filter(row -> email.equals(row.path("email").asString())).findFirst().orElseThrow();
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static MimeMessage completionMail() {
		return List.of(smtp.getReceivedMessages()).stream()
			.filter(message -> GreenMailUtil.getBody(message).contains("Google Classroom"))
			.findFirst().orElse(null);
	}

}
