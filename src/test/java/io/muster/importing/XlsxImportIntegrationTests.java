package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.importing.csv.HostileWorkbooks;
import io.muster.importing.csv.Workbooks;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;

/**
 * An Excel workbook goes through the same pipeline as a CSV file: upload, mapping, verify, import; a
 * workbook built to overload the server is refused for what it is, and the server goes on answering.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class XlsxImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

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
		put(admin, "/api/v1/imports/{id}/options", id, Map.of("groupId", DemoGroups.id(jdbc, "Class 7B")));
		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
		admin.get().uri("/api/v1/users?email={email}", "zoe.weiss.xlsx@example.de").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].fullName").isEqualTo("Zoë Weiß");
	}

	@Test
	void aWorkbookOfCellsLongerThanExcelAllowsIsRefused() {
		byte[] manyStrings = Workbooks.xlsx(java.util.stream.IntStream.range(0, 60)
			.mapToObj(i -> List.of("x".repeat(1_000_000))).toList());
		assertThat(manyStrings.length).isLessThan(2 * 1024 * 1024);
		Api.upload(Api.as(port, Api.ADMIN), "huge-strings.xlsx", manyStrings).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.startsWith("A cell of this workbook holds more than 32,767 characters"));
	}

	/**
	 * Prints what each hostile workbook got, for the record of the fix: its size, the status and the
	 * English detail.
	 */
	@Test
	void everyHostileWorkbookGetsAClearRefusalInTheReadersLanguageAndTheNodeStaysUp() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		StringBuilder table = new StringBuilder("\nHostile workbook | KB | status | detail\n");
		for (HostileWorkbooks.Hostile hostile : HostileWorkbooks.all()) {
			for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
				String expected = messages.getMessage(hostile.code(), hostile.arguments(), locale);
				var answer = upload(admin, hostile, locale);
				assertThat(answer.getStatus().value()).as(hostile.name()).isEqualTo(400);
				assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(answer.getResponseBody().getDetail()).as(hostile.name() + " in " + locale).isEqualTo(expected);
				if (locale == Locale.ENGLISH) {
					table.append(hostile.name()).append(" | ").append(hostile.bytes().length / 1024).append(" | ")
						.append(answer.getStatus().value()).append(" | ").append(expected).append('\n');
				}
			}
			Api.anonymous(port).get().uri("/actuator/health").exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP");
		}
		System.out.println(table);
	}

	@Test
	void aZipFromWindowsExplorerIsRefusedAsNotAWorkbook() {
		Api.upload(Api.as(port, Api.ADMIN), "Schüler.zip", HostileWorkbooks.windowsExplorerZip().bytes())
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").isEqualTo("This file is a zip archive, not an Excel workbook (.xlsx). "
					+ "Unzip it and upload the CSV or .xlsx file it holds.");
	}

	@Test
	void aFileNameOfThreeHundredCharactersIsCutKeepingItsExtension() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		String sent = "Klasse 7b – " + "sehr lang ".repeat(29) + ".xlsx";
		assertThat(sent).hasSizeGreaterThan(300);
		UploadResult upload = Api.upload(admin, sent, Workbooks.xlsx(List.of(List.of("Name", "Email"),
				List.of("Ada Lovelace", "ada.longname@example.org")))).expectStatus().isCreated()
			.expectBody(UploadResult.class).returnResult().getResponseBody();
		String name = admin.get().uri("/api/v1/imports/{id}", upload.id()).exchange().expectStatus().isOk()
			.expectBody(ImportSummary.class).returnResult().getResponseBody().fileName();
		assertThat(name).hasSize(255).startsWith("Klasse 7b – sehr lang").endsWith("….xlsx");
	}

	private EntityExchangeResult<ProblemDetail> upload(RestTestClient admin, HostileWorkbooks.Hostile hostile,
			Locale locale) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(hostile.bytes()) {
			@Override
			public String getFilename() {
				return hostile.name() + ".xlsx";
			}
		});
		return admin.post().uri("/api/v1/imports").header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag())
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange()
			.expectBody(ProblemDetail.class).returnResult();
	}

	private static void put(RestTestClient client, String uri, String id, Map<String, ?> body) {
		client.put().uri(uri, id).contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isOk();
	}

}
