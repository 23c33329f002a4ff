package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * What a person does, in a real headless Chromium against the running application: Ånge's editor logs in,
 * fills in the publish form, publishes and finds the solution in the list. axe-core checks WCAG 2.1 AA on the start,
 * list, detail and form pages (also with field errors shown).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class PublishFlowBrowserIT {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        if (!accounts.existsByUsername("ange")) {
            accounts.createUser("ange", "Redaktör Ånge kommun", null, PASSWORD, Role.EDITOR, "2260");
        }
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertAccessible(WebDriver driver) {
        Axe.Violations violations = Axe.analyze(driver);
        assertThat(violations).as(violations.toString()).isEmpty();
    }

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        Solution example = catalog.createExample(new Actor("seed", Role.EDITOR, "2281"),
                SolutionFixtures.complete("Tillgänglig lösning " + UUID.randomUUID()), Lifecycle.PUBLISHED, Instant.now());

        browser.get(url("/"));
        assertThat(browser.getTitle()).contains("Delbart");
        assertAccessible(browser);

        browser.get(url("/losningar"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible(browser);

        browser.get(url("/losningar/" + example.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(example.name());
        assertAccessible(browser);

        browser.get(url("/kommuner"));
        assertAccessible(browser);

        // the search page with facets and (once indexed) the example as a highlighted hit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            browser.get(url("/sok?q=tillgänglig"));
            return !browser.findElements(By.linkText(example.name())).isEmpty();
        });
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("1");
        assertAccessible(browser);

        browser.get(url("/?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertAccessible(browser);
    }

    @Test
    void angesEditorPublishesASolutionAndFindsItInTheList() {
        String name = "Digital skolskjutsansökan " + UUID.randomUUID().toString().substring(0, 8);

        browser.get(url("/login"));
        assertAccessible(browser);
        Browsers.logIn(browser, url(""), "ange", PASSWORD);

        browser.get(url("/losningar/ny"));
        assertAccessible(browser);

        // an empty submission shows errors at the fields, still accessible
        Browsers.clickAndWaitForPage(browser, saveButton());
        assertThat(browser.findElement(By.id("summary")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible(browser);

        fill("name", name);
        fill("summary", "Vårdnadshavare söker skolskjuts digitalt och får besked direkt.");
        fill("description", "Ansökan görs med **BankID**.\n\n- avstånd räknas automatiskt");
        new Select(browser.findElement(By.id("solutionType"))).selectByValue("SOFTWARE");
        new Select(browser.findElement(By.id("status"))).selectByValue("IN_PRODUCTION");
        check(By.cssSelector("input[name=domains][value=utbildning]"));
        check(By.id("pragmatic"));
        fill("pragmaticReason", "Kräver bara grundläggande IT-stöd för att komma igång.");
        new Select(browser.findElement(By.id("competenceNeeded"))).selectByValue("BASIC_IT");
        fill("implementationDaysMin", "3");
        fill("implementationDaysMax", "8");
        fill("adaptationDaysMin", "1");
        fill("adaptationDaysMax", "4");
        new Select(browser.findElement(By.id("support"))).selectByValue("PUBLISHER");
        fill("operationalBenefit", "Handläggarna slipper skriva av pappersansökningar.");
        Browsers.clickAndWaitForPage(browser, saveButton());

        // the new draft's page: publish it
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        Browsers.clickAndWaitForPage(browser,
                browser.findElement(By.cssSelector("form[action$='/publicera'] button[type=submit]")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/redigera");
        assertAccessible(browser);

        browser.get(url("/losningar?q=" + name.substring(name.length() - 8)));
        assertThat(browser.findElements(By.linkText(name))).as("the published solution is listed").hasSize(1);
        assertAccessible(browser);

        // and anonymous visitors see it too
        browser.manage().deleteAllCookies();
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText(name)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    }

    private WebElement saveButton() {
        return browser.findElement(By.cssSelector("main form button[type=submit]:not([name=preview])"));
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void check(By locator) {
        WebElement box = browser.findElement(locator);
        if (!box.isSelected()) {
            box.click();
        }
    }
}
