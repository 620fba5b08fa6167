package io.muster.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven by Selenium, with screenshots kept in target/screenshots.
 *
 * <p>Where chromium is not installed the browser tests are skipped, except under CI, where
 * {@code .ci/run} installs it and a missing browser must fail the run.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
			assumeTrue(installed, "chromium and chromedriver are not installed");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,800");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return new Browser(driver, "http://localhost:" + port);
	}

	public Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public Browser signIn(String email, String password) {
		go("/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(baseUrl + "/login")));
		return this;
	}

	/**
	 * Waits for a page change that a click started, so that the next look sees the new page.
	 */
	public Browser waitUntil(ExpectedCondition<?> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
		return this;
	}

	public WebDriver driver() {
		return driver;
	}

	public String text() {
		return new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(page -> page.findElement(By.tagName("body")).getText());
	}

	public Browser phone() {
		driver.manage().window().setSize(new Dimension(390, 844));
		return this;
	}

	public Browser screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A screenshot of the whole page, not only the window, so a long table can be looked at.
	 */
	public Browser screenshotWholePage(String name) {
		Dimension window = driver.manage().window().getSize();
		Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(window.getWidth(), ((Number) height).intValue() + 140));
		screenshot(name);
		driver.manage().window().setSize(window);
		return this;
	}

	public Browser click(By element) {
		driver.findElement(element).click();
		return this;
	}

	/**
	 * Clicks something that loads a new page and waits until the old one is gone.
	 */
	public Browser clickThrough(By element) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(element).click();
		return waitUntil(browser -> isGone(page));
	}

	/**
	 * Whether a page's element has left the document; chromium sometimes says so with an inspector
	 * error ("does not belong to the document") instead of a stale element.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	public Browser select(String id, String visibleText) {
		new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
		return this;
	}

	/**
	 * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page, one line each.
	 */
	public List<String> accessibilityProblems() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		return results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	@Override
	public void close() {
		driver.quit();
	}

}
