package io.muster.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.directory.UserSummary;
import io.muster.support.Api;
import io.muster.support.DemoGroups;

/**
 * Personal API tokens as a script meets them: made with the password, used as a bearer token with
 * the owner's current rights, and refused — with a problem saying why — once malformed, unknown,
 * expired, revoked, suspended or demoted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class TokenApiIntegrationTests {

	private static final String PASSWORD = "Token-Owner-Pass-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenMadeWithThePasswordActsAsItsOwnerAndIsShownOnlyOnce() {
		Map<?, ?> made = make(Api.as(port, Api.ADMIN), "Nightly sync", 30);
		String secret = (String) made.get("token");
		assertThat(secret).startsWith("mst_").hasSize(47);
		assertThat(made.get("status")).isEqualTo("ACTIVE");

		bearer(secret).get().uri("/api/v1/me").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.email").isEqualTo(Api.ADMIN);
		bearer(secret).post().uri("/api/v1/groups").body(Map.of("name", "Made by a token")).exchange()
			.expectStatus().isForbidden();
		Api.as(port, Api.ADMIN).get().uri("/api/v1/me/tokens").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.id == " + made.get("id") + ")].name").isEqualTo(java.util.List.of("Nightly sync"))
			.jsonPath("$[?(@.id == " + made.get("id") + ")].lastUsedAt").isNotEmpty()
			.jsonPath("$[*].token").value(tokens -> assertThat((Iterable<?>) tokens).containsOnlyNulls());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE secret_hash = :secret").param("secret", secret)
			.query(Long.class).single()).as("the secret itself is nowhere in the table").isZero();
	}

	@Test
	void aRevokedOrExpiredTokenIsRefusedSayingWhich() {
		RestTestClient owner = Api.as(port, Api.USER);
		Map<?, ?> revoked = make(owner, "Old laptop", 90);
		owner.delete().uri("/api/v1/me/tokens/{id}", revoked.get("id")).exchange().expectStatus().isNoContent();
		refused((String) revoked.get("token"), "token-revoked", "revoked");

		Map<?, ?> expired = make(owner, "Last term", 365);
		jdbc.sql("UPDATE api_token SET expires_at = created_at - INTERVAL '1' DAY WHERE id = :id")
			.param("id", ((Number) expired.get("id")).longValue()).update();
		refused((String) expired.get("token"), "token-expired", "expired");
	}

	@Test
	void aMalformedOrUnknownTokenIsRefusedSayingWhich() {
		refused("not-a-token", "token-malformed", "mst_");
		refused("mst_" + "A".repeat(43), "token-unknown", "No API token matches");
		Api.anonymous(port).get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer ").exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void suspendingOrDemotingTheOwnerStopsTheirTokensAtOnce() {
		UserSummary owner = newAdministrator();
		String secret = (String) make(Api.as(port, owner.email(), PASSWORD), "Roster script", 30).get("token");
		bearer(secret).get().uri("/api/v1/users").exchange().expectStatus().isOk();

		patch(owner, Map.of("role", "USER"));
		refused(secret, "token-role-lowered", "higher role");

		String afterDemotion = (String) make(Api.as(port, owner.email(), PASSWORD), "As a user", 30).get("token");
		bearer(afterDemotion).get().uri("/api/v1/me").exchange().expectStatus().isOk();
		patch(owner, Map.of("status", "SUSPENDED"));
		refused(afterDemotion, "token-account-inactive", "suspended");
	}

	@Test
	void aTokenCannotMakeMoreTokensAndReachesOnlyItsOwnersOrganization() {
		String hillside = (String) make(Api.as(port, Api.HILLSIDE_SYSADMIN), "Hillside sync", 30).get("token");
		bearer(hillside).post().uri("/api/v1/me/tokens").body(Map.of("name", "Forever", "days", 365)).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("cannot make"));
		bearer(hillside).get().uri("/api/v1/groups/{id}", DemoGroups.id(jdbc, "Class 7A")).exchange()
			.expectStatus().isNotFound();
		bearer(hillside).get().uri("/api/v1/users?q=demo-school.test").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[?(@.email =~ /.*demo-school.*/)]").isEmpty();
	}

	@Test
	void badInputGetsAProblemNamingTheField() {
		RestTestClient owner = Api.as(port, Api.USER);
		owner.post().uri("/api/v1/me/tokens").body(Map.of("name", " ", "days", 30)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo("name").jsonPath("$.detail").value(String.class,
					detail -> assertThat(detail).contains("Give the token a name"));
		owner.post().uri("/api/v1/me/tokens").body(Map.of("name", "Weekly", "days", 7)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo("days").jsonPath("$.detail").value(String.class,
					detail -> assertThat(detail).contains("30, 90 or 365"));
		owner.post().uri("/api/v1/me/tokens").body(Map.of("name", "x".repeat(101), "days", 30)).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("name");
		owner.delete().uri("/api/v1/me/tokens/{id}", 987_654_321).exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isNotEmpty();
		Api.as(port, Api.ADMIN).post().uri("/api/v1/me/tokens").header(HttpHeaders.ACCEPT_LANGUAGE, "de")
			.body(Map.of("name", "", "days", 30)).exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Namen"));
	}

	private Map<?, ?> make(RestTestClient owner, String name, int days) {
		return owner.post().uri("/api/v1/me/tokens").body(Map.of("name", name, "days", days)).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	private RestTestClient bearer(String secret) {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret).build();
	}

	private void refused(String secret, String problem, String detail) {
		bearer(secret).get().uri("/api/v1/me").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer .*invalid_token.*")
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/" + problem)
			.jsonPath("$.detail").value(String.class, text -> assertThat(text).contains(detail));
	}

	private UserSummary newAdministrator() {
		String email = "token-owner-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-school.test";
		Map<String, Object> body = new HashMap<>(Map.of("fullName", "Toni Token", "email", email, "groupId",
				DemoGroups.id(jdbc, "Class 7B"), "password", PASSWORD, "role", "ADMIN"));
		return Api.as(port, Api.SYSADMIN).post().uri("/api/v1/users").body(body).exchange().expectStatus().isCreated()
			.expectBody(UserSummary.class).returnResult().getResponseBody();
	}

	private void patch(UserSummary user, Map<String, Object> change) {
		RestTestClient sysadmin = Api.as(port, Api.SYSADMIN);
		Map<String, Object> body = new HashMap<>(change);
		body.put("version", sysadmin.get().uri("/api/v1/users/{id}", user.id()).exchange()
			.expectBody(UserSummary.class).returnResult().getResponseBody().version());
		sysadmin.patch().uri("/api/v1/users/{id}", user.id()).body(body).exchange().expectStatus().isOk();
	}

}
