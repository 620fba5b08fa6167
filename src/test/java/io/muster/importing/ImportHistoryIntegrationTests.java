package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.directory.SignedInUser;
import io.muster.support.Api;

/**
 * The directory remembers which import created or changed an account: the user list shows the
 * accounts of one import, and a user's page lists the imports that touched them.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class ImportHistoryIntegrationTests {

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	ImportReports reports;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theUserListShowsWhatAnImportCreatedAndTheUserPageEveryImportThatTouchedTheUser() throws Exception {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		UUID first = importFile(admin, "autumn-" + run + ".csv", false, "Ivy Autumn,ivy-" + run + "@example.org,year-7",
				"Oak Autumn,oak-" + run + "@example.org,year-7");
		UUID second = importFile(admin, "spring-" + run + ".csv", true, "Ivy Autumn,ivy-" + run + "@example.org,choir",
				"Elm Spring,elm-" + run + "@example.org,choir");

		String firstList = page("/users?import=" + first, admin);
		assertThat(firstList).contains("Accounts created by the import of autumn-" + run + ".csv.", "ivy-" + run,
				"oak-" + run).doesNotContain("elm-" + run);
		assertThat(page("/users?import=" + second, admin)).contains("elm-" + run).doesNotContain("oak-" + run,
				"ivy-" + run);
		long ivy = jdbc.sql("SELECT id FROM users WHERE email_key = :key").param("key", "ivy-" + run + "@example.org")
			.query(Long.class).single();
		assertThat(page("/users/" + ivy, admin)).contains("Created by the import of", "autumn-" + run + ".csv",
				"Changed by the import of", "spring-" + run + ".csv");
		assertThat(page("/users?import=" + UUID.randomUUID(), admin))
			.contains("No account in your reach was created by this import.");
		assertThat(page("/imports/" + first, admin)).contains("/users?import=" + first);
		assertThat(mvc.perform(get("/api/v1/users?import=" + first).with(user(admin))).andReturn().getResponse()
			.getHeader("X-Total-Count")).isEqualTo("2");
	}

	private UUID importFile(SignedInUser admin, String name, boolean updateTags, String... rows) {
		String csv = "Name,Email,Tags\n" + String.join("\n", rows) + "\n";
		UUID id = drafts.upload(admin, name, csv.getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(admin, id, new ColumnMapping("Name", null, null, "Email", "Tags", null), "History-Pass-2026");
		long class7a = jdbc.sql("SELECT id FROM user_group WHERE name = 'Class 7A'").query(Long.class).single();
		drafts.setOptions(admin, id, new ImportOptions(class7a, null, false, updateTags, false, List.of()));
		queue.start(admin, id);
		await().atMost(Duration.ofSeconds(30)).until(() -> reports.summary(admin, id).status() == ImportStatus.COMPLETED);
		return id;
	}

	private String page(String path, SignedInUser admin) throws Exception {
		return mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getContentAsString();
	}

}
