package io.muster.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.importing.UploadResult;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;
import io.muster.support.PrintedCards;

/**
 * An import through the API with "Make a password for each user", and a bulk password reset: each
 * person gets their own password, printed once on sign-in cards for whoever may see the import (or
 * who reset them), then gone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class SignInCardsIntegrationTests {

	private static final String PUPIL_PASSWORD = "Pia-Pupil-Pass-1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CardSets sets;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Test
	void eachPersonSignsInWithThePasswordOnTheirCardWhichPrintsOnceForWhoeverSeesTheImport() {
		RestTestClient admin = Api.as(port, Api.SYSADMIN);
		List<String> emails = emails(3);
		String id = upload(admin, emails);
		admin.put().uri("/api/v1/imports/{id}/mapping", id).body(Map.of("fullName", "Name", "email", "Email"))
			.exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("password"));
		admin.put().uri("/api/v1/imports/{id}/options", id).body(Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"),
				"generatePasswords", true, "askNewPassword", false)).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.generatePasswords").isEqualTo(true);
		admin.put().uri("/api/v1/imports/{id}/mapping", id).body(Map.of("fullName", "Name", "email", "Email"))
			.exchange().expectStatus().isOk();
		start(admin, id);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_card WHERE set_id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single()).as("three cards kept").isEqualTo(3);

		Api.as(port, Api.ADMIN).get().uri("/api/v1/imports/{id}/cards", id).exchange().expectStatus().isNotFound();
		Api.as(port, Api.HILLSIDE_SYSADMIN).get().uri("/api/v1/imports/{id}/cards", id).exchange().expectStatus()
			.isNotFound();
		byte[] pdf = admin.get().uri("/api/v1/imports/{id}/cards?paper=LETTER", id).accept(MediaType.APPLICATION_PDF)
			.exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody(byte[].class).returnResult().getResponseBody();

		Map<String, String> printed = PrintedCards.passwordsByEmail(pdf);
		assertThat(printed.keySet()).containsExactlyElementsOf(emails);
		assertThat(printed.values()).doesNotHaveDuplicates();
		assertThat(PrintedCards.texts(pdf)).allSatisfy(card -> assertThat(card).contains("Class 7A"));
		printed.forEach((email, password) -> Api.as(port, email, password).get().uri("/api/v1/me").exchange()
			.expectStatus().isOk());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_card WHERE set_id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single()).as("passwords deleted on download").isZero();

		admin.get().uri("/api/v1/imports/{id}/cards", id).accept(MediaType.APPLICATION_PDF).exchange()
			.expectStatus().isEqualTo(410)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo(
					"The sign-in cards were downloaded already, and their passwords deleted then; reset the passwords "
							+ "to print new cards.");
	}

	@Test
	void cardsNotDownloadedWithinTheirDayAreDeletedAndSaySo() {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		String id = upload(admin, emails(2));
		admin.put().uri("/api/v1/imports/{id}/options", id)
			.body(Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"), "generatePasswords", true)).exchange()
			.expectStatus().isOk();
		admin.put().uri("/api/v1/imports/{id}/mapping", id).body(Map.of("fullName", "Name", "email", "Email"))
			.exchange().expectStatus().isOk();
		start(admin, id);
		jdbc.sql("UPDATE sign_in_card_set SET expires_at = :past WHERE id = :id")
			.param("past", Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC)).param("id", UUID.fromString(id))
			.update();

		admin.get().uri("/api/v1/imports/{id}/cards", id).header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange()
			.expectStatus().isEqualTo(410)
			.expectBody().jsonPath("$.detail").isEqualTo(
					"Die Passwörter wurden nach 24 Stunden gelöscht; setzen Sie sie zurück, um neue Karten zu drucken.");
		assertThat(sets.purge(Instant.now(), Instant.now().minusSeconds(3600))).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_card WHERE set_id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single()).isZero();
		admin.get().uri("/api/v1/imports/{id}/cards", id).exchange().expectStatus().isEqualTo(410);
	}

	@Test
	void anImportWithOnePasswordForEveryoneHasNoCardsAndAPasswordColumnExcludesMadeOnes() {
		RestTestClient admin = Api.as(port, Api.SYSADMIN);
		String id = upload(admin, emails(1));
		admin.put().uri("/api/v1/imports/{id}/mapping", id)
			.body(Map.of("fullName", "Name", "email", "Email", "defaultPassword", "Class-7A-Start-2026")).exchange()
			.expectStatus().isOk();
		admin.put().uri("/api/v1/imports/{id}/options", id).body(Map.of("groupId", DemoGroups.id(jdbc, "Class 7A")))
			.exchange().expectStatus().isOk();
		admin.get().uri("/api/v1/imports/{id}/cards", id).exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("ended"));
		start(admin, id);
		admin.get().uri("/api/v1/imports/{id}/cards", id).exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("no passwords"));

		String withColumn = Api.upload(admin, "with-passwords.csv",
				("Name,Email,Password\nPat Column," + emails(1).get(0) + ",Own-Password-2026\n")
					.getBytes(StandardCharsets.UTF_8))
			.expectStatus().isCreated().expectBody(UploadResult.class).returnResult().getResponseBody().id().toString();
		admin.put().uri("/api/v1/imports/{id}/mapping", withColumn)
			.body(Map.of("fullName", "Name", "email", "Email", "password", "Password")).exchange().expectStatus().isOk();
		admin.put().uri("/api/v1/imports/{id}/options", withColumn)
			.body(Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"), "generatePasswords", true)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.isEqualTo("Choose either a password column or \"Make a password for each user\", not both."));
	}

	@Test
	void resettingPasswordsInBulkGivesEachANewOneOnCardsOnlyWhoResetThemPrints() {
		List<String> emails = emails(2);
		List<Long> pupils = emails.stream().map(this::pupilOfClass7a).toList();
		RestTestClient admin = Api.as(port, Api.ADMIN);
		String cards = (String) admin.post().uri("/api/v1/users/bulk")
			.body(Map.of("userIds", pupils, "action", "RESET_PASSWORDS")).exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody().get("cards");
		assertThat(cards).startsWith("/api/v1/users/cards/");

		Api.as(port, Api.SYSADMIN).get().uri(cards).exchange().expectStatus().isNotFound();
		byte[] pdf = admin.get().uri(cards + "?paper=A4").exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		Map<String, String> printed = PrintedCards.passwordsByEmail(pdf);
		assertThat(printed.keySet()).containsExactlyInAnyOrderElementsOf(emails);
		for (String email : emails) {
			Api.as(port, email, PUPIL_PASSWORD).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
			Api.as(port, email, printed.get(email)).get().uri("/api/v1/me").exchange().expectStatus().isForbidden()
				.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("password"));
		}
		admin.get().uri(cards).exchange().expectStatus().isEqualTo(410);
	}

	private long pupilOfClass7a(String email) {
		long school = organizations.findByName("Demo School").orElseThrow().id();
		return directory.createUser(new NewUser(school, PersonName.full("Pia " + email.substring(0, 5)), email,
				Role.USER, DemoGroups.id(jdbc, "Class 7A"), Set.of(), PUPIL_PASSWORD)).id();
	}

	private static List<String> emails(int count) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		return java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj(i -> "card" + i + "." + run + "@students.example.org")
			.toList();
	}

	private static String upload(RestTestClient admin, List<String> emails) {
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; i < emails.size(); i++) {
			csv.append("Student ").append(i + 1).append(',').append(emails.get(i)).append('\n');
		}
		return Api.upload(admin, "class.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
			.expectStatus().isCreated().expectBody(UploadResult.class).returnResult().getResponseBody().id().toString();
	}

	private void start(RestTestClient admin, String id) {
		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);
	}

}
