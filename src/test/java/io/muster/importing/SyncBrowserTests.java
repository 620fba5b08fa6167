package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.Browser;

/**
 * Walks "This file is the whole group" in chromium as a System Administrator: the option on the
 * preview, the verify page with the accounts the file leaves out and the safety brake, the refusal
 * without a confirmation, and the results once confirmed.
 */
// A context of its own: the group it makes would show in other tests' lists of the demo's groups.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.test.context=sync-browser" })
@DirtiesContext
class SyncBrowserTests {

	private static final List<String> CLASS = List.of("Lena Park", "Omar Haddad", "Sofia Rossi", "Tariq Khan",
			"Uma Patel", "Vera Novak", "Will Chen", "Xenia Ivanova", "Yusuf Demir", "Zoe Martin");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemAdministratorSeesTheAccountsLeftOutIsStoppedByTheBrakeAndConfirms() throws Exception {
		long school = organizations.findByName("Demo School").orElseThrow().id();
		long group = directory.createGroup(school, "Class 8S").id();
		CLASS.forEach(name -> directory.createUser(new NewUser(school, PersonName.full(name), email(name), Role.USER,
				group, Set.of("8s"), "Class-8S-Pass-2026")));
		Path file = Files.writeString(Path.of("target", "class-8s.csv"), "Name,Email,Tags\n"
				+ CLASS.subList(0, 7).stream()
					.map(name -> (name.equals("Omar Haddad") ? "Omar Al-Haddad" : name) + "," + email(name) + ",8s\n")
					.collect(Collectors.joining())
				+ "Amira Nasser," + email("Amira Nasser") + ",8s\n", StandardCharsets.UTF_8);

		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD).go("/imports/new/csv");
			browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.clickThrough(By.xpath("//form//button[normalize-space()='Continue']"));
			browser.select("groupId", "Class 8S");
			browser.driver().findElement(By.id("sync1")).click();
			browser.driver().findElement(By.xpath("//input[@name='syncMissing' and @value='SUSPEND']")).click();
			browser.driver().findElement(By.id("defaultPassword")).sendKeys("Class-8S-Pass-2026");
			browser.look("sync-1-preview-option");
			browser.clickThrough(By.xpath("//button[normalize-space()='Continue']"));

			assertThat(browser.driver().findElement(By.id("chosen-sync")).getText())
				.isEqualTo("Yes: the accounts of the group not in the file will be suspended");
			assertThat(browser.driver().findElement(By.id("count-create")).getText()).isEqualTo("1");
			assertThat(browser.driver().findElement(By.id("count-update")).getText()).isEqualTo("1");
			assertThat(browser.driver().findElement(By.id("row-2")).getText())
				.contains("Will be updated", "Name: Omar Haddad → Omar Al-Haddad");
			assertThat(browser.driver().findElement(By.id("left-out-table")).getText())
				.contains("Xenia Ivanova", "Yusuf Demir", "Zoe Martin", "Will be suspended");
			assertThat(browser.driver().findElement(By.id("sync-brake")).getText())
				.contains("3 of 10 accounts of the group (30 %) would be suspended; the limit is 10 %.");
			browser.look("sync-2-verify-brake");

			browser.clickThrough(By.id("import-button"));
			assertThat(browser.driver().findElement(By.id("start-error")).getText())
				.startsWith("3 of 10 accounts of the group (30 %) would be suspended; the limit is 10 %.");
			assertThat(status("Zoe Martin")).isEqualTo("ACTIVE");

			browser.driver().findElement(By.id("confirm-large-change")).click();
			browser.clickThrough(By.id("import-button"));
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result-suspended")));
			assertThat(browser.driver().findElement(By.id("result-suspended")).getText()).isEqualTo("3");
			assertThat(browser.driver().findElement(By.id("left-out")).getText()).contains("Zoe Martin", "Suspended");
			browser.look("sync-3-results");
		}
		assertThat(status("Zoe Martin")).isEqualTo("SUSPENDED");
		assertThat(status("Lena Park")).isEqualTo("ACTIVE");
	}

	private static String email(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@class-8s.demo-school.test";
	}

	private String status(String name) {
		return jdbc.sql("SELECT status FROM users WHERE email_key = :email").param("email", email(name))
			.query(String.class).single();
	}

}
