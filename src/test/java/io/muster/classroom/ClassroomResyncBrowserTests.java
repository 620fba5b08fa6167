package io.muster.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.demo.google.GoogleEmulator;
import io.muster.support.Api;
import io.muster.support.Browser;

/**
 * Checking a Classroom import for new students and switching on the daily check, in chromium: the
 * results page's button, the page that asks for the default password again, the verification of
 * the re-sync with who is new and who is still only invited, and the schedule on the Classroom page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ClassroomResyncBrowserTests {

	private static final String BIOLOGY = "700000000001";

	@LocalServerPort
	int port;

	@Autowired
	GoogleEmulator google;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forget() {
		FirstImport.forget(jdbc, google);
	}

	@Test
	void anAdministratorChecksForNewStudentsAndKeepsTheClassInStepEveryDay() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/imports/new/classroom");
			browser.clickThrough(By.linkText("Authorize Google Classroom Integration"));
			browser.clickThrough(By.cssSelector("button[value='admin@demo-school.test']"));
			browser.clickThrough(By.xpath("//button[normalize-space()='Allow']"));
			String first = FirstImport.of(port, jdbc, google, BIOLOGY);
			google.acceptInvitation("leo.fischer" + FirstImport.PUPILS);
			google.enrol(BIOLOGY, "明", "李", "李明", "li.ming" + FirstImport.PUPILS);

			browser.go("/imports/" + first);
			assertThat(browser.driver().findElement(By.id("check-new-students")).getText())
				.isEqualTo("Check for new students");
			browser.look("classroom-7-results-check");
			browser.clickThrough(By.id("check-new-students"));
			assertThat(browser.text()).contains("Muster does not keep the default password after an import");
			browser.clickThrough(By.id("check"));
			assertThat(browser.driver().findElement(By.id("defaultPassword-error")).getText())
				.contains("Type the default password again");
			browser.look("classroom-8-resync-password");
			browser.driver().findElement(By.id("defaultPassword")).sendKeys(FirstImport.PASSWORD);
			browser.pressEnterOn(By.id("check"));

			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Verify your data");
			assertThat(browser.text()).contains("Joined since the last import", "New since the last import",
					"Still only invited", "李明");
			assertThat(browser.driver().findElement(By.id("count-left-out")).getText()).isEqualTo("8");
			browser.look("classroom-9-resync-verify");

			browser.go("/imports/new/classroom#daily");
			browser.driver().findElement(By.id("time")).sendKeys("0730");
			browser.select("zone", "Europe/Berlin");
			browser.driver().findElement(By.id("scheduleDefaultPassword")).sendKeys(FirstImport.PASSWORD);
			browser.clickThrough(By.id("switch-on"));
			assertThat(browser.driver().findElement(By.id("scheduled-notice")).getText())
				.isEqualTo("The daily check is switched on.");
			assertThat(browser.driver().findElement(By.id("schedules")).getText()).contains("Google Classroom: 7A Biology",
					"07:30 (Europe/Berlin)", "07:30", "Not yet", "Stop");
			browser.look("classroom-10-daily");

			browser.clickThrough(By.xpath("//button[normalize-space()='Stop']"));
			assertThat(browser.driver().findElement(By.id("unscheduled-notice")).getText())
				.isEqualTo("The daily check is stopped.");
			assertThat(browser.driver().findElements(By.id("schedules"))).isEmpty();
		}
	}

}
