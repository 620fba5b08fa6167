package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.support.Api;
import io.muster.support.DemoGroups;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class UserApiIntegrationTests {

	private static final String PASSWORD = "Violet-Harbour-71";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemAdminAddsAUserWhoCanSignInAtOnce() {
		String email = unique("ada");
		UserSummary created = create(Api.SYSADMIN, email, "Class 7A", "USER");
		assertThat(created.fullName()).isEqualTo("Test Person");
		assertThat(created.tags()).containsExactlyInAnyOrder("maths", "year 7");
		Api.as(port, email, PASSWORD).get().uri("/api/v1/me").exchange().expectStatus().isOk();
	}

	@Test
	void anEmailThatDiffersOnlyInCaseIsAlreadyTaken() {
		String email = unique("bob");
		create(Api.SYSADMIN, email, "Class 7A", "USER");
		sysadmin().post().uri("/api/v1/users").body(body(email.toUpperCase(), DemoGroups.id(jdbc, "Class 7A"), "USER")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("already has an account"));
	}

	@Test
	void addingAUserChecksEveryFieldAtOnceWithThePasswordPolicy() {
		sysadmin().post().uri("/api/v1/users")
			.body(Map.of("fullName", " ", "email", "no-at-sign", "password", "short")).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'fullName')].detail").isEqualTo(List.of("Name is missing."))
			.jsonPath("$.errors[?(@.field == 'email')].detail").value(List.class,
					details -> assertThat(details).singleElement().asString().contains("has no @ sign"))
			.jsonPath("$.errors[?(@.field == 'password')].detail").value(List.class,
					details -> assertThat(details).singleElement().asString().contains("too short"));
	}

	@Test
	void aGermanCallerIsToldWhatIsWrongInGerman() {
		sysadmin().post().uri("/api/v1/users").header("Accept-Language", "de")
			.body(Map.of("fullName", "x".repeat(201), "email", "ada@example", "password", PASSWORD)).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Ungültige Eingabe")
			.jsonPath("$.field").isEqualTo("fullName")
			.jsonPath("$.errors[?(@.field == 'fullName')].detail")
			.isEqualTo(List.of("Der Name ist länger als 200 Zeichen."))
			.jsonPath("$.errors[?(@.field == 'email')].detail").value(List.class,
					details -> assertThat(details).singleElement().asString().contains("keine gültige Domain"));
	}

	@Test
	void aNameOf200EmojiFitsButNot201() {
		String emoji = "🦤".repeat(200);
		UserSummary created = Api.as(port, Api.SYSADMIN).post().uri("/api/v1/users")
			.body(Map.of("fullName", emoji, "email", unique("emoji"), "groupId", DemoGroups.id(jdbc, "Class 7A"), "password", PASSWORD))
			.exchange().expectStatus().isCreated().expectBody(UserSummary.class).returnResult().getResponseBody();
		assertThat(created.fullName()).isEqualTo(emoji);
		sysadmin().post().uri("/api/v1/users")
			.body(Map.of("fullName", emoji + "🦤", "email", unique("emoji"), "groupId", DemoGroups.id(jdbc, "Class 7A"), "password",
					PASSWORD))
			.exchange().expectStatus().isBadRequest();
	}

	@Test
	void anAdminAddsUsersOnlyToTheirOwnGroupsAndOnlyAsUsers() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		admin.post().uri("/api/v1/users").body(body(unique("staff"), DemoGroups.id(jdbc, "Staff"), "USER")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[?(@.field == 'groupId')].detail").value(List.class,
					details -> assertThat(details).singleElement().asString().contains("not yours"));
		admin.post().uri("/api/v1/users").body(body(unique("boss"), DemoGroups.id(jdbc, "Class 7A"), "SYSTEM_ADMIN")).exchange()
			.expectStatus().isForbidden();
		admin.post().uri("/api/v1/users").body(body(unique("kid"), DemoGroups.id(jdbc, "Class 7B"), null)).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.role").isEqualTo("USER");
	}

	@Test
	void anAdminCannotTouchAUserOfAnotherGroup() {
		UserSummary staff = create(Api.SYSADMIN, unique("teacher"), "Staff", "USER");
		RestTestClient admin = Api.as(port, Api.ADMIN);
		admin.get().uri("/api/v1/users/{id}", staff.id()).exchange().expectStatus().isNotFound();
		admin.patch().uri("/api/v1/users/{id}", staff.id()).body(Map.of("version", staff.version(), "status", "SUSPENDED"))
			.exchange().expectStatus().isNotFound();
		admin.delete().uri("/api/v1/users/{id}", staff.id()).exchange().expectStatus().isNotFound();
		admin.post().uri("/api/v1/users/bulk").body(Map.of("userIds", List.of(staff.id()), "action", "SUSPEND")).exchange()
			.expectStatus().isNotFound();
		assertThat(status(staff.id())).isEqualTo("ACTIVE");
	}

	@Test
	void aStaleVersionIsRefusedAndChangesNothing() {
		UserSummary user = create(Api.SYSADMIN, unique("carol"), "Class 7A", "USER");
		sysadmin().patch().uri("/api/v1/users/{id}", user.id()).body(Map.of("version", user.version(), "fullName", "Carol First"))
			.exchange().expectStatus().isOk();
		sysadmin().patch().uri("/api/v1/users/{id}", user.id()).body(Map.of("version", user.version(), "fullName", "Carol Second"))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("This user was changed meanwhile"));
		assertThat(Api.as(port, Api.SYSADMIN).get().uri("/api/v1/users/{id}", user.id()).exchange()
			.expectBody(UserSummary.class).returnResult().getResponseBody().fullName()).isEqualTo("Carol First");
	}

	@Test
	void aSuspendedUserCannotSignInUntilReactivated() {
		String email = unique("dave");
		UserSummary user = create(Api.SYSADMIN, email, "Class 7A", "USER");
		UserSummary suspended = sysadmin().patch().uri("/api/v1/users/{id}", user.id())
			.body(Map.of("version", user.version(), "status", "SUSPENDED")).exchange()
			.expectStatus().isOk().expectBody(UserSummary.class).returnResult().getResponseBody();
		Api.as(port, email, PASSWORD).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
		sysadmin().patch().uri("/api/v1/users/{id}", user.id())
			.body(Map.of("version", suspended.version(), "status", "ACTIVE")).exchange().expectStatus().isOk();
		Api.as(port, email, PASSWORD).get().uri("/api/v1/me").exchange().expectStatus().isOk();
	}

	@Test
	void nobodyDeletesOrSuspendsThemselvesOrTheLastSystemAdmin() {
		long me = Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/me").exchange().expectBody(Me.class)
			.returnResult().getResponseBody().id();
		Api.as(port, Api.HILLSIDE_SYSADMIN).delete().uri("/api/v1/users/{id}", me).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("your own account"));
		Api.as(port, Api.HILLSIDE_SYSADMIN).post().uri("/api/v1/users/bulk")
			.body(Map.of("userIds", List.of(me), "action", "SUSPEND")).exchange()
			.expectStatus().isEqualTo(409);
		assertThat(status(me)).isEqualTo("ACTIVE");
	}

	@Test
	void bulkActionsChangeEveryoneOrNobody() {
		UserSummary first = create(Api.SYSADMIN, unique("eve"), "Class 7B", "USER");
		UserSummary second = create(Api.SYSADMIN, unique("fay"), "Class 7B", "USER");
		UserSummary staff = create(Api.SYSADMIN, unique("gus"), "Staff", "USER");
		RestTestClient admin = Api.as(port, Api.ADMIN);
		admin.post().uri("/api/v1/users/bulk")
			.body(Map.of("userIds", List.of(first.id(), second.id(), staff.id()), "action", "ADD_TAG", "tag", "trip"))
			.exchange().expectStatus().isNotFound();
		assertThat(tags(first.id())).doesNotContain("trip");
		admin.post().uri("/api/v1/users/bulk")
			.body(Map.of("userIds", List.of(first.id(), second.id()), "action", "ADD_TAG", "tag", "trip"))
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.changed").isEqualTo(2);
		assertThat(tags(first.id())).contains("trip");
		admin.post().uri("/api/v1/users/bulk")
			.body(Map.of("userIds", List.of(first.id(), second.id()), "action", "MOVE_TO_GROUP", "groupId", DemoGroups.id(jdbc, "Class 7A")))
			.exchange().expectStatus().isOk();
		admin.get().uri("/api/v1/users?group={group}&tag=trip&q={q}", DemoGroups.id(jdbc, "Class 7A"), first.email().substring(0, 12))
			.exchange().expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "1")
			.expectBody().jsonPath("$[0].email").isEqualTo(first.email());
		admin.post().uri("/api/v1/users/bulk").body(Map.of("userIds", List.of(first.id(), second.id()), "action", "DELETE"))
			.exchange().expectStatus().isOk();
		admin.get().uri("/api/v1/users/{id}", first.id()).exchange().expectStatus().isNotFound();
	}

	@Test
	void aHugeSearchTextGetsAClear400AndWildcardsAreLiteral() {
		sysadmin().get().uri("/api/v1/users?q={q}", "x".repeat(5000)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("at most 100 characters"));
		sysadmin().get().uri("/api/v1/users?q={q}", "%").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "0");
	}

	@Test
	void onlyASystemAdminChangesRolesAndAnAdminGetsTheirGroup() {
		String email = unique("hal");
		UserSummary user = create(Api.SYSADMIN, email, "Class 7B", "USER");
		Api.as(port, Api.ADMIN).patch().uri("/api/v1/users/{id}", user.id())
			.body(Map.of("version", user.version(), "role", "ADMIN")).exchange().expectStatus().isForbidden();
		sysadmin().patch().uri("/api/v1/users/{id}", user.id()).body(Map.of("version", user.version(), "role", "ADMIN"))
			.exchange().expectStatus().isOk();
		Api.as(port, email, PASSWORD).get().uri("/api/v1/me").exchange()
			.expectBody().jsonPath("$.managedGroups[0].name").isEqualTo("Class 7B");
	}

	@Test
	void aPasswordResetWithoutMailGivesAOneTimePasswordThatIsStoredOnlyHashed() {
		String email = unique("ivy");
		UserSummary user = create(Api.SYSADMIN, email, "Class 7A", "USER");
		PasswordReset reset = Api.as(port, Api.ADMIN).post().uri("/api/v1/users/{id}/password-reset", user.id()).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Cache-Control", "no-store")
			.expectBody(PasswordReset.class).returnResult().getResponseBody();
		assertThat(reset.linkSent()).isFalse();
		assertThat(reset.oneTimePassword()).hasSizeGreaterThanOrEqualTo(16);
		Api.as(port, email, PASSWORD).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
		Api.as(port, email, reset.oneTimePassword()).get().uri("/api/v1/me").exchange().expectStatus().isOk();
		String hash = jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", user.id())
			.query(String.class).single();
		assertThat(hash).startsWith("{argon2}").doesNotContain(reset.oneTimePassword());
	}

	@Test
	void aUserCannotManageAnyone() {
		Api.as(port, Api.USER).get().uri("/api/v1/users?q=a").exchange().expectStatus().isForbidden();
		Api.as(port, Api.USER).post().uri("/api/v1/users").body(body(unique("x"), DemoGroups.id(jdbc, "Class 7A"), null)).exchange()
			.expectStatus().isForbidden();
	}

	private RestTestClient sysadmin() {
		return Api.as(port, Api.SYSADMIN);
	}

	private UserSummary create(String as, String email, String group, String role) {
		return Api.as(port, as).post().uri("/api/v1/users").body(body(email, DemoGroups.id(jdbc, group), role)).exchange()
			.expectStatus().isCreated()
			.expectBody(UserSummary.class).returnResult().getResponseBody();
	}

	private static Map<String, Object> body(String email, long groupId, String role) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("fullName", "Test Person", "email", email, "groupId",
				groupId, "tags", "maths, year 7", "password", PASSWORD));
		if (role != null) {
			body.put("role", role);
		}
		return body;
	}

	private String status(long userId) {
		return jdbc.sql("SELECT status FROM users WHERE id = :id").param("id", userId).query(String.class).single();
	}

	private List<String> tags(long userId) {
		return jdbc.sql("SELECT tag FROM user_tag WHERE user_id = :id").param("id", userId).query(String.class).list();
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
