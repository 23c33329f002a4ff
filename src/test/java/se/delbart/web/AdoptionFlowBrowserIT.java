package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.jayway.jsonpath.JsonPath;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
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
 * The "done when", in a real headless Chromium: Ånge's editor records an adoption of a Sundsvall solution
 * and an experience report through the pages; the solution page then shows the changed counts, the stated-vs-reported
 * panel and the badge the report earned, and the API says the same. axe-core finds no WCAG 2.1 A/AA violation on the
 * solution page with its adoption section, the registration page, the adoption page (also with errors) and
 * "Våra användningar".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class AdoptionFlowBrowserIT {

    private static final String PASSWORD = "browser-test-password";
    private static final String SUNDSVALL = "2281";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry registry;

    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        if (!accounts.existsByUsername("ange")) {
            accounts.createUser("ange", "Redaktör Ånge kommun", null, PASSWORD, Role.EDITOR, "2260");
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
    void angeRecordsAnAdoptionAndAReportAndTheSolutionPageAndApiShowIt() throws Exception {
        // a Sundsvall solution (implementation stated as 5–10 days) that Härnösand runs and reported on
        Solution solution = catalog.createExample(new Actor("seed", Role.EDITOR, SUNDSVALL),
                SolutionFixtures.complete("Sundsvalls lösning " + UUID.randomUUID().toString().substring(0, 8)),
                Lifecycle.PUBLISHED, Instant.now());
        Actor harnosand = new Actor("seed-harnosand", Role.MEMBER, "2280");
        Adoption first = registry.record(harnosand, solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        registry.report(harnosand, first.id(), new Experience(7, 2, 30_000L, 12_000L, 6, null, 4, 4, 4, null, true));

        browser.get(url("/losningar/" + solution.id()));
        assertThat(count("IN_PRODUCTION")).isEqualTo("1");
        assertThat(badges()).contains("I drift hos 1 kommun").doesNotContain("1 kommuner").doesNotContain("Rapporterad insats stämmer med angiven");
        assertAccessible();

        login("ange");
        browser.get(url("/losningar/" + solution.id()));
        assertAccessible();
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Registrera användning")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Registrera användning av");
        assertAccessible();
        new Select(browser.findElement(By.id("status"))).selectByValue("IN_PRODUCTION");
        browser.findElement(By.id("departments")).sendKeys("Socialförvaltningen");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));

        // the adoption page: report with a mistake first, errors at the fields, still accessible
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("I drift");
        assertAccessible();
        browser.findElement(By.id("implementationDays")).sendKeys("nio");
        Browsers.clickAndWaitForPage(browser, reportButton());
        assertThat(browser.findElement(By.id("implementationDays")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("operationalRating-error")).getText()).contains("Välj ett betyg");
        assertAccessible();

        fill("implementationDays", "9");
        fill("adaptationDays", "3");
        fill("oneOffCostSek", "25000");
        browser.findElement(By.id("operationalRating4")).click();
        browser.findElement(By.id("citizenRating5")).click();
        browser.findElement(By.id("supportRating4")).click();
        browser.findElement(By.id("wouldRecommendYes")).click();
        fill("comment", "Vi kom igång på två veckor.");
        Browsers.clickAndWaitForPage(browser, reportButton());
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Erfarenhetsrapporten är sparad");
        assertAccessible();

        browser.get(url("/vara-anvandningar"));
        assertThat(browser.findElements(By.linkText(solution.name()))).hasSize(1);
        assertAccessible();

        // the solution page: counts, stated vs reported, badges and the report changed
        browser.get(url("/losningar/" + solution.id()));
        assertThat(count("IN_PRODUCTION")).isEqualTo("2");
        WebElement implementation = browser.findElement(By.cssSelector("tr[data-figure=implementationDays]"));
        assertThat(implementation.getText()).contains("5–10 persondagar", "8 persondagar", "7–9 persondagar")
                .endsWith("2");
        assertThat(badges()).contains("I drift hos 2 kommuner", "Rapporterad insats stämmer med angiven",
                "Angivet 5–10 persondagar, rapporterad median 8 persondagar (2 rapporter).");
        assertThat(browser.findElement(By.cssSelector(".reports")).getText()).contains("Ånge", "Vi kom igång på två veckor.");
        assertAccessible();

        // and the API says the same
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/v1/solutions/" + solution.id() + "/experience"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat((Integer) JsonPath.read(json, "$.adoptions.IN_PRODUCTION")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(json, "$.reported.implementationDays.n")).isEqualTo(2);
        assertThat((Double) JsonPath.read(json, "$.reported.implementationDays.median")).isEqualTo(8.0);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.badges[*].code")).contains("IN_PRODUCTION",
                "EFFORT_AS_STATED");
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.recentReports[*].municipalityName")).contains("Ånge");

        // Ånge writes to the publisher; Sundsvall finds it in the inbox and answers in the thread
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Kontakta utgivaren")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Sundsvall", "Ånge");
        assertAccessible();
        browser.findElement(By.id("body")).sendKeys("Hej! Hur lång tid tog det för er att komma igång?");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("ol.thread")).getText()).contains("Hur lång tid tog det");
        assertAccessible();
        Browsers.logOut(browser);

        login("sundsvall");
        browser.get(url("/inkorg"));
        assertThat(browser.findElement(By.id("nav-inbox")).getText()).contains("1 oläst)");
        assertThat(browser.findElement(By.cssSelector("ul.inbox")).getText()).contains("Meddelande från Ånge");
        assertAccessible();
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.partialLinkText("Meddelande från Ånge")));
        assertThat(browser.findElement(By.cssSelector("ol.thread")).getText()).contains("Hur lång tid tog det");
        assertAccessible();
    }

    /**
     * Registering preselects no status; "I drift" chosen by mistake is corrected back to "Planerar" and the counts
     * follow. The language link on a page rendered by a failed form post (here the report form) opens that page in
     * English instead of a 405.
     */
    @Test
    void angeChoosesAStatusCorrectsItAndSwitchesLanguageAfterAFailedForm() throws Exception {
        Solution solution = catalog.createExample(new Actor("seed", Role.EDITOR, SUNDSVALL),
                SolutionFixtures.complete("Rättas " + UUID.randomUUID().toString().substring(0, 8)),
                Lifecycle.PUBLISHED, Instant.now());
        login("ange");
        browser.get(url("/losningar/" + solution.id() + "/registrera-anvandning"));
        assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
                .isEmpty();
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.id("status-error")).getText()).isNotBlank();
        assertAccessible();
        new Select(browser.findElement(By.id("status"))).selectByValue("IN_PRODUCTION");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("I drift");
        String adoptionPage = browser.getCurrentUrl();

        // a report with a mistake is answered by the POST itself; its language link must lead to a page
        browser.findElement(By.id("implementationDays")).sendKeys("nio");
        Browsers.clickAndWaitForPage(browser, reportButton());
        assertThat(browser.findElement(By.id("implementationDays")).getAttribute("aria-invalid")).isEqualTo("true");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("English")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("In production");
        assertThat(browser.getCurrentUrl()).startsWith(adoptionPage);
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Svenska")));

        // "I drift" was wrong: Ånge only plans. The correction is kept in the history and marked as one
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Planerar (rättelse)");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("form[action$='" + adoptionPage
                .substring(adoptionPage.indexOf("/adoptioner/")) + "'] button[type=submit]")));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("Planerar");
        java.util.List<WebElement> history = browser.findElements(
                By.cssSelector("section[aria-labelledby=history-heading] tbody tr"));
        assertThat(history.get(history.size() - 1).getText()).contains("I drift", "Planerar", "Rättelse");
        assertAccessible();

        browser.get(url("/losningar/" + solution.id()));
        assertThat(count("IN_PRODUCTION")).isEqualTo("0");
        assertThat(count("PLANNING")).isEqualTo("1");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(String username) {
        Browsers.logIn(browser, url(""), username, PASSWORD);
    }

    private String count(String status) {
        return browser.findElement(By.cssSelector("li[data-status=" + status + "] .count")).getText();
    }

    private String badges() {
        var list = browser.findElements(By.cssSelector(".trust-badges"));
        return list.isEmpty() ? "" : list.get(0).getText();
    }

    private WebElement reportButton() {
        return browser.findElement(By.cssSelector("form[action$='/erfarenhet'] button[type=submit]"));
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
}
