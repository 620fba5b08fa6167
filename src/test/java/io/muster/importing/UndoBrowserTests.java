package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.muster.directory.BulkChange;
import io.muster.directory.SignedInUser;
import io.muster.directory.UserManagement;
import io.muster.support.Api;
import io.muster.support.Browser;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;

/**
 * Undoes an import in chromium, from its results page: the plan, the confirmation and the report,
 * with the keyboard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class UndoBrowserTests {

	private static final String PASSWORD = "Undo-Browser-Pass-2026";

	@LocalServerPort
	int port;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	UserManagement userManagement;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorSeesThePlanConfirmsAndReadsTheReport() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		List<String> names = List.of("Ada Undo", "Ben Undo", "Cleo Undo", "Dara Undo", "Emil Undo", "Fenna Undo");
		StringBuilder csv = new StringBuilder("Name,Email\n");
		names.forEach(name -> csv.append(name).append(',').append(email(name, run)).append('\n'));
		UUID id = drafts.upload(admin, "class-7a-" + run + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				null, null, null).id();
		drafts.map(admin, id, new ColumnMapping("Name", null, null, "Email", null, null), PASSWORD);
		drafts.setOptions(admin, id, new ImportOptions(DemoGroups.id(jdbc, "Class 7A"), null, false, false, false,
				List.of(), false));
		queue.start(admin, id);
		ImportWait.untilCompleted(jdbc, id);
		Api.as(port, email("Ada Undo", run), PASSWORD).get().uri("/api/v1/me").exchange().expectStatus().isOk();
		long ben = jdbc.sql("SELECT id FROM users WHERE email_key = :key").param("key", email("Ben Undo", run))
			.query(Long.class).single();
		userManagement.bulk(admin, new BulkChange(List.of(ben), BulkChange.Action.ADD_TAG, "choir", null));

		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/imports/" + id);
			browser.pressEnterOn(By.id("undo"));
			assertThat(browser.text()).contains("4 accounts the import created will be deleted.",
					"1 account stays as it is: Someone has signed in to the account since the import.",
					"1 account stays as it is: Someone has changed the account since the import.",
					email("Ada Undo", run), email("Ben Undo", run));
			browser.look("undo-1-plan");

			browser.pressEnterOn(By.id("confirm-undo"));
			browser.waitUntil(ExpectedConditions.textToBe(By.id("undo-status"), "Undone"));
			assertThat(browser.driver().findElement(By.id("undo-deleted")).getText()).isEqualTo("4");
			assertThat(browser.driver().findElement(By.id("undo-kept")).getText()).isEqualTo("2");
			assertThat(browser.text()).contains("Accounts kept as they are", email("Ben Undo", run));
			browser.look("undo-2-report");

			browser.go("/imports/" + id);
			assertThat(browser.text()).contains("This import was undone.").doesNotContain("Undo this import");
		}
	}

	private static String email(String name, String run) {
		return name.toLowerCase().replace(' ', '.') + "-" + run + "@example.org";
	}

}
