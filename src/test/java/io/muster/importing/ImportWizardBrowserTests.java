package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.support.Api;
import io.muster.support.LocalServers;
import io.muster.support.Browser;
import jakarta.mail.internet.MimeMessage;

/**
 * Walks Batch Import in chromium as the help article tells an administrator to, with real mail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ImportWizardBrowserTests {

	static final GreenMail smtp = new GreenMail(LocalServers.smtp());

	static {
		smtp.start();
	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		smtp.stop();
	}

	@Test
	void aSystemAdministratorImportsTheMixedFileFixesARowAndGetsTheEmail() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD);
			browser.click(By.xpath("//summary[normalize-space()='Create Accounts']"))
				.clickThrough(By.linkText("Batch Import"));
			assertThat(heading(browser)).isEqualTo("Batch Import");
			assertThat(browser.text()).contains("CSV file", "Google Classroom");
			browser.look("wizard-1-ways");

			browser.clickThrough(By.linkText("Import from a CSV file"));
			assertThat(browser.text()).contains("You are limited to 5 columns.", "You are limited to 100 users.",
					"ada.lovelace@example.org");
			assertThat(browser.driver().findElement(By.linkText("Download")).getAttribute("href"))
				.endsWith("/imports/sample.csv");
			assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("separator")))
				.getFirstSelectedOption().getText()).isEqualTo("Comma");
			browser.look("wizard-2-file");

			upload(browser, "mixed-problems.csv");
			assertThat(heading(browser)).isEqualTo("Preview and map your columns");
			assertThat(selected(browser, "field0")).isEqualTo("Full name");
			assertThat(selected(browser, "field1")).isEqualTo("Email address");
			assertThat(selected(browser, "field2")).isEqualTo("Password");
			assertThat(browser.text()).contains("User role", "Send welcome email", "Hopper, Grace");
			browser.select("groupId", "Class 7A").look("wizard-3-preview");
			browser.clickThrough(By.xpath("//button[normalize-space()='Continue']"));

			assertThat(heading(browser)).isEqualTo("Verify your data");
			assertThat(browser.text()).contains("This is your last chance to cancel.");
			assertThat(count(browser, "chosen-group")).isEqualTo("Class 7A");
			assertThat(count(browser, "chosen-role")).isEqualTo("User");
			assertThat(count(browser, "chosen-password")).isEqualTo("Each user's own, from the column Password");
			assertThat(count(browser, "chosen-update-passwords")).isEqualTo("No");
			assertThat(count(browser, "chosen-tags")).isEqualTo("None");
			assertThat(browser.driver().findElements(By.id("admins-manage"))).isEmpty();
			assertThat(browser.driver().executeScript("return document.querySelectorAll('style').length"))
				.as("inline style blocks, which the Content-Security-Policy refuses").isEqualTo(0L);
			assertThat(count(browser, "count-create")).isEqualTo("4");
			assertThat(count(browser, "count-invalid")).isEqualTo("4");
			assertThat(row(browser, 3).getText()).contains("Invalid", "No name");
			assertThat(row(browser, 4).getText()).contains("Invalid");
			assertThat(row(browser, 5).getText()).contains("Same email as row 1");
			assertThat(row(browser, 6).getText()).contains("Invalid").doesNotContain("abc");
			assertThat(row(browser, 7).getText()).contains("Multi Line", "Valid");
			browser.look("wizard-4-verify");

			row(browser, 3).findElement(By.linkText("Fix")).click();
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("fix-name-3")));
			browser.driver().findElement(By.id("fix-name-3")).sendKeys("Nora Name");
			browser.look("wizard-5-fix-row");
			browser.driver().findElement(By.id("fix-name-3")).sendKeys(Keys.ENTER);
			browser.waitUntil(ExpectedConditions.textToBe(By.id("count-invalid"), "3"));
			assertThat(row(browser, 3).getText()).contains("Nora Name", "Valid", "Saved and checked again.");

			browser.clickThrough(By.id("import-button"));
			browser.waitUntil(ExpectedConditions.urlMatches(".*/imports/[0-9a-f-]{36}$"));
			assertThat(browser.text()).contains("You will receive an email when it is complete");
			browser.screenshot("wizard-6-progress");
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result-created")));
			assertThat(count(browser, "result-created")).isEqualTo("5");
			assertThat(count(browser, "result-not-imported")).isEqualTo("3");
			assertThat(browser.driver().findElement(By.id("problems")).getText()).contains("not-an-email",
					"Same email as row 1");
			browser.look("wizard-7-results");

			String importId = browser.driver().getCurrentUrl().replaceAll(".*/imports/", "");
			MimeMessage done = awaitMail(Api.SYSADMIN);
			assertThat(done.getSubject()).contains("mixed-problems.csv");
			assertThat(GreenMailUtil.getBody(done)).contains("5 created", "not-an-email", "/imports/" + importId)
				.doesNotContain("Analytical-1843");
		}
	}

	@Test
	void anAdministratorChoosesOnlyTheirGroupsAndSeesMappingProblemsNextToTheColumns() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/imports/new/csv");
			upload(browser, "excel-semicolon-bom.csv");
			assertThat(browser.text()).contains("Vorname", "Jürgen",
					"This file is separated by another character than the one you chose, so Muster read it with: "
							+ "Semicolon.");
			assertThat(selected(browser, "field0")).isEqualTo("First name");
			assertThat(selected(browser, "field2")).isEqualTo("Email address");
			assertThat(browser.driver().findElements(By.id("role"))).isEmpty();
			assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("groupId")))
				.getOptions()).extracting(WebElement::getText).containsExactly("Choose a group", "Class 7A", "Class 7B");

			browser.pressEnterOn(By.xpath("//button[normalize-space()='Use only one column for name']"));
			assertThat(selected(browser, "field0")).as("the first-name column holds the names").isEqualTo("Full name");
			assertThat(selected(browser, "field1")).isEqualTo("Ignore this column");
			assertThat(browser.driver().switchTo().activeElement().getText()).as("focus after the reload")
				.isEqualTo("Use two columns for name (first and last)");
			browser.select("field0", "Ignore this column").select("field2", "Ignore this column")
				.clickThrough(By.xpath("//button[normalize-space()='Continue']"));
			assertThat(browser.driver().findElement(By.id("names-error")).getText()).contains("name");
			assertThat(browser.driver().findElement(By.id("email-error")).getText())
				.isEqualTo("Map the column that holds the email address.");
			assertThat(browser.driver().findElement(By.id("defaultPassword-error")).getText()).isNotBlank();
			assertThat(browser.driver().findElement(By.id("groupId-error")).getText()).contains("group");
			browser.look("wizard-preview-errors");

			browser.driver().findElement(By.id("defaultPassword")).sendKeys("Herbst-Anfang-2026");
			browser.clickThrough(By.xpath("//button[normalize-space()='Use two columns for name (first and last)']"))
				.select("field0", "First name").select("field1", "Last name").select("field2", "Email address")
				.select("groupId", "Class 7B");
			assertThat(browser.driver().findElement(By.id("defaultPassword")).getAttribute("value"))
				.as("the password typed before the page came back").isEqualTo("Herbst-Anfang-2026");
			browser.click(By.xpath("//button[normalize-space()='Show']"));
			assertThat(browser.driver().findElement(By.id("defaultPassword")).getAttribute("type")).isEqualTo("text");
			browser.clickThrough(By.xpath("//button[normalize-space()='Continue']"));
			assertThat(heading(browser)).isEqualTo("Verify your data");
			assertThat(count(browser, "count-create")).isEqualTo("2");
			browser.clickThrough(By.xpath("//button[normalize-space()='Cancel']"));
			assertThat(browser.text()).contains("was cancelled", "Cancelled");
		}
	}

	@Test
	void fileProblemsAreShownOnTheUploadPageAndWindows1252IsReadWithANotice() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/imports/new/csv");
			upload(browser, "too-many-rows.csv");
			assertThat(browser.driver().findElement(By.id("file-error")).getText()).contains("100", "101");
			assertThat(browser.driver().findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.look("wizard-upload-error");

			upload(browser, "windows-1252.csv");
			assertThat(browser.text()).contains("José", "Peña", "Renée", "Faÿ", "Windows-1252");

			browser.go("/imports/new/csv");
			upload(browser, "no-header.csv");
			assertThat(browser.text()).contains("looks like a user");
			browser.click(By.xpath("//label[contains(., 'the first row is already a user')]/input"))
				.clickThrough(By.xpath("//button[normalize-space()='Read the file again']"));
			assertThat(selected(browser, "field0")).as("the column of names").isEqualTo("Full name");
			assertThat(selected(browser, "field1")).as("the column of addresses").isEqualTo("Email address");
			browser.look("wizard-preview-no-header");
		}
	}

	@Test
	void aFiveThousandCharacterNameStaysInItsCellAndAnExistingAccountIsNoMistake() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD).go("/imports/new/csv");
			upload(browser, "long-name.csv");
			browser.look("wizard-preview-long-name");
			browser.select("role", "Administrator").select("groupId", "Class 7A")
				.clickThrough(By.xpath("//button[normalize-space()='Continue']"));

			assertThat(count(browser, "admins-manage")).contains("Administrators", "manage the group Class 7A");
			WebElement valid = row(browser, 1).findElement(By.xpath("td[5]"));
			assertThat(valid.getRect().getX() + valid.getRect().getWidth()).as("right edge of Valid?")
				.isLessThanOrEqualTo(1280);
			assertThat(valid.getText()).contains("Invalid", "longer than 200 characters");
			assertThat(row(browser, 3).getText()).contains("Account exists", "Already has an account.",
					"Update Passwords or Update tags").doesNotContain("Invalid");
			assertThat(row(browser, 3).findElements(By.linkText("Fix"))).isEmpty();
			assertThat(browser.driver().findElement(By.id("import-button")).isEnabled()).isTrue();
			browser.look("wizard-verify-long-name");

			browser.go("/imports/new/csv");
			upload(browser, "existing-accounts.csv");
			browser.select("groupId", "Class 7A").clickThrough(By.xpath("//button[normalize-space()='Continue']"));
			assertThat(browser.driver().findElement(By.id("import-button")).isEnabled()).isFalse();
			assertThat(browser.driver().findElement(By.id("import-button")).getAttribute("aria-describedby"))
				.isEqualTo("nothing-to-import");
			assertThat(count(browser, "nothing-to-import")).contains("no row would create or change an account",
					"Update Passwords or Update tags");
			browser.look("wizard-verify-nothing-to-import");
		}
	}


	private static void upload(Browser browser, String file) {
		browser.driver().findElement(By.id("file"))
			.sendKeys(Path.of("src/test/resources/csv", file).toAbsolutePath().toString());
		browser.clickThrough(By.xpath("//form//button[normalize-space()='Continue']"));
	}

	private static String heading(Browser browser) {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	private static String selected(Browser browser, String id) {
		return new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id(id)))
			.getFirstSelectedOption().getText();
	}

	private static String count(Browser browser, String id) {
		return browser.driver().findElement(By.id(id)).getText();
	}

	private static WebElement row(Browser browser, int row) {
		return browser.driver().findElement(By.id("row-" + row));
	}

	private static MimeMessage awaitMail(String to) throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> find(to) != null);
		return find(to);
	}

	private static MimeMessage find(String to) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}

}
