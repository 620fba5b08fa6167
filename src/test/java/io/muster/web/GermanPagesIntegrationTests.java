package io.muster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import io.muster.support.Api;

/**
 * A German-speaking administrator walks the sign-in, the organization settings, the Google
 * Classroom pages, the error pages and the API's problems: every one speaks German, and not one
 * English sentence of the bundles shows up in them.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class GermanPagesIntegrationTests {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	/** Runs of three or more words between the arguments and plural forms of an English pattern. */
	private static final Pattern PATTERN_PARTS = Pattern.compile("\\{[^{}]*\\}|[{}|#<]|''");

	private static final List<String> ENGLISH = englishPhrases();

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInPageSpeaksGerman() throws Exception {
		assertGerman(page(get("/login")), "Anmelden", "Mit Google anmelden");
		assertGerman(page(get("/login").param("error", "")), "E-Mail-Adresse oder Passwort falsch.");
	}

	@Test
	void theOrganizationSettingsAndTheirErrorsSpeakGerman() throws Exception {
		Cookie sysadmin = signIn(Api.HILLSIDE_SYSADMIN);
		assertGerman(page(get("/organization").cookie(sysadmin)), "Einstellungen der Organisation", "Von 2 bis 20.");
		assertGerman(page(post("/organization").with(csrf()).cookie(sysadmin).param("version", "0")
			.param("name", "").param("maxImportColumns", "5").param("maxImportUsers", "0")
			.param("maxImportFileMegabytes", "2").param("minPasswordLength", "8")
				.param("maxSyncChangePercent", "10")),
				"Der Name fehlt.", "Benutzer pro Datei muss eine ganze Zahl von 1 bis 10000 sein.");
	}

	@Test
	void theGoogleClassroomPagesSpeakGerman() throws Exception {
		Cookie admin = signIn(Api.ADMIN);
		assertGerman(page(get("/imports/new/classroom").cookie(admin)), "Import aus Google Classroom",
				"Um Ihre Benutzer zu importieren", "Google-Classroom-Integration autorisieren");
		assertGerman(page(get("/classroom/authorized").param("error", "access_denied").cookie(admin)),
				"Google Classroom ist nicht verbunden", "Muster hat von diesem Versuch nichts behalten.");
		assertGerman(page(get("/login/google/no-account")), "Kein Muster-Konto für dieses Google-Konto");
	}

	@Test
	void theErrorPagesSpeakGerman() throws Exception {
		assertGerman(page(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)), "Seite nicht gefunden");
		assertGerman(page(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)), "Nicht erlaubt");
		assertGerman(page(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)),
				"Es wurde nichts geändert");
	}

	@Test
	void theApiAnswersProblemsInGerman() throws Exception {
		assertGerman(answer(put("/api/v1/organization").with(httpBasic(Api.HILLSIDE_SYSADMIN, Api.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"name\":\"\",\"advancedEmailNotifications\":true,\"maxImportColumns\":50,"
					+ "\"maxImportUsers\":100,\"maxImportFileMegabytes\":2,\"minPasswordLength\":8,\"maxSyncChangePercent\":10}")),
				"Ungültige Einstellungen", "Spalten pro Datei muss eine ganze Zahl von 2 bis 20 sein.");
		assertGerman(answer(get("/api/v1/classroom/courses").with(httpBasic(Api.ADMIN, Api.DEMO_PASSWORD))),
				"Google Classroom nicht verbunden", "Autorisieren Sie zuerst die Google-Classroom-Integration");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.header("Accept-Language", "de-DE,de;q=0.9"))
			.andReturn().getResponse();
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("a page in German").contains("lang=\"de\"");
		String text = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
		return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
	}

	private String answer(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Accept-Language", "de")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Cookie signIn(String email) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Api.DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
	}

	private static void assertGerman(String text, String... german) {
		assertThat(ENGLISH.stream().filter(text::contains).distinct()).as("English sentences in: %s", text).isEmpty();
		assertThat(text).contains(german);
	}

	/**
	 * Every run of three or more words of an English message that its German translation does not
	 * share, such as "did not answer after" or "Choose your options".
	 */
	private static List<String> englishPhrases() {
		List<String> phrases = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path english : files.filter(file -> !file.getFileName().toString().contains("_")).toList()) {
				Properties en = load(english);
				Properties de = load(english.resolveSibling(english.getFileName().toString()
					.replace(".properties", "_de.properties")));
				for (String key : en.stringPropertyNames()) {
					for (String part : PATTERN_PARTS.split(en.getProperty(key))) {
						String phrase = part.strip();
						if (phrase.split("\\s+").length >= 3 && !de.getProperty(key, "").contains(phrase)) {
							phrases.add(phrase);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return phrases;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
