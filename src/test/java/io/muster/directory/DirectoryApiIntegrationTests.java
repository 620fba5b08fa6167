package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.support.Api;
import io.muster.support.DemoGroups;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class DirectoryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void meReturnsTheSignedInUserWithOrganizationAndManagedGroups() {
		Api.as(port, Api.ADMIN).get().uri("/api/v1/me").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.email").isEqualTo(Api.ADMIN)
			.jsonPath("$.role").isEqualTo("ADMIN")
			.jsonPath("$.organization.name").isEqualTo("Demo School")
			.jsonPath("$.organization.advancedEmailNotifications").isEqualTo(true)
			.jsonPath("$.managedGroups[*].name").value(List.class, names -> assertThat(names).containsExactly("Class 7A", "Class 7B"))
			.jsonPath("$.passwordHash").doesNotExist();
	}

	@Test
	void signInIgnoresTheCaseOfTheEmailAddress() {
		Api.as(port, "SysAdmin@Demo-School.TEST").get().uri("/api/v1/me").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.email").isEqualTo(Api.SYSADMIN);
	}

	@Test
	void systemAdminSeesEveryGroupOfTheOrganizationOnly() {
		Api.as(port, Api.SYSADMIN).get().uri("/api/v1/groups").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$[*].name").value(List.class, names -> assertThat(names).containsExactly("Class 7A", "Class 7B", "Staff"));
		Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/groups").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$[*].name").value(List.class, names -> assertThat(names).containsExactly("Office"));
	}

	@Test
	void userMayNotListGroups() {
		Api.as(port, Api.USER).get().uri("/api/v1/groups").exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Only Administrators"));
	}

	@Test
	void adminAskingForAGroupTheyDoNotManageIsForbiddenAndNamesIt() {
		long staff = DemoGroups.id(jdbc, "Staff");
		Api.as(port, Api.ADMIN).get().uri("/api/v1/groups/{id}", staff).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("\"Staff\""));
	}

	@Test
	void aGroupOfAnotherOrganizationIsNotFound() {
		long staff = DemoGroups.id(jdbc, "Staff");
		Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/groups/{id}", staff).exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void findsAUserByEmailWhateverItsCaseWithTags() {
		Api.as(port, Api.ADMIN).get().uri("/api/v1/users?email={email}", "USER@demo-school.test").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].email").isEqualTo(Api.USER)
			.jsonPath("$[0].tags[0]").isEqualTo("demo");
	}

	@Test
	void usersOutsideTheCallersReachAreNotFound() {
		Api.as(port, Api.ADMIN).get().uri("/api/v1/users?email={email}", Api.SYSADMIN).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
		Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/users?email={email}", Api.USER).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void aUserIdOfAnotherOrganizationIsNotFound() {
		long userId = Api.as(port, Api.USER).get().uri("/api/v1/me").exchange()
			.expectBody(Me.class).returnResult().getResponseBody().id();
		Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/users/{id}", userId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("There is no such user in your organization.");
		Api.as(port, Api.SYSADMIN).get().uri("/api/v1/users/{id}", userId).exchange()
			.expectStatus().isOk();
	}

	@Test
	void wrongPasswordAndUnknownUserGet401WithAProblem() {
		Api.as(port, Api.SYSADMIN, "not-the-password").get().uri("/api/v1/me").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"Muster\"")
			.expectBody().jsonPath("$.title").isEqualTo("Not signed in");
		Api.as(port, "nobody@demo-school.test").get().uri("/api/v1/me").exchange()
			.expectStatus().isUnauthorized();
		Api.anonymous(port).get().uri("/api/v1/me").exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void aBodyWithoutARequiredFieldNamesItInTheListOfFieldErrors() {
		Api.as(port, Api.USER).patch().uri("/api/v1/me").body(Map.of()).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("fullName"))
			.jsonPath("$.errors[0].field").isEqualTo("fullName")
			.jsonPath("$.errors[0].detail").exists();
	}

	@Test
	void malformedIdsAndJsonGetAClear400() {
		Api.as(port, Api.SYSADMIN).get().uri("/api/v1/users/not-a-number").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("\"id\""));
	}

	@Test
	void healthIsPublicAndReportsTheDatabase() {
		Api.anonymous(port).get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.db.status").isEqualTo("UP");
		Api.anonymous(port).get().uri("/actuator/health/readiness").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.db.status").isEqualTo("UP")
			.jsonPath("$.components.dbScheduler.status").isEqualTo("UP");
	}

	@Test
	void metricsAreForSystemAdministratorsOnly() {
		Api.anonymous(port).get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		Api.as(port, Api.ADMIN).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
		Api.as(port, Api.SYSADMIN).get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
	}

}
