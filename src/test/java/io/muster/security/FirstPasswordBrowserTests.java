package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.muster.support.Api;
import io.muster.support.Browser;

/**
 * The walk of issue 17: a class imported with one password for everyone and "Ask for a new password
 * at first sign-in"; a student signs in with it, is led to choose their own, and then reaches the
 * home page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.test.context=first-password" })
class FirstPasswordBrowserTests {

	private static final String SHARED = "Class-7A-Start-2026";

	private static final String OWN = "Copper-Kettle-Orchard-17";

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	@Test
	void aStudentOfAClassWithOnePasswordChoosesTheirOwnAndThenReachesTheHomePage() throws IOException {
		String student = "mila." + UUID.randomUUID().toString().substring(0, 8) + "@students.example.org";
		Path csv = files.resolve("class-7a.csv");
		Files.writeString(csv, "Name,Email\nMila Meyer," + student + "\nJonas Jung,jonas." + student + "\n",
				StandardCharsets.UTF_8);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD).go("/imports/new/csv");
			browser.driver().findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
			browser.clickThrough(By.xpath("//form//button[normalize-space()='Continue']"));

			WebElement ask = browser.driver().findElement(By.name("askNewPassword"));
			assertThat(ask.isSelected()).as("ticked when one password is used for everyone").isTrue();
			assertThat(browser.text()).contains("Ask for a new password at first sign-in");
			browser.driver().findElement(By.id("defaultPassword")).sendKeys(SHARED);
			browser.select("groupId", "Class 7A").look("first-password-1-options");
			browser.clickThrough(By.xpath("//button[normalize-space()='Continue']"));

			assertThat(browser.driver().findElement(By.id("chosen-ask-new-password")).getText()).isEqualTo("Yes");
			browser.clickThrough(By.id("import-button"));
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result-created")));
			assertThat(browser.driver().findElement(By.id("result-created")).getText()).isEqualTo("2");

			browser.driver().manage().deleteAllCookies();
			browser.signIn(student, SHARED);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/password/choose");
			assertThat(browser.text()).contains("Choose your own password", "Someone else chose the password");
			browser.look("first-password-2-choose");
			browser.go("/account");
			assertThat(browser.driver().getCurrentUrl()).as("nothing else opens").endsWith("/password/choose");

			browser.driver().findElement(By.id("password")).sendKeys(SHARED);
			browser.clickThrough(By.xpath("//button[normalize-space()='Save my password']"));
			assertThat(browser.driver().findElement(By.id("password-error")).getText())
				.isEqualTo("This is the password you signed in with; choose a different one.");
			assertThat(browser.driver().findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.look("first-password-3-refused");

			browser.driver().findElement(By.id("password")).sendKeys(OWN);
			browser.clickThrough(By.xpath("//button[normalize-space()='Save my password']"));
			assertThat(browser.driver().getCurrentUrl()).as(browser.text()).endsWith("/");
			assertThat(browser.text()).contains("Your own password is set.", "Mila Meyer");
			browser.look("first-password-4-home");

			browser.driver().manage().deleteAllCookies();
			browser.signIn(student, OWN);
			assertThat(browser.driver().getCurrentUrl()).as("not asked again").endsWith("/");
		}
	}


}
