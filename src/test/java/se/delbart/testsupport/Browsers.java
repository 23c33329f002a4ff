package se.delbart.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, from the machine's own packages (Debian {@code chromium} and
 * {@code chromium-driver}); Selenium Manager never downloads anything, because both paths are given explicitly.
 *
 * <p>Paths: {@code DELBART_TEST_CHROMIUM} and {@code DELBART_TEST_CHROMEDRIVER} (environment or system property),
 * else {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} when they exist. A path that is set but does
 * not exist fails the test; when nothing is found the test fails if {@code CI=true} and is skipped otherwise.
 *
 * <p>Each call starts its own browser with a temporary profile, removed by {@code quit()}. Start it in
 * {@code @BeforeEach} (lazily, shared by the class): a skip thrown from {@code @BeforeAll} would hide the class from
 * Surefire's counts instead of reporting its tests as skipped.
 * <pre>{@code
 * static ChromeDriver browser;
 * @BeforeEach void start() { if (browser == null) browser = Browsers.chromium(); }
 * @AfterAll static void stop() { if (browser != null) browser.quit(); }
 * @Test void homePageIsAccessible() {
 *     browser.get("http://localhost:" + port + "/");
 *     Axe.Violations violations = Axe.analyze(browser);
 *     assertThat(violations).as(violations.toString()).isEmpty();
 * }
 * }</pre>
 */
public final class Browsers {

    public static final String CHROMIUM_SETTING = "DELBART_TEST_CHROMIUM";
    public static final String CHROMEDRIVER_SETTING = "DELBART_TEST_CHROMEDRIVER";

    private static final String HOW_TO_ENABLE = "Install it (apt-get install -y chromium chromium-driver) or set "
            + CHROMIUM_SETTING + " and " + CHROMEDRIVER_SETTING + "; .ci/run does both.";

    private Browsers() {
    }

    /**
     * Clicks something that loads a new page (a form's submit button, a link) and waits until the old page is gone,
     * so that what the test reads next is the new page: a click returns as soon as the event is dispatched, and
     * reading the title right after it raced the navigation (PubliccodeImportBrowserIT failed once on that in CI).
     */
    public static void clickAndWaitForPage(org.openqa.selenium.WebDriver browser, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(driver -> isGone(page));
    }

    /**
     * Whether an element's page has been left: it is stale, or — as Chromium 156's driver sometimes answers in the
     * middle of a navigation instead — its node "does not belong to the document" (AdoptionFlowBrowserIT failed on
     * that in CI, 2026-12-06). Any other error is the test's to see.
     */
    private static boolean isGone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Logs in through the login form at {@code baseUrl}/login and waits for the page it leads to. */
    public static void logIn(org.openqa.selenium.WebDriver browser, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("username")));
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        clickAndWaitForPage(browser, browser.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")));
    }

    /**
     * Logs out with the header's button and waits until the page it leads to has replaced this one, so that the next
     * page load cannot overtake the logout.
     */
    public static void logOut(org.openqa.selenium.WebDriver browser) {
        clickAndWaitForPage(browser,
                browser.findElement(org.openqa.selenium.By.cssSelector("form[action$='/logout'] button")));
    }

    /** A new headless Chromium. Call {@code quit()} when done (it also deletes the temporary profile). */
    public static ChromeDriver chromium() {
        Path browser = executable(CHROMIUM_SETTING, "/usr/bin/chromium");
        Path driver = executable(CHROMEDRIVER_SETTING, "/usr/bin/chromedriver");
        Path profile = temporaryProfile();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // the network here is closed: without the background-networking flags Chromium keeps dialling out
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();

        ChromeDriver chrome;
        try {
            chrome = new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        deleteQuietly(profile);
                    }
                }
            };
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Path executable(String setting, String fallback) {
        Optional<String> configured = TestSettings.get(setting);
        if (configured.isPresent()) {
            File file = new File(configured.get());
            if (!file.canExecute()) {
                Assertions.fail(setting + "=" + configured.get() + " is not an executable file. " + HOW_TO_ENABLE);
            }
            return file.toPath();
        }
        File file = new File(fallback);
        if (file.canExecute()) {
            return file.toPath();
        }
        throw TestSettings.unavailable("Chromium (" + setting + " unset, no " + fallback + ")", HOW_TO_ENABLE);
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("delbart-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover profile in the temp dir is harmless
        }
    }
}
