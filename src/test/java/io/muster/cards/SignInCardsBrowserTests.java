package io.muster.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.Browser;
import io.muster.support.DemoGroups;
import io.muster.support.PrintedCards;

/**
 * The walk of issue 17, part 2: a class imported with a password made for each student, its sign-in
 * cards downloaded once, and the third student signing in from their card's QR code with the
 * password printed on it; and passwords reset in bulk, printed the same way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.test.context=sign-in-cards" })
class SignInCardsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void aClassGetsAPasswordEachPrintedOnCardsOnceAndTheThirdStudentSignsInWithTheirs() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> names = List.of("Mila Meyer", "Jonas Jung", "Aylin Yıldız", "Noah Schmidt");
		List<String> emails = names.stream()
			.map(name -> name.split(" ")[0].toLowerCase() + "." + run + "@students.example.org")
			.toList();
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; i < names.size(); i++) {
			csv.append(names.get(i)).append(',').append(emails.get(i)).append('\n');
		}
		Path file = files.resolve("class-7a.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		Path downloads = Files.createDirectories(files.resolve("downloads"));

		try (Browser browser = Browser.open(port)) {
			browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
			browser.signIn(Api.SYSADMIN, Api.DEMO_PASSWORD).go("/imports/new/csv");
			browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.clickThrough(By.xpath("//form//button[normalize-space()='Continue']"));

			assertThat(browser.text()).contains("Make a password for each user");
			browser.click(By.cssSelector("input[type=checkbox][name=generatePasswords]"));
			assertThat(browser.driver().findElement(By.name("askNewPassword")).isSelected()).isTrue();
			browser.select("groupId", "Class 7A").look("sign-in-cards-1-options");
			browser.clickThrough(By.xpath("//button[normalize-space()='Continue']"));

			assertThat(browser.driver().findElement(By.id("chosen-password")).getText())
				.isEqualTo("A password made for each user, printed on sign-in cards");
			browser.clickThrough(By.id("import-button"));
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result-created")));
			assertThat(browser.driver().findElement(By.id("result-created")).getText()).isEqualTo("4");
			assertThat(browser.driver().findElement(By.id("cards-ready")).getText())
				.startsWith("Muster made a password for 4 people.")
				.contains("until you download the cards");
			assertThat(browser.driver().findElement(By.id("paper")).getAttribute("value"))
				.as("the browser speaks en-US").isEqualTo("LETTER");
			browser.select("paper", "A4").look("sign-in-cards-2-results");

			browser.click(By.id("download-cards"));
			Path pdf = downloaded(downloads);
			byte[] printed = Files.readAllBytes(pdf);
			try (PDDocument document = Loader.loadPDF(printed)) {
				assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			}
			List<String> cards = PrintedCards.texts(printed);
			assertThat(cards).hasSize(4);
			for (int i = 0; i < names.size(); i++) {
				assertThat(cards.get(i)).contains(names.get(i), "Class 7A", emails.get(i));
			}
			String third = emails.get(2);
			String password = PrintedCards.passwordsByEmail(printed).get(third);
			String signInLink = "http://localhost:" + port + "/login?email=" + third.replace("@", "%40");
			assertThat(PrintedCards.qrCodes(printed)).contains(signInLink)
				.allSatisfy(link -> assertThat(link).doesNotContain(password));

			browser.clickThrough(By.id("download-cards"));
			assertThat(browser.driver().findElement(By.id("cards-gone")).getText()).isEqualTo(
					"The sign-in cards were downloaded, and their passwords deleted then; reset the passwords to print new cards.");
			assertThat(browser.driver().findElements(By.id("download-cards"))).isEmpty();
			browser.look("sign-in-cards-3-gone");

			browser.driver().manage().deleteAllCookies();
			browser.driver().get(signInLink);
			assertThat(browser.driver().findElement(By.id("email")).getAttribute("value")).isEqualTo(third);
			browser.look("sign-in-cards-4-login");
			browser.driver().findElement(By.id("password")).sendKeys(password);
			browser.clickThrough(By.cssSelector("form button[type=submit]"));
			assertThat(browser.driver().getCurrentUrl()).as("signed in, asked to choose their own")
				.endsWith("/password/choose");
		}
	}

	@Test
	void anAdministratorResetsTwoPasswordsInBulkAndPrintsTheirCardsOnce() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		long school = organizations.findByName("Demo School").orElseThrow().id();
		List<String> emails = List.of("ada." + run + "@students.example.org", "ben." + run + "@students.example.org");
		for (String email : emails) {
			directory.createUser(new NewUser(school, PersonName.full("Pupil " + email.substring(0, 3)), email, Role.USER,
					DemoGroups.id(jdbc, "Class 7A"), Set.of(), "Pupil-Old-Pass-1"));
		}
		Path downloads = Files.createDirectories(files.resolve("downloads"));
		try (Browser browser = Browser.open(port)) {
			browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
			browser.signIn(Api.ADMIN, Api.DEMO_PASSWORD).go("/users?q=" + run);
			browser.driver().findElements(By.name("ids")).forEach(WebElement::click);
			new Select(browser.driver().findElement(By.name("action")))
				.selectByVisibleText("Reset passwords (for sign-in cards)");
			browser.clickThrough(By.xpath("//button[normalize-space()='Apply to selected']"));

			assertThat(browser.driver().getCurrentUrl()).contains("/cards/");
			assertThat(browser.driver().findElement(By.id("cards-ready")).getText())
				.startsWith("The passwords of 2 people were reset");
			browser.look("sign-in-cards-5-reset");
			browser.click(By.id("download-cards"));
			byte[] printed = Files.readAllBytes(downloaded(downloads));
			assertThat(PrintedCards.passwordsByEmail(printed).keySet()).containsExactlyInAnyOrderElementsOf(emails);

			browser.clickThrough(By.id("download-cards"));
			assertThat(browser.driver().findElement(By.id("cards-gone")).getText())
				.startsWith("The sign-in cards were downloaded");
		}
	}

	private static Path downloaded(Path downloads) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			try (Stream<Path> found = Files.list(downloads)) {
				return found.filter(path -> path.toString().endsWith(".pdf")).findFirst().orElse(null);
			}
		}, path -> path != null && path.toFile().length() > 0);
	}

}
