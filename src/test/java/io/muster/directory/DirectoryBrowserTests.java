package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.muster.support.Api;
import io.muster.support.Browser;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class DirectoryBrowserTests {

	private static final String PASSWORD = "Violet-Harbour-71";

	@LocalServerPort
	int port;

	@Test
	void anAdministratorAddsAUserFindsThemAndSuspendsThem() {
		String email = "walker." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD).driver();
			driver.findElement(By.xpath("//summary[normalize-space()='Create Accounts']")).click();
			driver.findElement(By.linkText("Add a user")).click();
			browser.waitUntil(ExpectedConditions.titleContains("Add a user"));
			driver.findElement(By.id("fullName")).sendKeys("Wanda Walker");
			driver.findElement(By.id("email")).sendKeys("wanda-at-example.org");
			driver.findElement(By.id("password")).sendKeys("short");
			submit(driver);
			WebElement emailError = driver.findElement(By.id("email-error"));
			assertThat(emailError.getText()).contains("has no @ sign");
			assertThat(driver.findElement(By.id("email")).getAttribute("aria-describedby")).isEqualTo("email-error");
			assertThat(driver.findElement(By.id("password-error")).getText()).contains("Password is too short");
			browser.look("user-new-errors");

			driver.findElement(By.id("email")).clear();
			driver.findElement(By.id("email")).sendKeys(email);
			driver.findElement(By.id("tags")).sendKeys("chess, year 7");
			driver.findElement(By.id("password")).sendKeys(PASSWORD);
			new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("groupId"))).selectByVisibleText("Class 7A");
			submit(driver);
			browser.waitUntil(ExpectedConditions.titleContains("Wanda Walker"));
			assertThat(browser.text()).contains("The account of Wanda Walker has been created.");

			browser.go("/users");
			driver.findElement(By.id("q")).sendKeys("wanda walker");
			driver.findElement(By.cssSelector("search form button[type=submit]")).click();
			browser.waitUntil(ExpectedConditions.textToBe(By.id("user-count"), "Users 1–1 of 1"));
			browser.look("users-search");
			browser.go("/users").look("users-list");
			browser.go("/").look("home-system-administrator");
			assertThat(driver.findElement(By.id("home-user-count")).getText()).startsWith("Users 1–");

			browser.go("/users?q=" + email);
			driver.findElement(By.linkText("Wanda Walker")).click();
			browser.waitUntil(ExpectedConditions.titleContains("Wanda Walker"));
			assertThat(driver.findElement(By.id("user-status")).getText()).isEqualTo("Active");
			browser.look("user-page");
			driver.findElement(By.xpath("//button[normalize-space()='Suspend']")).click();
			browser.waitUntil(ExpectedConditions.textToBe(By.id("user-status"), "Suspended"));
			assertThat(browser.text()).contains("The account of Wanda Walker is suspended");
			browser.look("user-suspended");

			driver.findElement(By.xpath("//button[normalize-space()='Reset password']")).click();
			browser.waitUntil(ExpectedConditions.titleContains("New password for Wanda Walker"));
			assertThat(driver.findElement(By.id("one-time-password")).getAttribute("value")).hasSizeGreaterThanOrEqualTo(16);
			browser.look("user-one-time-password");
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(email, PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
		}
	}

	@Test
	void aSystemAdministratorCreatesRenamesAndDeletesAGroup() {
		String name = "Robotics " + UUID.randomUUID().toString().substring(0, 4);
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD).go("/groups").driver();
			driver.findElement(By.id("new-group")).sendKeys("class 7a");
			driver.findElement(By.xpath("//button[normalize-space()='Create group']")).click();
			assertThat(driver.findElement(By.id("create-error")).getText()).contains("already a group");
			driver.findElement(By.id("new-group")).clear();
			driver.findElement(By.id("new-group")).sendKeys(name);
			driver.findElement(By.xpath("//button[normalize-space()='Create group']")).click();
			browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Group " + name + " created."));

			WebElement row = driver.findElement(By.xpath("//tr[th/span[normalize-space()='" + name + "']]"));
			WebElement rename = row.findElement(By.name("name"));
			rename.clear();
			rename.sendKeys(name + " Club");
			row.findElement(By.xpath(".//button[normalize-space()='Rename']")).click();
			browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Group renamed to " + name + " Club."));
			browser.look("groups");

			driver.findElement(By.xpath("//tr[th/span[normalize-space()='Class 7A']]//button[normalize-space()='Delete']")).click();
			assertThat(browser.text()).contains("still has", "Move them to another group first");
			browser.look("groups-delete-refused");

			driver.findElement(By.xpath("//tr[th/span[normalize-space()='" + name + " Club']]//button[normalize-space()='Delete']")).click();
			browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Group " + name + " Club deleted."));
			assertThat(driver.findElements(By.xpath("//tr[th/span[normalize-space()='" + name + " Club']]"))).isEmpty();
		}
	}

	@Test
	void aSystemAdministratorTurnsAdvancedEmailNotificationsOnAndOff() {
		try (Browser browser = Browser.open(port)) {
			WebDriver driver = browser.signIn(Api.HILLSIDE_SYSADMIN, Api.DEMO_PASSWORD).driver();
			driver.findElement(By.linkText("Organization")).click();
			browser.waitUntil(ExpectedConditions.titleContains("Organization settings"));
			boolean before = driver.findElement(By.id("advancedEmailNotifications")).isSelected();
			driver.findElement(By.id("advancedEmailNotifications")).click();
			driver.findElement(By.id("maxImportUsers")).clear();
			driver.findElement(By.id("maxImportUsers")).sendKeys("0");
			submit(driver);
			WebElement error = driver.findElement(By.id("maxImportUsers-error"));
			assertThat(error.getText()).isEqualTo("Users per file must be a whole number from 1 to 10000.");
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", error);
			browser.screenshot("organization-error");
			driver.findElement(By.id("maxImportUsers")).clear();
			driver.findElement(By.id("maxImportUsers")).sendKeys("100");
			submit(driver);
			browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Settings saved."));
			assertThat(driver.findElement(By.id("advancedEmailNotifications")).isSelected()).isEqualTo(!before);
			browser.look("organization");

			driver.findElement(By.id("advancedEmailNotifications")).click();
			submit(driver);
			browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Settings saved."));
			assertThat(driver.findElement(By.id("advancedEmailNotifications")).isSelected()).isEqualTo(before);
		}
	}

	@Test
	void theOtherPagesOfAPersonFitBothScreensAndPassAxe() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login").look("sign-in");
			browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD);
			browser.go("/account").look("account");
			browser.go("/account/tokens").look("account-tokens");
			browser.go("/audit").look("audit");
			Api.upload(Api.as(port, Api.SYSADMIN), "never-started.csv",
					"Name,Email\nNia Never,nia.never@example.org\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.expectStatus().isCreated();
			browser.go("/imports").look("imports-with-a-draft");
			assertThat(browser.text()).contains("never-started.csv");
		}
	}

	private static void submit(WebDriver driver) {
		driver.findElement(By.cssSelector("main form[method=post] button[type=submit]:last-of-type")).click();
	}

}
