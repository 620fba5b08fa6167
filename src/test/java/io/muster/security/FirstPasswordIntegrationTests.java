package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;
import io.muster.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Ask for a new password at first sign-in", over HTTP as browsers and scripts meet it: who gets
 * asked (Add a user, a reset, imports with their defaults), the page that asks and what stays shut
 * until it is answered, the API's refusal, Sign in with Google, and the user list's filter.
 *
 * <p>Its own application context (the property below), since it changes the demo User's password
 * and Google sign-in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.test.context=first-password" })
class FirstPasswordIntegrationTests {

	private static final String GIVEN = "Shared-Start-2026";

	private static final String OWN = "Quiet-Meadow-Lantern-58";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aPersonAddedWithTheOptionChoosesTheirOwnPasswordBeforeAnythingElseOpens() {
		String email = unique("added");
		JsonNode added = addUser(email, true);
		assertThat(added.path("mustChoosePassword").asBoolean()).isTrue();
		WebSession elsewhere = new WebSession(port).signIn(email, GIVEN);

		WebSession browser = new WebSession(port);
		HttpResponse<String> login = browser.get("/login");
		HttpResponse<String> signedIn = browser.submit(login, "/login",
				Map.of("email", List.of(email), "password", List.of(GIVEN)));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/password/choose");
		HttpResponse<String> home = browser.open("/");
		assertThat(home.uri().getPath()).isEqualTo("/password/choose");
		assertThat(home.body()).contains("Choose your own password", "<label for=\"password\">Your new password</label>");
		assertThat(browser.open("/account").uri().getPath()).isEqualTo("/password/choose");
		assertThat(browser.get("/css/muster.css").statusCode()).isEqualTo(200);
		assertThat(browser.getPart("/account").headers().firstValue("HX-Redirect")).hasValue("/password/choose");

		HttpResponse<String> same = browser.submit(home, "/password/choose", Map.of("password", List.of(GIVEN)));
		assertThat(same.body()).contains("This is the password you signed in with; choose a different one.",
				"aria-describedby=\"password-rules password-error\"");
		HttpResponse<String> tooShort = browser.submit(same, "/password/choose", Map.of("password", List.of("short")));
		assertThat(tooShort.body()).contains("Password is too short");
		HttpResponse<String> chosen = browser.submit(tooShort, "/password/choose", Map.of("password", List.of(OWN)));
		assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/");
		HttpResponse<String> landed = browser.follow(chosen);
		assertThat(landed.uri().getPath()).isEqualTo("/");
		assertThat(landed.body()).contains("Your own password is set.");
		assertThat(browser.open("/account").uri().getPath()).isEqualTo("/account");

		assertThat(elsewhere.open("/").uri().getPath()).as("the other session ended").isEqualTo("/login");
		assertThat(user(email).path("mustChoosePassword").asBoolean()).isFalse();
		Api.as(port, email, OWN).get().uri("/api/v1/me").exchange().expectStatus().isOk();
	}

	@Test
	void withoutTheOptionAnAddedPersonGoesStraightHomeAndCannotSetAPasswordWithoutTheCurrentOne() {
		String email = unique("plain");
		assertThat(addUser(email, false).path("mustChoosePassword").asBoolean()).isFalse();
		WebSession browser = new WebSession(port).signIn(email, GIVEN);
		assertThat(browser.open("/").uri().getPath()).isEqualTo("/");
		assertThat(browser.open("/password/choose").uri().getPath()).isEqualTo("/");
		HttpResponse<String> account = browser.open("/account");
		HttpResponse<String> refused = browser.post("/password/choose",
				Map.of("password", List.of(OWN), "_csrf", List.of(csrf(account))));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/");
		Api.as(port, email, GIVEN).get().uri("/api/v1/me").exchange().expectStatus().isOk();
	}

	@Test
	void theApiRefusesSuchAPersonByPasswordSayingWhatToDo() {
		String email = unique("script");
		addUser(email, true);
		JsonNode refused = read(Api.as(port, email, GIVEN).get().uri("/api/v1/me").exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(refused.path("title").asString()).isEqualTo("Choose your own password first");
		assertThat(refused.path("detail").asString())
			.contains("Sign in on the sign-in page with it, choose a password of your own");
	}

	@Test
	void aResetWithTheOptionAsksAndStopsThePersonsTokensUntilTheyHaveChosen() {
		String email = unique("token");
		long id = addUser(email, false).path("id").asLong();
		String token = read(Api.as(port, email, GIVEN).post().uri("/api/v1/me/tokens")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "nightly", "days", 30)).exchange()
			.expectStatus().isCreated()).path("token").asString();
		RestTestClient script = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + token).defaultHeader("Accept-Language", "de").build();
		script.get().uri("/api/v1/me").exchange().expectStatus().isOk();

		Api.as(port, Api.SYSADMIN).post().uri("/api/v1/users/{id}/password-reset", id)
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("askNewPassword", true)).exchange()
			.expectStatus().isOk();
		assertThat(user(email).path("mustChoosePassword").asBoolean()).isTrue();

		JsonNode refused = read(script.get().uri("/api/v1/me").exchange().expectStatus().isForbidden());
		assertThat(refused.path("title").asString()).isEqualTo("Zuerst ein eigenes Passwort wählen");
		assertThat(refused.path("detail").asString()).contains("wählen Sie ein eigenes Passwort");
	}

	@Test
	void aResetWithoutTheOptionDoesNotAsk() {
		String email = unique("reset");
		long id = addUser(email, true).path("id").asLong();
		Api.as(port, Api.SYSADMIN).post().uri("/api/v1/users/{id}/password-reset", id).exchange()
			.expectStatus().isOk();
		assertThat(user(email).path("mustChoosePassword").asBoolean()).isFalse();
	}

	@Test
	void signInWithGoogleIsNotAsked() {
		long uma = user(Api.USER).path("id").asLong();
		Api.as(port, Api.SYSADMIN).post().uri("/api/v1/users/{id}/password-reset", uma)
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("askNewPassword", true)).exchange()
			.expectStatus().isOk();
		assertThat(user(Api.USER).path("mustChoosePassword").asBoolean()).isTrue();

		HttpResponse<String> home = new WebSession(port).signInWithGoogle(Api.USER);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).doesNotContain("Choose your own password");
	}

	@Test
	void anImportWithOnePasswordForEveryoneAsksByDefaultAndOneWithAPasswordColumnDoesNot() {
		String shared = unique("shared");
		importCsv("Name,Email\nSam Shared," + shared + "\n",
				Map.of("fullName", "Name", "email", "Email", "defaultPassword", GIVEN), Map.of());
		assertThat(user(shared).path("mustChoosePassword").asBoolean()).isTrue();
		WebSession student = new WebSession(port).signIn(shared, GIVEN);
		HttpResponse<String> choice = student.submit(student.open("/"), "/password/choose",
				Map.of("password", List.of(OWN)));
		assertThat(choice.headers().firstValue("Location").orElseThrow()).as("an imported account saves too")
			.endsWith("/");

		String own = unique("own");
		importCsv("Name,Email,Password\nOlga Own," + own + "," + OWN + "\n",
				Map.of("fullName", "Name", "email", "Email", "password", "Password"), Map.of());
		assertThat(user(own).path("mustChoosePassword").asBoolean()).isFalse();

		String chosen = unique("chosen");
		importCsv("Name,Email,Password\nCora Chosen," + chosen + "," + OWN + "\n",
				Map.of("fullName", "Name", "email", "Email", "password", "Password"), Map.of("askNewPassword", true));
		assertThat(user(chosen).path("mustChoosePassword").asBoolean()).isTrue();

		String notAsked = unique("unasked");
		importCsv("Name,Email\nUli Unasked," + notAsked + "\n",
				Map.of("fullName", "Name", "email", "Email", "defaultPassword", GIVEN), Map.of("askNewPassword", false));
		assertThat(user(notAsked).path("mustChoosePassword").asBoolean()).isFalse();
	}

	@Test
	void anImportThatUpdatesPasswordsWithTheOptionMakesTheirOwnersChoose() {
		String email = unique("updated");
		addUser(email, false);
		importCsv("Name,Email,Password\nUdo Updated," + email + "," + OWN + "\n",
				Map.of("fullName", "Name", "email", "Email", "password", "Password"),
				Map.of("updatePasswords", true, "askNewPassword", true));
		assertThat(user(email).path("mustChoosePassword").asBoolean()).isTrue();
		WebSession browser = new WebSession(port).signIn(email, OWN);
		assertThat(browser.open("/").uri().getPath()).isEqualTo("/password/choose");
	}

	@Test
	void theUserListFiltersThoseWhoMustChooseAndTheUserPageSaysSo() {
		String asked = unique("listed");
		long id = addUser(asked, true).path("id").asLong();
		String notAsked = unique("unlisted");
		addUser(notAsked, false);
		RestTestClient sysadmin = Api.as(port, Api.SYSADMIN);

		String mustChoose = sysadmin.get().uri("/api/v1/users?mustChoosePassword=true&size=200").exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody();
		assertThat(mustChoose).contains(asked).doesNotContain(notAsked, Api.SYSADMIN);
		String others = sysadmin.get().uri("/api/v1/users?mustChoosePassword=false&size=200").exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody();
		assertThat(others).contains(notAsked).doesNotContain(asked);

		WebSession page = new WebSession(port).signIn(Api.SYSADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> list = page.open("/users?mustChoosePassword=true");
		assertThat(list.body()).contains(asked, "Must choose a password", "<option value=\"true\" selected=\"selected\">Yes</option>")
			.doesNotContain(notAsked);
		assertThat(page.open("/users/" + id).body()).contains("Chooses a new password at the next sign-in with a password.");
	}

	@Test
	void addAUserAndTheResetOfferTheOptionTickedAndKeepWhatWasTyped() {
		WebSession page = new WebSession(port).signIn(Api.SYSADMIN, Api.DEMO_PASSWORD);
		HttpResponse<String> form = page.open("/users/new");
		assertThat(form.body()).containsPattern("name=\"askNewPassword\"[^>]*checked")
			.contains("Ask for a new password at first sign-in");
		HttpResponse<String> refused = page.submit(form, "/users", Map.of("fullName", List.of("Tina Typed"),
				"email", List.of("not-an-address"), "password", List.of(GIVEN)));
		assertThat(refused.body()).contains("value=\"Tina Typed\"").doesNotContainPattern("name=\"askNewPassword\"[^>]*checked");

		String email = unique("paged");
		HttpResponse<String> created = page.submit(form, "/users", Map.of("fullName", List.of("Petra Paged"),
				"email", List.of(email), "password", List.of(GIVEN), "askNewPassword", List.of("true")));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(user(email).path("mustChoosePassword").asBoolean()).isTrue();

		String other = unique("reset.page");
		addUser(other, false);
		HttpResponse<String> userPage = page.open("/users/" + user(other).path("id").asLong());
		assertThat(userPage.body()).containsPattern("name=\"askNewPassword\"[^>]*checked");
		HttpResponse<String> oneTime = page.submit(userPage, "/password-reset", Map.of("askNewPassword", List.of("true")));
		assertThat(oneTime.body()).contains("chooses a password of their own at the first sign-in with this one.");
		String password = oneTime.body().replaceAll("(?s).*id=\"one-time-password\"[^>]*value=\"([^\"]+)\".*", "$1");
		assertThat(new WebSession(port).signIn(other, password).open("/").uri().getPath()).isEqualTo("/password/choose");
	}

	private JsonNode addUser(String email, boolean askNewPassword) {
		return read(Api.as(port, Api.SYSADMIN).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("fullName", "Pat " + email.substring(0, 6), "email", email, "groupId",
					DemoGroups.id(jdbc, "Class 7A"), "password", GIVEN, "askNewPassword", askNewPassword))
			.exchange()
			.expectStatus().isCreated());
	}

	private JsonNode user(String email) {
		JsonNode found = read(Api.as(port, Api.SYSADMIN).get().uri("/api/v1/users?email={email}", email).exchange()
			.expectStatus().isOk());
		assertThat(found).as(email).hasSize(1);
		return found.get(0);
	}

	private void importCsv(String csv, Map<String, ?> mapping, Map<String, ?> options) {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "class.csv";
			}
		});
		String id = read(admin.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange().expectStatus().isCreated()).path("id").asString();
		admin.put().uri("/api/v1/imports/{id}/mapping", id).contentType(MediaType.APPLICATION_JSON).body(mapping)
			.exchange().expectStatus().isOk();
		Map<String, Object> chosen = new HashMap<>(options);
		chosen.put("groupId", DemoGroups.id(jdbc, "Class 7A"));
		admin.put().uri("/api/v1/imports/{id}/options", id).contentType(MediaType.APPLICATION_JSON).body(chosen)
			.exchange().expectStatus().isOk();
		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
	}

	private JsonNode read(RestTestClient.ResponseSpec response) {
		return json.readTree(response.returnResult(String.class).getResponseBody());
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String unique(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
