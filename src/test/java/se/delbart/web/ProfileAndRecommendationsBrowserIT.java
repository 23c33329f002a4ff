package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.delbart.catalog.Benefit;
import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Fit;
import se.delbart.catalog.IdealTypeFit;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.catalog.SupportModel;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * Issue 6's done-when in a real browser: Ånge answers like a small municipality without a development budget and
 * gets a mainly pragmatic profile with visible contributions and a list of light, proven solutions with reasons;
 * Sundsvall answers as an operational municipality and gets a different, explained list. axe-core checks the
 * profile, questionnaire, recommendation and solution pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class ProfileAndRecommendationsBrowserIT {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    private ChromeDriver browser;
    private String light;
    private String platform;
    private String booking;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        if (!accounts.existsByUsername("ange")) {
            accounts.createUser("ange", "Redaktör Ånge kommun", null, PASSWORD, Role.EDITOR, "2260");
        }
        if (!accounts.existsByUsername("sundsvall")) {
            accounts.createUser("sundsvall", "Redaktör Sundsvalls kommun", null, PASSWORD, Role.EDITOR, "2281");
        }
        String tag = UUID.randomUUID().toString().substring(0, 6);
        light = "Färdig e-tjänst för skolskjuts " + tag;
        platform = "Egen plattform för invånarärenden " + tag;
        Actor malmo = new Actor("malmo-browser", Role.EDITOR, "1280");
        UUID lightId = publish(malmo, light, CompetenceNeeded.BASIC_IT, Set.of(Domain.UTBILDNING),
                List.of(new IdealTypeFit(IdealType.PRAGMATIC, "Klar att använda")),
                new Effort(new DayRange(2, 6), new DayRange(1, 3), 20_000L, 10_000L, 4, SupportModel.PUBLISHER),
                new Benefit("Mindre handpåläggning.", null, List.of()));
        publish(malmo, platform, CompetenceNeeded.DEVELOPERS, Set.of(Domain.MEDBORGARSERVICE, Domain.UTBILDNING),
                List.of(new IdealTypeFit(IdealType.OPERATIONAL, "För kommuner med egen utveckling")),
                new Effort(new DayRange(40, 80), new DayRange(20, 50), 400_000L, 150_000L, 30, SupportModel.COMMUNITY),
                new Benefit("Effektivare handläggning.", "Invånare följer sina ärenden digitalt.", List.of()));
        booking = "Samordnad bokning för förvaltningar " + tag;
        publish(malmo, booking, CompetenceNeeded.IT_DEPARTMENT, Set.of(Domain.MEDBORGARSERVICE, Domain.KULTUR_OCH_FRITID),
                List.of(new IdealTypeFit(IdealType.OPERATIONAL, "Passar en egen digitaliseringsenhet")),
                new Effort(new DayRange(15, 30), new DayRange(10, 20), 120_000L, 60_000L, 12, SupportModel.VENDOR),
                new Benefit("Förvaltningarna delar lokaler och resurser.", "Invånare bokar lokaler själva dygnet runt.",
                        List.of()));
        // a rural peer (C8, like Ånge) runs the light one
        adoptions.record(new Actor("kramfors-browser-" + tag, Role.EDITOR, "2282"), lightId,
                AdoptionStatus.IN_PRODUCTION, null, Set.of());
    }

    private UUID publish(Actor publisher, String name, CompetenceNeeded competence, Set<Domain> domains,
            List<IdealTypeFit> types, Effort effort, Benefit benefit) {
        SolutionDetails d = SolutionFixtures.complete(name);
        d = new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), domains, d.tags(), d.origin(), d.initiator(), d.contacts(),
                new Fit(types, competence, Set.of(), List.of(), false, false), effort, benefit);
        UUID id = catalog.create(publisher, d).id();
        catalog.publish(publisher, id, null);
        return id;
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

    private void assertAccessible() {
        Axe.Violations violations = Axe.analyze(browser);
        assertThat(violations).as(violations.toString()).isEmpty();
    }

    private void login(String username) {
        Browsers.logIn(browser, url(""), username, PASSWORD);
    }

    private void logout() {
        Browsers.logOut(browser);
    }

    private void answer(String kommunkod, Map<String, String> answers) {
        browser.get(url("/kommuner/" + kommunkod + "/profil/enkat"));
        assertThat(browser.findElements(By.cssSelector("fieldset.question"))).hasSize(13);
        assertAccessible();
        answers.forEach((question, option) -> browser.findElement(By.id("a-" + question + "-" + option)).click());
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("form.questionnaire button[type=submit]")));
    }

    private List<String> recommendedNames() {
        return browser.findElements(By.cssSelector(".recommendation .recommendation-title")).stream().map(WebElement::getText).toList();
    }

    private List<String> reasonsOf(String name) {
        WebElement item = browser.findElements(By.cssSelector(".recommendation")).stream()
                .filter(e -> e.findElement(By.className("recommendation-title")).getText().equals(name)).findFirst().orElseThrow();
        return item.findElements(By.cssSelector(".reasons li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void angeGetsAPragmaticProfileAndLightProvenSolutionsSundsvallAnOperationalOne() {
        login("ange");
        browser.get(url("/kommuner/2260/profil"));
        assertAccessible();

        answer("2260", Map.ofEntries(Map.entry("capacity", "low"), Map.entry("unit", "it-operations"),
                Map.entry("operations-crowd-out", "mostly"), Map.entry("budgets", "none"),
                Map.entry("valuation", "not-systematically"), Map.entry("decisions", "ad-hoc"), Map.entry("forums", "no"),
                Map.entry("enthusiasts", "very"), Map.entry("agile", "rarely"), Map.entry("national", "only-way"),
                Map.entry("planning-cycle", "rarely"), Map.entry("collaboration", "when-needed")));

        // the profile: mainly pragmatic, declared (no estimate badge), each answer's contribution in a table
        assertThat(browser.getCurrentUrl()).endsWith("/kommuner/2260/profil");
        assertThat(browser.findElement(By.cssSelector(".profile-dominant")).getText()).isEqualTo("Pragmatisk");
        assertThat(browser.findElements(By.cssSelector(".badge-estimate"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("table.contributions tbody tr"))).hasSize(12);
        assertAccessible();

        // "För er kommun" from the navigation
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("För er kommun")));
        assertThat(browser.getCurrentUrl()).endsWith("/kommuner/2260/rekommendationer");
        List<String> angeList = recommendedNames();
        assertThat(angeList).contains(light);
        if (angeList.contains(platform)) {
            assertThat(angeList.indexOf(light)).isLessThan(angeList.indexOf(platform));
            assertThat(reasonsOf(platform)).anyMatch(r -> r.contains("går utöver er kapacitet"));
        }
        assertThat(angeList).contains(booking);
        assertThat(angeList.indexOf(light)).isLessThan(angeList.indexOf(booking));
        assertThat(reasonsOf(booking)).anyMatch(r -> r.contains("lite mer än ni har"));
        assertThat(reasonsOf(light)).contains("I drift hos 1 kommun i er kommungrupp (C8)",
                "Kräver ingen egen utvecklare — passar er kapacitet");
        assertAccessible();

        // similar solutions on a solution's page
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText(light)));
        assertThat(browser.findElement(By.id("similar-heading")).getText()).isEqualTo("Liknande lösningar");
        assertAccessible();
        logout();

        login("sundsvall");
        answer("2281", Map.ofEntries(Map.entry("capacity", "strong"), Map.entry("unit", "separate-unit"),
                Map.entry("operations-crowd-out", "sometimes"), Map.entry("budgets", "per-department"),
                Map.entry("valuation", "per-department"), Map.entry("decisions", "per-department"),
                Map.entry("forums", "no"), Map.entry("enthusiasts", "partly"), Map.entry("agile", "some"),
                Map.entry("national", "prefer-local"), Map.entry("planning-cycle", "sometimes"),
                Map.entry("collaboration", "little")));
        assertThat(browser.findElement(By.cssSelector(".profile-dominant")).getText()).isEqualTo("Operationell");
        browser.get(url("/for-er-kommun"));
        assertThat(browser.getCurrentUrl()).endsWith("/kommuner/2281/rekommendationer");
        List<String> sundsvallList = recommendedNames();
        assertThat(sundsvallList).contains(platform, booking, light).isNotEqualTo(angeList);
        assertThat(sundsvallList.indexOf(booking)).isLessThan(sundsvallList.indexOf(light));
        assertThat(reasonsOf(booking)).contains("Ger invånarnytta utöver förvaltningens egen nytta",
                "Spänner över 2 verksamhetsområden — nytta över förvaltningsgränserna");
        assertThat(reasonsOf(platform)).noneMatch(r -> r.contains("går utöver er kapacitet"));
        assertAccessible();

        browser.get(url("/kommuner/2281/rekommendationer?lang=en"));
        assertThat(reasonsOf(booking)).contains("Gives citizen value beyond the department's own benefit");
        assertAccessible();
    }
}
