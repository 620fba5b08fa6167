package io.muster.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.demo.google.GoogleEmulator;
import io.muster.support.Api;
import io.muster.support.Browser;

/**
 * Batch Import → Google Classroom in chromium, step by step as the help article tells it, through
 * the emulator's account chooser and consent page; and Sign in with Google from the login page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ClassroomBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	GoogleEmulator google;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetConnections() {
		jdbc.sql("DELETE FROM google_connection").update();
		google.reset();
	}

	@Test
	void anAdministratorAuthorizesChoosesClassesPreviewsAndImports() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/imports/new");
			browser.clickThrough(By.linkText("Import from Google Classroom"));
			assertThat(browser.text()).contains("In order to import your users you need to authorize our integration "
					+ "with Google Classroom.", "The email addresses of the students in your classes.",
					"Change my Email Address");
			browser.look("classroom-1-authorize");

			browser.clickThrough(By.linkText("Authorize Google Classroom Integration"));
			assertThat(browser.text()).contains("Choose an account", "Suggested by Muster");
			browser.look("classroom-2-choose-account");
			browser.clickThrough(By.cssSelector("button[value='admin@demo-school.test']"));
			assertThat(browser.text()).contains("Muster wants to access your Google Account");
			browser.look("classroom-3-consent");
			browser.clickThrough(By.xpath("//button[normalize-space()='Allow']"));

			assertThat(browser.text()).contains("You have authorized the Google Classroom integration as "
					+ "admin@demo-school.test", "7A Biology (Class 7A)", "7B Mathematics (Class 7B)");
			browser.driver().findElement(By.id("defaultPassword")).sendKeys("short");
			browser.clickThrough(By.id("continue"));
			assertThat(browser.driver().findElement(By.id("courseIds-error")).getText()).contains("at least one class");
			assertThat(browser.driver().findElement(By.id("defaultPassword-error")).getText()).contains("too short");
			assertThat(browser.driver().findElement(By.id("groupId-error")).getText()).contains("group");
			assertThat(browser.driver().findElement(By.id("defaultPassword")).getAttribute("value"))
				.as("the password typed before the page came back").isEqualTo("short");
			browser.look("classroom-4-options-errors");
			browser.driver().findElement(By.id("defaultPassword")).clear();
			browser.click(By.xpath("//label[contains(., '7A Biology')]/input"))
				.click(By.xpath("//label[contains(., '7B Mathematics')]/input"))
				.select("groupId", "Class 7A")
				.click(By.xpath("//label[contains(., 'name of their class')]/input"));
			browser.driver().findElement(By.id("defaultPassword")).sendKeys("Classroom-Start-2026");
			browser.look("classroom-4-options");

			browser.clickThrough(By.id("continue"));
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Verify your data");
			assertThat(browser.text()).contains("Mia Müller", "Only invited to 7A Biology", "Already has an account.",
					"Back to the classes and options");
			assertThat(browser.driver().findElements(By.cssSelector("a[aria-label='Fix row 12']"))).as("fix of an invited row")
				.isEmpty();
			assertThat(browser.driver().findElement(By.id("row-7")).getText()).as("the row of an existing account")
				.contains("Account exists", "Already has an account.");
			assertThat(browser.driver().findElements(By.cssSelector("a[aria-label='Fix row 7']")))
				.as("no Fix for an account that exists").isEmpty();
			assertThat(browser.driver().findElement(By.id("chosen-group")).getText()).isEqualTo("Class 7A");
			assertThat(browser.driver().findElement(By.id("chosen-password")).getText())
				.isEqualTo("The default password for users who do not sign in with Google");
			browser.look("classroom-5-preview");

			browser.clickThrough(By.id("import-button"));
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result-created")));
			assertThat(browser.driver().findElement(By.id("result-created")).getText()).isEqualTo("10");
			assertThat(browser.text()).contains("leo.fischer@students.demo-school.test", "Only invited");
			browser.look("classroom-6-results");
		}
	}

	@Test
	void aUserSignsInWithGoogleFromTheLoginPage() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login").clickThrough(By.linkText("Sign in with Google"));
			browser.clickThrough(By.cssSelector("button[value='user@demo-school.test']"));
			browser.clickThrough(By.xpath("//button[normalize-space()='Allow']"));

			assertThat(browser.driver().getCurrentUrl()).endsWith("/");
			assertThat(browser.text()).contains("Uma User");
		}
	}


}
