package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.DatabaseDump;
import io.muster.support.DemoGroups;

@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class DirectoryPagesIntegrationTests {

	private static final String PASSWORD = "Violet-Harbour-71";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theUserListSearchesAndFiltersAndLabelsEveryControl() throws Exception {
		UserSummary user = create("Quentin Quill", Set.of("chess"));
		mvc.perform(get("/users").param("q", "quentin").param("tag", "chess").cookie(signIn(Api.SYSADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(user.email()), containsString("Users 1–1 of 1"),
					containsString("<label for=\"q\">Search by name or email</label>"),
					containsString("aria-label=\"Select Quentin Quill\""), containsString("aria-sort=\"ascending\""))));
	}

	@Test
	void aHugeSearchTextIsExplainedNextToTheSearchField() throws Exception {
		mvc.perform(get("/users").param("q", "a".repeat(10_000)).cookie(signIn(Api.SYSADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-describedby=\"search-error\""),
					containsString("The search text is too long"))));
	}

	@Test
	void nonsenseInTheAddressOrTheFormIsA400NeverA500() throws Exception {
		Cookie session = signIn(Api.SYSADMIN);
		mvc.perform(get("/users").param("role", "KING").cookie(session)).andExpect(status().isBadRequest());
		mvc.perform(get("/users").param("page", "99999999999").cookie(session)).andExpect(status().isBadRequest());
		mvc.perform(get("/users").param("page", "2147483647").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/users/bulk").with(csrf()).cookie(session).param("action", "EXPLODE").param("ids", "1"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/users/bulk").with(csrf()).cookie(session).param("action", "SUSPEND"))
			.andExpect(redirectedUrl("/users"))
			.andExpect(flash().attribute("bulkError", "Select at least one user first."));
		mvc.perform(get("/users/{id}", Long.MAX_VALUE).cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void aSystemAdministratorsHomeListsTheUsersAPageAtATime() throws Exception {
		// In Staff, which no Administrator manages, and last by name, so that no other list changes.
		long organization = organizations.findByName("Demo School").orElseThrow().id();
		for (int i = 0; i <= UsersController.PAGE_SIZE; i++) {
			directory.createUser(new NewUser(organization, PersonName.full("Zz Paged Person " + i), unique(), Role.USER,
					DemoGroups.id(jdbc, "Staff"), Set.of(), PASSWORD));
		}
		Cookie session = signIn(Api.SYSADMIN);
		mvc.perform(get("/").cookie(session))
			.andExpect(content().string(allOf(containsString("Users 1–25 of "), containsString("href=\"/?page=2\""),
					containsString("Next page"))));
		mvc.perform(get("/").param("page", "2").cookie(session))
			.andExpect(content().string(allOf(containsString("Users 26–"), containsString("Previous page"))));
	}

	@Test
	void anAdminSeesOnlyTheUsersOfTheirGroups() throws Exception {
		mvc.perform(get("/users").cookie(signIn(Api.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(Api.USER), not(containsString(Api.SYSADMIN)))));
	}

	@Test
	void aUserMayNotOpenTheDirectoryPages() throws Exception {
		Cookie user = signIn(Api.USER);
		mvc.perform(get("/users").cookie(user)).andExpect(status().isForbidden());
		mvc.perform(get("/groups").cookie(user)).andExpect(status().isForbidden());
		mvc.perform(get("/organization").cookie(signIn(Api.ADMIN))).andExpect(status().isForbidden());
	}

	@Test
	void addingAUserShowsEachProblemNextToItsField() throws Exception {
		mvc.perform(post("/users").with(csrf()).cookie(signIn(Api.SYSADMIN)).param("fullName", "Copy Cat")
				.param("email", "USER@demo-school.test").param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-describedby=\"email-error\""),
					containsString("already has an account"), not(containsString(PASSWORD)))));
		mvc.perform(post("/users").with(csrf()).cookie(signIn(Api.SYSADMIN)).param("fullName", "Short Pass")
				.param("email", unique()).param("password", "abc"))
			.andExpect(content().string(allOf(containsString("aria-describedby=\"password-rules password-error\""),
					containsString("Password is too short"))));
	}

	@Test
	void addingAUserRedirectsToTheirPage() throws Exception {
		String email = unique();
		String location = mvc.perform(post("/users").with(csrf()).cookie(signIn(Api.ADMIN)).param("fullName", "New Pupil")
				.param("email", email).param("groupId", String.valueOf(DemoGroups.id(jdbc, "Class 7A"))).param("password", PASSWORD))
			.andExpect(flash().attribute("notice", "The account of New Pupil has been created."))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).cookie(signIn(Api.ADMIN)))
			.andExpect(content().string(allOf(containsString(email), containsString("Reset password"))));
	}

	@Test
	void aStaleUserFormSaysTheUserWasChangedMeanwhile() throws Exception {
		UserSummary user = create("Stale Form", Set.of());
		Cookie session = signIn(Api.SYSADMIN);
		String version = String.valueOf(user.version());
		mvc.perform(post("/users/{id}", user.id()).with(csrf()).cookie(session).param("version", version)
				.param("fullName", "First Change").param("email", user.email()).param("tags", ""))
			.andExpect(redirectedUrl("/users/" + user.id()));
		mvc.perform(post("/users/{id}", user.id()).with(csrf()).cookie(session).param("version", version)
				.param("fullName", "Second Change").param("email", user.email()).param("tags", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This user was changed meanwhile")));
		assertThat(directory.findById(user.id()).orElseThrow().fullName()).isEqualTo("First Change");
	}

	@Test
	void aOneTimePasswordIsShownOnceAndNeverStored() throws Exception {
		UserSummary user = create("Forgetful Fred", Set.of());
		String page = mvc.perform(post("/users/{id}/password-reset", user.id()).with(csrf()).cookie(signIn(Api.SYSADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
		String password = page.replaceAll("(?s).*id=\"one-time-password\"[^>]*value=\"([^\"]+)\".*", "$1");
		assertThat(password).hasSizeGreaterThanOrEqualTo(16);
		assertThat(DatabaseDump.of(dataSource).containing(password)).isEmpty();
		mvc.perform(post("/login").with(csrf()).param("email", user.email()).param("password", password))
			.andExpect(authenticated());
	}

	@Test
	void suspendingAUserSignsThemOutAtOnce() throws Exception {
		UserSummary user = create("Signed In Sue", Set.of());
		Cookie theirs = signIn(user.email(), PASSWORD);
		mvc.perform(get("/account").cookie(theirs)).andExpect(status().isOk());
		mvc.perform(post("/users/{id}/status", user.id()).with(csrf()).cookie(signIn(Api.SYSADMIN))
				.param("version", String.valueOf(user.version())).param("status", "SUSPENDED"))
			.andExpect(redirectedUrl("/users/" + user.id()));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
				mvc.perform(get("/account").cookie(theirs)).andExpect(redirectedUrl("/login")));
		mvc.perform(post("/login").with(csrf()).param("email", user.email()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void deletingYourselfIsRefusedOnThePage() throws Exception {
		long me = directory.findByEmail(Api.SYSADMIN).orElseThrow().id();
		mvc.perform(post("/users/{id}/delete", me).with(csrf()).cookie(signIn(Api.SYSADMIN)).param("version",
				String.valueOf(directory.findById(me).orElseThrow().version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot delete your own account")));
	}

	@Test
	void bulkDeleteAsksForConfirmationFirst() throws Exception {
		UserSummary one = create("Bulk One", Set.of());
		UserSummary two = create("Bulk Two", Set.of());
		Cookie session = signIn(Api.SYSADMIN);
		mvc.perform(post("/users/bulk").with(csrf()).cookie(session).param("action", "DELETE")
				.param("ids", String.valueOf(one.id()), String.valueOf(two.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Delete 2 users"), containsString(one.email()))));
		assertThat(directory.findById(one.id())).isPresent();
		mvc.perform(post("/users/bulk").with(csrf()).cookie(session).param("action", "DELETE").param("confirm", "true")
				.param("ids", String.valueOf(one.id()), String.valueOf(two.id())))
			.andExpect(redirectedUrl("/users"))
			.andExpect(flash().attribute("notice", "2 users deleted."));
		assertThat(directory.findById(one.id())).isEmpty();
	}

	@Test
	void aGroupWithMembersIsNotDeletedAndThePageSaysWhy() throws Exception {
		mvc.perform(post("/groups/{id}/delete", DemoGroups.id(jdbc, "Class 7A")).with(csrf()).cookie(signIn(Api.SYSADMIN))
				.param("name", "Class 7A"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Move them to another group first")));
	}

	@Test
	void myAccountChangesMyName() throws Exception {
		UserSummary user = create("Old Name", Set.of());
		Cookie session = signIn(user.email(), PASSWORD);
		mvc.perform(post("/account/name").with(csrf()).cookie(session).param("fullName", "  New Name "))
			.andExpect(redirectedUrl("/account"));
		assertThat(directory.findById(user.id()).orElseThrow().fullName()).isEqualTo("New Name");
		mvc.perform(post("/account/name").with(csrf()).cookie(session).param("fullName", " "))
			.andExpect(content().string(allOf(containsString("aria-describedby=\"name-error\""),
					containsString("Name is missing"))));
	}

	@Test
	void theOpenApiDocumentDescribesTheDirectoryEndpoints() throws Exception {
		Cookie session = signIn(Api.SYSADMIN);
		mvc.perform(get("/v3/api-docs").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/api/v1/users/{id}/password-reset"),
					containsString("/api/v1/users/bulk"), containsString("/api/v1/groups/{id}"),
					containsString("/api/v1/organization"), containsString("/api/v1/me/password"),
					containsString("Add a user"))));
		mvc.perform(get("/swagger-ui.html").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void germanReadersGetGermanPages() throws Exception {
		mvc.perform(get("/groups").cookie(signIn(Api.SYSADMIN)).header("Accept-Language", "de"))
			.andExpect(content().string(containsString("Gruppe anlegen")));
	}

	@Test
	void germanReadersAreToldWhatIsWrongInGerman() throws Exception {
		Cookie session = signIn(Api.SYSADMIN);
		mvc.perform(post("/users").with(csrf()).cookie(session).header("Accept-Language", "de")
			.param("fullName", " ").param("email", "ada@example").param("tags", "a\u0007b").param("password", "kurz"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Der Name fehlt."),
					containsString("hat nach dem @-Zeichen keine gültige Domain"),
					containsString("Ein Tag enthält ein unsichtbares Steuerzeichen (U+0007)"),
					containsString("Das Passwort ist zu kurz: Es hat 4 Zeichen"), not(containsString("Name is missing")))));
		mvc.perform(post("/groups/{id}/delete", DemoGroups.id(jdbc, "Class 7A")).with(csrf()).cookie(session)
			.header("Accept-Language", "de").param("name", "Class 7A"))
			.andExpect(content().string(containsString("Verschieben Sie sie zuerst in eine andere Gruppe")));
	}

	private UserSummary create(String name, Set<String> tags) {
		long organization = organizations.findByName("Demo School").orElseThrow().id();
		return directory.createUser(new NewUser(organization, PersonName.full(name), unique(), Role.USER,
				DemoGroups.id(jdbc, "Class 7A"), tags, PASSWORD));
	}

	private Cookie signIn(String email) throws Exception {
		return signIn(email, Api.DEMO_PASSWORD);
	}

	private Cookie signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
	}

	private static String unique() {
		return "page." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
