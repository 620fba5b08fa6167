package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.muster.directory.SignedInUser;
import io.muster.support.Api;
import io.muster.support.DemoGroups;

/**
 * The wizard's pages as HTML: the language the browser asks for, and that what a page does not
 * offer cannot be sent to it either.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class ImportWizardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportDrafts drafts;

	@Test
	void speaksGermanToABrowserThatAsksForIt() throws Exception {
		mvc.perform(get("/imports/new/csv").with(as(Api.ADMIN)).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"de\""),
					containsString("Manuell auswählen"), containsString("Sie können höchstens 5 Spalten verwenden."),
					containsString("Konten anlegen"))));
		mvc.perform(get("/imports/new/csv").with(as(Api.ADMIN)).header("Accept-Language", "en-GB"))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Select manually"))));
	}

	@Test
	void theFileRulesSayWhichCharactersSplitTags() throws Exception {
		mvc.perform(get("/imports/new/csv").with(as(Api.ADMIN)))
			.andExpect(content().string(allOf(containsString("separated by commas, semicolons or vertical bars"),
					containsString("At most 20 tags per user, each of at most 100 characters."))));
	}

	@Test
	void theVerificationGivesItsReasonsInGerman() throws Exception {
		SignedInUser sysadmin = (SignedInUser) users.loadUserByUsername(Api.SYSADMIN);
		UUID id = drafts.upload(sysadmin, "mixed-problems.csv",
				new ClassPathResource("csv/mixed-problems.csv").getContentAsByteArray(), null, null, null).id();
		drafts.map(sysadmin, id, new ColumnMapping("Name", null, null, "Email", null, "Password"), null);
		long staff = jdbc.sql("SELECT id FROM user_group WHERE name = 'Staff'").query(Long.class).single();
		drafts.setOptions(sysadmin, id, new ImportOptions(staff, null, false, false, false, List.of()));

		mvc.perform(get("/imports/{id}/verify", id).with(as(Api.SYSADMIN)).header("Accept-Language", "de"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kein Name: Die Namensspalte ist leer."),
					containsString("Dieselbe E-Mail-Adresse wie in Zeile 1 dieser Datei."),
					not(containsString("No name")), not(containsString("Same email")))));
	}

	@Test
	void anAdministratorCannotSendAGroupOrARoleThePageDoesNotOffer() throws Exception {
		UUID id = upload(Api.ADMIN, "full-name.csv");
		long staff = DemoGroups.id(jdbc, "Staff");
		mvc.perform(post("/imports/{id}/preview", id).with(as(Api.ADMIN)).with(csrf())
				.param("fields[0]", "fullName").param("fields[1]", "email").param("oneName", "true")
				.param("noTags", "true").param("noPassword", "true").param("defaultPassword", "Spring-Term-2026")
				.param("groupId", String.valueOf(staff)).param("role", "SYSTEM_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"groupId-error\"")));
		assertThat(jdbc.sql("SELECT options FROM import_job WHERE id = :id").param("id", id).query(String.class)
			.optional()).as("no options saved").isEmpty();
	}

	@Test
	void aFormThatComesBackWithProblemsKeepsTheTypedPassword() throws Exception {
		UUID id = upload(Api.ADMIN, "full-name.csv");
		mvc.perform(post("/imports/{id}/preview", id).with(as(Api.ADMIN)).with(csrf())
				.param("fields[0]", "fullName").param("fields[1]", "fullName").param("oneName", "true")
				.param("noTags", "true").param("noPassword", "true").param("defaultPassword", "Spring-Term-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"groupId-error\""),
					containsString("id=\"column1-error\""), containsString("Another column is already mapped"),
					containsString("value=\"Spring-Term-2026\""))));
	}

	@Test
	void aMoveWithoutATargetGroupIsExplainedNextToItAndTheChoiceIsKept() throws Exception {
		UUID id = upload(Api.ADMIN, "full-name.csv");
		mvc.perform(post("/imports/{id}/preview", id).with(as(Api.ADMIN)).with(csrf())
				.param("fields[0]", "fullName").param("fields[1]", "email").param("oneName", "true")
				.param("noTags", "true").param("noPassword", "true").param("defaultPassword", "Spring-Term-2026")
				.param("groupId", String.valueOf(DemoGroups.id(jdbc, "Class 7A"))).param("sync", "true")
				.param("syncMissing", "MOVE").param("syncMoveTo", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"syncMoveTo-error\""),
					containsString("aria-describedby=\"syncMoveTo-error\""),
					containsString("Choose the group to move the accounts that are not in the file to."),
					matchesPattern("(?s).*<input(?=[^>]*id=\"sync1\")(?=[^>]*checked)[^>]*>.*"),
					matchesPattern("(?s).*<input(?=[^>]*value=\"MOVE\")(?=[^>]*checked)[^>]*>.*"))));
		assertThat(jdbc.sql("SELECT options FROM import_job WHERE id = :id").param("id", id).query(String.class)
			.optional()).as("no options saved").isEmpty();
	}

	@Test
	void theLayoutHasAFaviconAndKeepsHtmxFromInjectingAStyle() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/")));
		mvc.perform(get("/imports/new/csv").with(as(Api.ADMIN)))
			.andExpect(content().string(allOf(containsString("name=\"htmx-config\""),
					containsString("content='{\"includeIndicatorStyles\": false}'"))));
	}

	@Test
	void aUserHasNoBatchImport() throws Exception {
		mvc.perform(get("/imports/new").with(as(Api.USER))).andExpect(status().isForbidden());
		mvc.perform(multipart("/imports/new/csv").file(file("full-name.csv")).with(as(Api.USER)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherAdministratorsImportIsNotFound() throws Exception {
		UUID id = upload(Api.SYSADMIN, "full-name.csv");
		mvc.perform(get("/imports/{id}/preview", id).with(as(Api.ADMIN))).andExpect(status().isNotFound());
		mvc.perform(get("/imports/{id}/preview", id).with(as(Api.HILLSIDE_SYSADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void aFileOfAThreeHundredCharacterNameIsListedUnderItsNameCut() throws Exception {
		String sent = "Klassenliste " + "Schuljahr 2026 ".repeat(19) + ".csv";
		assertThat(sent).hasSizeGreaterThan(290);
		String location = mvc.perform(multipart("/imports/new/csv").file(new MockMultipartFile("file", sent, "text/csv",
				new ClassPathResource("csv/full-name.csv").getContentAsByteArray()))
				.param("separator", "comma").with(as(Api.ADMIN)).with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*/preview"))
			.andReturn().getResponse().getRedirectedUrl();
		String shown = sent.substring(0, 250).stripTrailing() + "….csv";
		mvc.perform(get(location).with(as(Api.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown + ", read as UTF-8")));
		mvc.perform(get("/imports").with(as(Api.ADMIN))).andExpect(content().string(containsString(shown)));
	}

	private UUID upload(String email, String name) throws Exception {
		String location = mvc.perform(multipart("/imports/new/csv").file(file(name)).param("separator", "comma")
				.with(as(email)).with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*/preview"))
			.andExpect(header().exists("Location"))
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.split("/")[2]);
	}

	private static MockMultipartFile file(String name) throws Exception {
		return new MockMultipartFile("file", name, "text/csv",
				new ClassPathResource("csv/" + name).getContentAsByteArray());
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

}
