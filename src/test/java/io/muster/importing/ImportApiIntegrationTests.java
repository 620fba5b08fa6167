package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ImportApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Test
	void importsTheFullNameSampleEndToEndWithReportAndEmail() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		UploadResult upload = upload(admin, "full-name.csv").expectStatus().isCreated()
			.expectBody(UploadResult.class).returnResult().getResponseBody();
		assertThat(upload.status()).isEqualTo(ImportStatus.DRAFT);
		assertThat(upload.separator()).isEqualTo(",");
		assertThat(upload.suggestedMapping()).containsEntry("fullName", "Name").containsEntry("email", "Email");
		String id = upload.id().toString();
		map(admin, id, Map.of("fullName", "Name", "email", "Email", "defaultPassword", "Class-7A-Start")).expectStatus().isOk();
		options(admin, id, Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"), "tags", List.of("autumn"))).expectStatus().isOk();
		admin.get().uri("/api/v1/imports/{id}/rows", id).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(3)
			.jsonPath("$[0].row").isEqualTo(1)
			.jsonPath("$[0].name").isEqualTo("Ada Lovelace")
			.jsonPath("$[0].valid").isEqualTo(true)
			.jsonPath("$[0].action").isEqualTo("CREATE")
			.jsonPath("$[0].tags[0]").isEqualTo("autumn")
			.jsonPath("$[0].password").doesNotExist();

		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
		Api.as(port, Api.SYSADMIN).get().uri("/actuator/prometheus").exchange().expectBody(String.class)
			.value(metrics -> assertThat(metrics).contains("muster_import_rows_total{outcome=\"created\"}",
					"muster_import_duration_seconds_count{status=\"completed\"}"));
		admin.get().uri("/api/v1/imports/{id}", id).exchange()
			.expectBody()
			.jsonPath("$.total").isEqualTo(3)
			.jsonPath("$.processed").isEqualTo(3)
			.jsonPath("$.created").isEqualTo(3)
			.jsonPath("$.skipped").isEqualTo(0);

		admin.get().uri("/api/v1/users?email={email}", "GRACE.HOPPER@example.org").exchange()
			.expectBody()
			.jsonPath("$[0].fullName").isEqualTo("Grace Hopper")
			.jsonPath("$[0].role").isEqualTo("USER")
			.jsonPath("$[0].tags[0]").isEqualTo("autumn");
		String results = admin.get().uri("/api/v1/imports/{id}/results.csv", id).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(results).startsWith("\uFEFFrow,name,email,outcome,reason")
			.contains("1,\"Ada Lovelace\",\"ada.lovelace@example.org\",CREATED");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :admin AND subject LIKE 'Your import of full-name.csv%'")
			.param("admin", Api.ADMIN).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job WHERE id = CAST(:id AS UUID) AND staged_upload IS NULL")
			.param("id", id).query(Long.class).single()).as("staged upload deleted").isEqualTo(1);
	}

	@Test
	void theMailsOfAnImportSpeakTheLanguageOfWhoeverStartedIt() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		String id = uploadBytes(admin, "klasse-7a.csv", "Name,Email\nLena Lang,lena.lang-" + UUID.randomUUID()
				+ "@example.org\n");
		map(admin, id, Map.of("fullName", "Name", "email", "Email", "defaultPassword", "Klasse-7A-Start")).expectStatus()
			.isOk();
		options(admin, id, Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"))).expectStatus().isOk();
		admin.post().uri("/api/v1/imports/{id}/start", id).header("Accept-Language", "de").exchange()
			.expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
		assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = :admin AND subject LIKE '%klasse-7a.csv%'")
			.param("admin", Api.ADMIN).query(String.class).list())
			.containsExactly("Ihr Import von klasse-7a.csv ist abgeschlossen");
	}

	@Test
	void explainsEveryProblemOfTheMixedSample() {
		RestTestClient admin = Api.as(port, Api.SYSADMIN);
		String id = uploadId(admin, "mixed-problems.csv");
		map(admin, id, Map.of("fullName", "Name", "email", "Email", "password", "Password")).expectStatus().isOk();
		admin.get().uri("/api/v1/imports/{id}/rows", id).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(8)
			.jsonPath("$[?(@.valid == true)].row").value(List.class, valid -> assertThat(valid).containsExactly(1, 2, 7, 8))
			.jsonPath("$[1].name").isEqualTo("Hopper, Grace")
			.jsonPath("$[2].reasons[0]").value(String.class, reason -> assertThat(reason).startsWith("No name"))
			.jsonPath("$[3].reasons[0]").value(String.class, reason -> assertThat(reason).contains("has no @ sign"))
			.jsonPath("$[4].reasons[0]").isEqualTo("Same email as row 1 of this file.")
			.jsonPath("$[5].reasons[0]").value(String.class, reason -> assertThat(reason).contains("too short").doesNotContain("abc"))
			.jsonPath("$[6].name").isEqualTo("Multi Line")
			.jsonPath("$[7].name").isEqualTo("Spaces Around")
			.jsonPath("$[7].email").isEqualTo("spaces@example.org");
	}

	@Test
	void givesReasonsInTheLanguageOfWhoeverReadsThem() {
		RestTestClient admin = Api.as(port, Api.SYSADMIN);
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String id = uploadBytes(admin, "languages.csv", "Name,Email\nAda Unique,ada-" + run + "@example.org\n"
				+ ",nobody-" + run + "@example.org\nAda Again,ADA-" + run + "@example.org\n");
		admin.put().uri("/api/v1/imports/{id}/mapping", id).header("Accept-Language", "de")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("fullName", "Name")).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Zuordnung unvollständig")
			.jsonPath("$.errors[0].field").isEqualTo("email")
			.jsonPath("$.errors[0].detail").isEqualTo("Ordnen Sie die Spalte zu, die die E-Mail-Adresse enthält.");
		map(admin, id, Map.of("fullName", "Name", "email", "Email", "defaultPassword", "Languages-Pass-2026"))
			.expectStatus().isOk();
		options(admin, id, Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"))).expectStatus().isOk();
		admin.get().uri("/api/v1/imports/{id}/rows", id).header("Accept-Language", "de").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[1].reasons[0]").isEqualTo("Kein Name: Die Namensspalte ist leer.")
			.jsonPath("$[2].reasons[0]").isEqualTo("Dieselbe E-Mail-Adresse wie in Zeile 1 dieser Datei.");

		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);

		assertThat(results(admin, id, "de")).contains("Kein Name: Die Namensspalte ist leer.",
				"Dieselbe E-Mail-Adresse wie in Zeile 1 dieser Datei.");
		assertThat(results(admin, id, "en")).contains("No name: the name column is empty.",
				"Same email as row 1 of this file.");
	}

	private String results(RestTestClient client, String id, String language) {
		return client.get().uri("/api/v1/imports/{id}/results.csv", id).header("Accept-Language", language).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	@Test
	void refusesFilesOverTheLimitsNamingTheLimitAndWhatWasFound() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		upload(admin, "too-many-columns.csv").expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.contains("This file has 6 columns; at most 5 are allowed"));
		upload(admin, "too-many-rows.csv").expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.contains("101 users; at most 100"));
	}

	@Test
	void readsWindows1252AndExcelFilesAsTheirAuthorsMeantThem() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		upload(admin, "windows-1252.csv").expectStatus().isCreated().expectBody()
			.jsonPath("$.encoding").isEqualTo("windows-1252")
			.jsonPath("$.sampleRows[0][0]").isEqualTo("José")
			.jsonPath("$.sampleRows[1][1]").isEqualTo("Faÿ")
			.jsonPath("$.warnings[0]").value(String.class, warning -> assertThat(warning).contains("Windows-1252"));
		upload(admin, "excel-semicolon-bom.csv").expectStatus().isCreated().expectBody()
			.jsonPath("$.separator").isEqualTo(";")
			.jsonPath("$.columns[0]").isEqualTo("Vorname")
			.jsonPath("$.suggestedMapping.firstName").isEqualTo("Vorname")
			.jsonPath("$.suggestedMapping.lastName").isEqualTo("Nachname")
			.jsonPath("$.suggestedMapping.email").isEqualTo("E-Mail");
		upload(admin, "no-header.csv").expectStatus().isCreated().expectBody()
			.jsonPath("$.warnings[0]").value(String.class, warning -> assertThat(warning).contains("looks like a user"));
	}

	@Test
	void optionsFollowTheRolesAndTheOrganizationsSettings() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		String id = uploadId(admin, "full-name.csv");
		options(admin, id, Map.of("groupId", DemoGroups.id(jdbc, "Staff"))).expectStatus().isForbidden();
		options(admin, id, Map.of("groupId", DemoGroups.id(jdbc, "Class 7B"), "role", "ADMIN")).expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("System Administrator"));
		options(admin, id, Map.of("welcomeEmail", true)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("group"));

		RestTestClient hillside = Api.as(port, Api.HILLSIDE_SYSADMIN);
		String other = uploadId(hillside, "full-name.csv");
		options(hillside, other, Map.of("groupId", DemoGroups.id(jdbc, "Office"), "welcomeEmail", true))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.contains("Advanced Email Notifications"));
		admin.get().uri("/api/v1/imports/{id}", other).exchange().expectStatus().isNotFound();
		Api.as(port, Api.USER).get().uri("/api/v1/imports").exchange().expectStatus().isForbidden();
	}

	@Test
	void mappingProblemsSayWhichColumn() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		String id = uploadId(admin, "full-name.csv");
		map(admin, id, Map.of("fullName", "Nom", "email", "Email", "defaultPassword", "Class-7A-Start"))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("\"Nom\""));
		map(admin, id, Map.of("fullName", "Name", "firstName", "Name", "email", "Email")).expectStatus().isBadRequest();
		map(admin, id, Map.of("fullName", "Name", "defaultPassword", "Class-7A-Start")).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("email"));
		map(admin, id, Map.of("fullName", "Name", "email", "Email", "defaultPassword", "short")).expectStatus()
			.isBadRequest().expectBody().jsonPath("$.field").isEqualTo("defaultPassword");
		map(admin, id, Map.of("tags", "Email")).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
				.containsExactly("names", "email", "defaultPassword"))
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.contains("holds the name", "holds the email address", "password everyone will use"));
	}

	@Test
	void updatePasswordsChangesExistingAccountsAndImportsNoOne() {
		RestTestClient sysadmin = Api.as(port, Api.SYSADMIN);
		long class7a = DemoGroups.id(jdbc, "Class 7A");
		directory.createUser(new NewUser(organizations.findByName("Demo School").orElseThrow().id(),
				PersonName.full("Pat Patel"), "pat.patel@demo-school.test", Role.USER, class7a, Set.of(),
				"Old-Pass-For-Pat"));
		String id = uploadBytes(sysadmin, "update.csv", """
				Name,Email,Password
				Pat Patel,PAT.PATEL@demo-school.test,Brand-New-Pass-1
				New Person,new.person@example.org,Brand-New-Pass-2
				""");
		map(sysadmin, id, Map.of("fullName", "Name", "email", "Email", "password", "Password")).expectStatus().isOk();
		options(sysadmin, id, Map.of("groupId", class7a, "updatePasswords", true)).expectStatus().isOk();
		sysadmin.get().uri("/api/v1/imports/{id}/rows", id).exchange().expectBody()
			.jsonPath("$[0].action").isEqualTo("UPDATE_PASSWORD")
			.jsonPath("$[1].valid").isEqualTo(false)
			.jsonPath("$[1].reasons[0]").value(String.class, reason -> assertThat(reason).startsWith("No account to update"));
		sysadmin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
		Api.as(port, "pat.patel@demo-school.test", "Brand-New-Pass-1").get().uri("/api/v1/me").exchange()
			.expectStatus().isOk();
		sysadmin.get().uri("/api/v1/users?email=new.person@example.org").exchange().expectBody()
			.jsonPath("$.length()").isEqualTo(0);
		Api.as(port, "pat.patel@demo-school.test", "Old-Pass-For-Pat").get().uri("/api/v1/me").exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void administratorsImportedIntoAGroupManageIt() {
		RestTestClient sysadmin = Api.as(port, Api.SYSADMIN);
		long staff = DemoGroups.id(jdbc, "Staff");
		String email = "tara.teacher." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@demo-school.test";
		String id = uploadBytes(sysadmin, "staff.csv", "Name,Email,Password\nTara Teacher," + email
				+ ",Teacher-Pass-2026\n");
		map(sysadmin, id, Map.of("fullName", "Name", "email", "Email", "password", "Password")).expectStatus().isOk();
		options(sysadmin, id, Map.of("groupId", staff, "role", "ADMIN", "askNewPassword", false)).expectStatus().isOk();
		sysadmin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);

		Api.as(port, email, "Teacher-Pass-2026").get().uri("/api/v1/me").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.role").isEqualTo("ADMIN")
			.jsonPath("$.managedGroups[*].id").value(List.class, groups -> assertThat(groups).containsExactly((int) staff));
	}

	private RestTestClient.ResponseSpec upload(RestTestClient client, String sample) {
		try {
			return uploadResource(client, sample, new ClassPathResource("csv/" + sample).getContentAsByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RestTestClient.ResponseSpec uploadResource(RestTestClient client, String name, byte[] bytes) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
	}

	private String uploadId(RestTestClient client, String sample) {
		return upload(client, sample).expectStatus().isCreated().expectBody(UploadResult.class).returnResult()
			.getResponseBody().id().toString();
	}

	private String uploadBytes(RestTestClient client, String name, String content) {
		return uploadResource(client, name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.expectStatus().isCreated().expectBody(UploadResult.class).returnResult().getResponseBody().id().toString();
	}

	private RestTestClient.ResponseSpec map(RestTestClient client, String id, Map<String, ?> mapping) {
		return client.put().uri("/api/v1/imports/{id}/mapping", id).contentType(MediaType.APPLICATION_JSON)
			.body(mapping).exchange();
	}

	private RestTestClient.ResponseSpec options(RestTestClient client, String id, Map<String, ?> options) {
		return client.put().uri("/api/v1/imports/{id}/options", id).contentType(MediaType.APPLICATION_JSON)
			.body(options).exchange();
	}

}
