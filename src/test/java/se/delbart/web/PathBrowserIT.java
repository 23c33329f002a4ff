package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.path.ImplementationPaths;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * In a real headless Chromium: Sundsvall writes an implementation path through the form (a mistake first), Ånge ticks
 * two steps of its checklist with actual days and confirms the status the checklist suggests, and the solution page
 * shows stated beside reported days per step. axe-core finds no WCAG 2.1 A/AA violation on any of these pages (forms
 * with errors included), and none of them is wider than a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class PathBrowserIT {

    private static final String PASSWORD = "browser-test-password";
    private static final String SUNDSVALL = "2281";
    private static final String ANGE = "2260";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry registry;

    @Autowired
    ImplementationPaths paths;

    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        if (!accounts.existsByUsername("ange")) {
            accounts.createUser("ange", "Redaktör Ånge kommun", null, PASSWORD, Role.EDITOR, ANGE);
        }
        if (!accounts.existsByUsername("sundsvall")) {
            accounts.createUser("sundsvall", "Redaktör Sundsvalls kommun", null, PASSWORD, Role.EDITOR, SUNDSVALL);
        }
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sundsvallWritesAPathAngeTicksTwoStepsAndTheSolutionPageShowsStatedAndReportedDays() {
        Solution solution = catalog.createExample(new Actor("seed", Role.EDITOR, SUNDSVALL),
                SolutionFixtures.complete("Vägens lösning " + UUID.randomUUID().toString().substring(0, 8)),
                Lifecycle.PUBLISHED, Instant.now());
        UUID adoption = registry.record(new Actor("seed-ange", Role.MEMBER, ANGE), solution.id(),
                AdoptionStatus.PLANNING, null, null).id();

        Browsers.logIn(browser, url(""), "sundsvall", PASSWORD);
        browser.get(url("/losningar/" + solution.id()));
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Skriv en införandeväg")));
        assertAccessible();
        fill("prerequisites", "E-legitimation för medarbetare\nKonsekvensbedömning (DPIA)");
        fill("steps0-title", "Förstudie");
        fill("steps0-daysMin", "två");
        fill("steps1-title", "Installation");
        fill("steps1-daysMin", "3");
        fill("steps1-roles", "Systemförvaltare, IT-tekniker");
        browser.findElement(By.id("steps1-providerCanDo")).click();
        fill("decisions", "Beslut om personuppgiftsbiträdesavtal");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("fel");
        assertThat(browser.findElement(By.id("steps0-daysMin")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        fill("steps0-daysMin", "2");
        fill("steps0-daysMax", "4");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Införandevägen är sparad");
        assertThat(browser.findElement(By.id("inforandevag")).getText()).contains("Förstudie", "Installation");
        assertAccessible();
        Browsers.logOut(browser);

        Browsers.logIn(browser, url(""), "ange", PASSWORD);
        browser.get(url("/adoptioner/" + adoption));
        assertThat(browser.findElement(By.cssSelector(".checklist-summary")).getText()).contains("0 av 2 steg klara");
        assertAccessible();
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Öppna checklistan")));
        assertAccessible();
        String[] days = { "6", "5" };
        for (int i = 0; i < 2; i++) {
            Browsers.clickAndWaitForPage(browser, browser.findElements(By.cssSelector("table.checklist tbody th a")).get(i));
            if (i == 0) {
                fill("doneOn", "2026-13-40");
                Browsers.clickAndWaitForPage(browser, tickButton());
                assertThat(browser.findElement(By.id("doneOn-error")).getText()).contains("ÅÅÅÅ-MM-DD");
                assertAccessible();
            }
            fill("doneOn", "2026-10-0" + (i + 1));
            fill("actualDays", days[i]);
            fill("note", "Steg " + (i + 1) + " gjordes med egen mall.");
            Browsers.clickAndWaitForPage(browser, tickButton());
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Steget är sparat");
        }
        assertThat(browser.findElements(By.cssSelector("tr[data-done=true]"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("I drift");
        assertAccessible();
        assertNarrow();

        // the status is only suggested until Ånge confirms it on the adoption page
        browser.get(url("/adoptioner/" + adoption));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("Planerar");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector(".checklist-summary form button")));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("I drift");
        assertAccessible();

        browser.get(url("/losningar/" + solution.id()));
        String install = paths.current(null, solution.id()).orElseThrow().path().steps().get(1).id();
        WebElement row = browser.findElement(By.cssSelector("#inforandevag tr[data-step='" + install + "']"));
        assertThat(row.findElement(By.cssSelector(".stated")).getText()).isEqualTo("3 persondagar");
        assertThat(row.findElement(By.cssSelector(".reported")).getText()).isEqualTo("5 persondagar");
        assertThat(row.findElement(By.cssSelector(".reported-n")).getText()).isEqualTo("1");
        assertAccessible();
        assertNarrow();
    }

    private WebElement tickButton() {
        return browser.findElement(By.cssSelector("#tick-heading ~ form button[type=submit]"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void assertAccessible() {
        Axe.Violations violations = Axe.analyze(browser);
        assertThat(violations).as(browser.getCurrentUrl() + "\n" + violations).isEmpty();
    }

    /** At 390 px the page does not scroll sideways. */
    private void assertNarrow() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        browser.navigate().refresh();
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        assertThat(width).as(browser.getCurrentUrl()).isLessThanOrEqualTo(390);
        assertAccessible();
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
