package io.muster.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import io.muster.support.Api;

/**
 * Changes the Hillside organization's settings, so it gets a context (and database) of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.test.context=organization-api" })
@DirtiesContext
class OrganizationApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void defaultsAreTheHelpArticlesLimits() {
		Api.as(port, Api.SYSADMIN).get().uri("/api/v1/organization").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.importLimits.maxColumns").isEqualTo(5)
			.jsonPath("$.importLimits.maxUsers").isEqualTo(100)
			.jsonPath("$.importLimits.maxFileBytes").isEqualTo(2 * 1024 * 1024);
	}

	@Test
	void aSystemAdminChangesTheSettingsAndAStaleVersionIsRefused() {
		OrganizationSettings before = settings();
		Map<String, Object> change = change(before.version());
		change.put("advancedEmailNotifications", !before.advancedEmailNotifications());
		change.put("maxSyncChangePercent", 25);
		Api.as(port, Api.HILLSIDE_SYSADMIN).put().uri("/api/v1/organization").body(change).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.maxSyncChangePercent").isEqualTo(25)
			.jsonPath("$.advancedEmailNotifications").isEqualTo(!before.advancedEmailNotifications())
			.jsonPath("$.importLimits.maxFileBytes").isEqualTo(3 * 1024 * 1024);
		Api.as(port, Api.HILLSIDE_SYSADMIN).put().uri("/api/v1/organization").body(change).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("changed meanwhile"));
	}

	@Test
	void settingsOutOfBoundsAreRefusedFieldByFieldAndNothingChanges() {
		OrganizationSettings before = settings();
		Map<String, Object> change = change(before.version());
		change.put("maxImportColumns", 1);
		change.put("maxImportUsers", 0);
		change.put("maxImportFileMegabytes", 500);
		change.put("minPasswordLength", 4);
		change.put("maxSyncChangePercent", 101);
		change.put("name", "");
		Api.as(port, Api.HILLSIDE_SYSADMIN).put().uri("/api/v1/organization").body(change).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath(detailOf("maxImportColumns")).isEqualTo(List.of("Columns per file must be a whole number from 2 to 20."))
			.jsonPath(detailOf("maxImportUsers")).isEqualTo(List.of("Users per file must be a whole number from 1 to 10000."))
			.jsonPath(detailOf("maxImportFileMegabytes")).isEqualTo(List.of("File size must be a whole number from 1 to 10."))
			.jsonPath(detailOf("minPasswordLength")).isEqualTo(List.of("Minimum password length must be a whole number from 8 to 64."))
			.jsonPath(detailOf("maxSyncChangePercent")).isEqualTo(List.of(
					"Largest share suspended or moved without confirmation must be a whole number from 0 to 100."))
			.jsonPath(detailOf("name")).value(detail -> assertThat(detail.toString()).contains("Name is missing"));
		assertThat(settings()).isEqualTo(before);
	}

	@Test
	void theNameOfAnotherOrganizationIsTaken() {
		Map<String, Object> change = change(settings().version());
		change.put("name", "Demo School");
		Api.as(port, Api.HILLSIDE_SYSADMIN).put().uri("/api/v1/organization").body(change).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath(detailOf("name")).value(detail -> assertThat(detail.toString()).contains("already called"));
	}

	@Test
	void onlyASystemAdminChangesSettings() {
		Api.as(port, Api.ADMIN).put().uri("/api/v1/organization").body(change(0)).exchange()
			.expectStatus().isForbidden();
	}

	private OrganizationSettings settings() {
		return Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/organization").exchange()
			.expectBody(OrganizationSettings.class).returnResult().getResponseBody();
	}

	private static Map<String, Object> change(int version) {
		return new HashMap<>(Map.of("version", version, "name", "Hillside Academy", "advancedEmailNotifications", false,
				"maxImportColumns", 6, "maxImportUsers", 250, "maxImportFileMegabytes", 3, "minPasswordLength", 10,
				"maxSyncChangePercent", 10));
	}

	/** The detail of a field's error: the problem's errors are a list of fields and details. */
	private static String detailOf(String field) {
		return "$.errors[?(@.field == '" + field + "')].detail";
	}

}
