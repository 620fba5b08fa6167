package io.muster.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

	private static final Dimension DESKTOP = new Dimension(1280, 800);

	private static final Dimension PHONE = new Dimension(390, 844);

	private final ChromeDriver driver;

	private final String baseUrl;

	/** The phone's size while it is emulated; headless chromium keeps a window at least 500 px wide. */
	private Dimension emulated;

	private Browser(ChromeDriver driver, String baseUrl) {
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

	public ChromeDriver driver() {
		return driver;
	}

	public String text() {
		return new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(page -> page.findElement(By.tagName("body")).getText());
	}

	/**
	 * Shows the pages as a phone of 390×844 CSS pixels does, until {@link #desktop()}.
	 */
	public Browser phone() {
		emulate(PHONE);
		emulated = PHONE;
		return this;
	}

	/**
	 * Shows the pages in a window of 1280×800 again.
	 */
	public Browser desktop() {
		if (emulated != null) {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			emulated = null;
		}
		driver.manage().window().setSize(DESKTOP);
		return this;
	}

	private void emulate(Dimension size) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(), "height",
				size.getHeight(), "deviceScaleFactor", 1, "mobile", true));
	}

	/**
	 * How much wider than the window the page is, in CSS pixels: more than 0 means it scrolls sideways.
	 */
	public long sidewaysOverflow() {
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		return ((Number) overflow).longValue();
	}

	/**
	 * Looks at the current page at 1280×800 and at 390×844, with a screenshot of the whole page at
	 * each ({@code name} and {@code name-phone}); says at which size the page scrolls sideways, and by
	 * how much. The browser is back at 1280×800 afterwards.
	 */
	public List<String> sidewaysScrollAtBothSizes(String name) {
		List<String> problems = new ArrayList<>();
		desktop();
		check(problems, name + " at 1280×800");
		screenshotWholePage(name);
		phone();
		check(problems, name + " at 390×844");
		screenshotWholePage(name + "-phone");
		desktop();
		return problems;
	}

	private void check(List<String> problems, String where) {
		long overflow = sidewaysOverflow();
		if (overflow > 0) {
			problems.add(where + " scrolls sideways by " + overflow + " px");
		}
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
		Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
		if (emulated != null) {
			emulate(new Dimension(emulated.getWidth(), Math.max(emulated.getHeight(), ((Number) height).intValue())));
			screenshot(name);
			emulate(emulated);
			return this;
		}
		Dimension window = driver.manage().window().getSize();
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

	/**
	 * Presses Enter on a button that loads a new page, as a keyboard user does, and waits until the
	 * old page is gone.
	 */
	public Browser pressEnterOn(By element) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(element).sendKeys(Keys.ENTER);
		return waitUntil(browser -> isGone(page));
	}

	public Browser select(String id, String visibleText) {
		new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
		return this;
	}

	/**
	 * Keeps pictures of the page at 1280×800 and at 390×844, checks that it scrolls sideways at
	 * neither, and lets axe-core look at it at both; back at 1280×800 afterwards.
	 */
	public Browser look(String name) {
		assertThat(sidewaysScrollAtBothSizes(name)).as("sideways scrolling of " + name).isEmpty();
		assertThat(accessibilityProblems()).as("accessibility of " + name).isEmpty();
		assertThat(phone().accessibilityProblems()).as("accessibility of " + name + " on a phone").isEmpty();
		return desktop();
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
