package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

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
class GroupApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemAdminCreatesRenamesAndDeletesAnEmptyGroup() {
		String name = "Club " + UUID.randomUUID().toString().substring(0, 6);
		GroupSummary created = sysadmin().post().uri("/api/v1/groups").body(Map.of("name", "  " + name + " ")).exchange()
			.expectStatus().isCreated()
			.expectBody(GroupSummary.class).returnResult().getResponseBody();
		assertThat(created.name()).isEqualTo(name);
		sysadmin().patch().uri("/api/v1/groups/{id}", created.id()).body(Map.of("name", name + " (old)")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo(name + " (old)");
		sysadmin().get().uri("/api/v1/groups").exchange()
			.expectBody().jsonPath("$[?(@.name == '" + name + " (old)')].memberCount").isEqualTo(java.util.List.of(0));
		sysadmin().delete().uri("/api/v1/groups/{id}", created.id()).exchange().expectStatus().isNoContent();
		sysadmin().get().uri("/api/v1/groups/{id}", created.id()).exchange().expectStatus().isNotFound();
	}

	@Test
	void aGroupWithMembersIsNotDeletedAndTheAnswerSaysWhatToDo() {
		long class7a = DemoGroups.id(jdbc, "Class 7A");
		sysadmin().delete().uri("/api/v1/groups/{id}", class7a).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class,
					detail -> assertThat(detail).contains("\"Class 7A\" still has").contains("Move them to another group first"));
		sysadmin().get().uri("/api/v1/groups/{id}", class7a).exchange().expectStatus().isOk();
	}

	@Test
	void groupNamesAreUniqueWhateverTheirCase() {
		sysadmin().post().uri("/api/v1/groups").body(Map.of("name", "class 7a")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("already a group"));
		sysadmin().post().uri("/api/v1/groups").body(Map.of("name", " ")).exchange()
			.expectStatus().isBadRequest();
		sysadmin().post().uri("/api/v1/groups").body(Map.of("name", "x".repeat(201))).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("longer than 200"));
	}

	@Test
	void anAdminSeesTheirGroupsWithCountsButChangesNone() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		admin.get().uri("/api/v1/groups").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$[*].name").value(java.util.List.class,
					names -> assertThat(names).containsExactly("Class 7A", "Class 7B"));
		admin.post().uri("/api/v1/groups").body(Map.of("name", "Mine")).exchange().expectStatus().isForbidden();
		admin.patch().uri("/api/v1/groups/{id}", DemoGroups.id(jdbc, "Class 7A")).body(Map.of("name", "Renamed")).exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void aGroupOfAnotherOrganizationCannotBeRenamed() {
		Api.as(port, Api.HILLSIDE_SYSADMIN).patch().uri("/api/v1/groups/{id}", DemoGroups.id(jdbc, "Staff"))
			.body(Map.of("name", "Taken over")).exchange()
			.expectStatus().isNotFound();
	}

	private RestTestClient sysadmin() {
		return Api.as(port, Api.SYSADMIN);
	}

}
