package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.directory.GroupSummary;
import io.muster.importing.csv.Workbooks;
import io.muster.support.Api;

/**
 * An Excel workbook goes through the same pipeline as a CSV file: upload, mapping, verify, import.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class XlsxImportIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void importsTheFirstSheetOfAWorkbook() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		byte[] workbook = Workbooks.xlsx(List.of(List.of("Vorname", "Nachname", "E-Mail"),
				List.of("Jürgen", "Müller", "juergen.mueller.xlsx@example.de"),
				List.of("Zoë", "Weiß", "zoe.weiss.xlsx@example.de")));
		UploadResult upload = Api.upload(admin, "klasse-7b.xlsx", workbook).expectStatus().isCreated()
			.expectBody(UploadResult.class).returnResult().getResponseBody();
		assertThat(upload.suggestedMapping()).containsEntry("firstName", "Vorname").containsEntry("email", "E-Mail");
		assertThat(upload.sampleRows()).containsExactly(List.of("Jürgen", "Müller", "juergen.mueller.xlsx@example.de"),
				List.of("Zoë", "Weiß", "zoe.weiss.xlsx@example.de"));
		String id = upload.id().toString();

		put(admin, "/api/v1/imports/{id}/mapping", id, Map.of("firstName", "Vorname", "lastName", "Nachname",
				"email", "E-Mail", "defaultPassword", "Herbst-Anfang-2026"));
		put(admin, "/api/v1/imports/{id}/options", id, Map.of("groupId", group(admin, "Class 7B")));
		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(admin.get()
			.uri("/api/v1/imports/{id}", id).exchange().expectBody(ImportSummary.class).returnResult()
			.getResponseBody().status().name()));
		admin.get().uri("/api/v1/users?email={email}", "zoe.weiss.xlsx@example.de").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].fullName").isEqualTo("Zoë Weiß");
	}

	@Test
	void aWorkbookThatUnpacksToTooMuchIsRefused() {
		byte[] manyStrings = Workbooks.xlsx(java.util.stream.IntStream.range(0, 60)
			.mapToObj(i -> List.of("x".repeat(1_000_000))).toList());
		assertThat(manyStrings.length).isLessThan(2 * 1024 * 1024);
		Api.upload(Api.as(port, Api.ADMIN), "huge-strings.xlsx", manyStrings).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.startsWith("This workbook unpacks to more than"));
	}

	private static void put(RestTestClient client, String uri, String id, Map<String, ?> body) {
		client.put().uri(uri, id).contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isOk();
	}

	private static long group(RestTestClient client, String name) {
		return Arrays.stream(client.get().uri("/api/v1/groups").exchange().expectBody(GroupSummary[].class)
			.returnResult().getResponseBody()).filter(group -> group.name().equals(name)).findFirst().orElseThrow().id();
	}

}
