package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.muster.support.Api;
import io.muster.support.Browser;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anAdminSignsInWithTheKeyboardAndSeesTheirGroupsAndUsers() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login").screenshot("login");
			browser.driver().findElement(By.id("email")).sendKeys(Api.ADMIN, Keys.TAB, Api.DEMO_PASSWORD, Keys.ENTER);
			browser.waitUntil(ExpectedConditions.titleContains("Home"));
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Alex Admin");
			assertThat(browser.text()).contains("Class 7A", "Class 7B");
			// Other tests of this context add users too; the Users of Class 7A fill more than one page.
			assertThat(browser.driver().findElement(By.id("home-user-count")).getText()).startsWith("Users 1–");
			browser.screenshot("home-admin").phone().screenshot("home-admin-phone");

			WebElement menu = browser.driver().findElement(By.xpath("//button[normalize-space()='Menu']"));
			By users = By.cssSelector("#main-menu a[href='/users']");
			assertThat(browser.driver().findElement(users).isDisplayed()).as("folded on a phone").isFalse();
			menu.sendKeys(Keys.ENTER);
			assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(browser.driver().findElement(users).isDisplayed()).isTrue();
			browser.screenshot("home-admin-phone-menu");
			menu.sendKeys(Keys.ESCAPE);
			assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
			assertThat(browser.desktop().driver().findElement(users).isDisplayed()).isTrue();
			assertThat(menu.isDisplayed()).as("no Menu button where there is room").isFalse();
		}
	}

	@Test
	void aWrongPasswordIsExplainedNextToTheForm() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, "not-my-password");
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
			assertThat(browser.driver().findElement(By.id("login-error")).getText())
				.isEqualTo("Wrong email address or password. Check both and try again.");
			assertThat(browser.driver().findElement(By.id("email")).getAttribute("aria-describedby"))
				.isEqualTo("login-error");
			browser.screenshot("login-error");
		}
	}

	@Test
	void aPageAboveTheUsersRoleShowsAFriendlyErrorPage() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/dev/mail");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
			browser.go("/no-such-page");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
			browser.screenshot("error-404");
		}
	}

	@Test
	void signingOutReturnsToTheLoginPage() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.USER, Api.DEMO_PASSWORD);
			assertThat(browser.text()).contains("Your account", "Class 7A");
			browser.driver().findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
			browser.waitUntil(ExpectedConditions.urlContains("signedOut"));
			assertThat(browser.text()).contains("You have signed out.");
		}
	}

}
