package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
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

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.catalog.Domain;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.insight.NationalInsight;
import se.delbart.search.SearchResult;
import se.delbart.search.SolutionSearch;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * National insight in a real browser: an analyst finds "Insikter" in the navigation, opens the scale candidates,
 * the overlapping local efforts and the diffusion curves, sees entries with their reasons, and axe-core finds no
 * WCAG 2.1 A/AA violation on any of the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class InsightPagesBrowserIT {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    SolutionSearch search;

    @Autowired
    NationalInsight insight;

    private ChromeDriver browser;
    private String analyst;
    private String tag;
    private UUID first;
    private UUID second;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        analyst = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(analyst, "Analytiker SKR", null, PASSWORD, Role.ANALYST, null);
        tag = new java.util.Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append) + "tavla";
        first = publish("2260", "Digital " + tag + " för fritidsgårdar", tag);
        second = publish("2284", "Egen " + tag + " i fritidsgården", tag);
        // a C8 municipality runs the first one and reported on it
        Actor kramfors = new Actor("insight-browser-" + tag, Role.MEMBER, "2282");
        Adoption adoption = adoptions.record(kramfors, first, AdoptionStatus.IN_PRODUCTION, null, Set.of());
        adoptions.report(kramfors, adoption.id(), new Experience(6, 2, null, null, null, null, 5, 4, 4, null, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> similar(first, second) && similar(second, first));
        // overlaps follow a change one background computation later (SimilarityNeighbourhood)
        await().atMost(Duration.ofSeconds(30)).until(() -> insight.overlaps(Domain.KULTUR_OCH_FRITID).stream()
                .anyMatch(g -> g.members().stream().anyMatch(m -> m.solutionId().equals(first))));
    }

    private UUID publish(String kommunkod, String name, String word) {
        Actor editor = new Actor("insight-editor-" + kommunkod, Role.EDITOR, kommunkod);
        SolutionDetails d = SolutionFixtures.complete(name);
        String text = "Ungdomar ser " + word + " med veckans aktiviteter på fritidsgården.";
        d = new SolutionDetails(d.name(), text, text, text, List.of(text), d.links(), d.licence(), d.solutionType(),
                d.status(), Set.of(Domain.KULTUR_OCH_FRITID), Set.of(word), d.origin(), d.initiator(), d.contacts(),
                d.fit(), d.effort(), d.benefit());
        UUID id = catalog.create(editor, d).id();
        catalog.publish(editor, id, null);
        return id;
    }

    private boolean similar(UUID id, UUID other) {
        return search.moreLikeThis(id, 5).stream().map(SearchResult.Hit::id).anyMatch(other::equals);
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

    @Test
    void analystSeesScaleCandidatesOverlapsAndDiffusionWithReasons() {
        login(analyst);
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Insikter")));
        assertThat(browser.getCurrentUrl()).endsWith("/insikter");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Insikter för nationella aktörer");
        assertThat(browser.findElements(By.cssSelector(".insight-pages a"))).extracting(WebElement::getText)
                .contains("Skalningskandidater", "Överlappande lokala insatser", "Omötta behov",
                        "Stöd efter idealtyp", "Samverkanskluster", "Spridning över tid");
        assertAccessible();

        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Skalningskandidater")));
        WebElement row = browser.findElements(By.cssSelector("tr.candidate")).stream()
                .filter(r -> r.getText().contains("Digital " + tag)).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector(".reason")).getText())
                .isEqualTo("I drift hos 1 kommun i 1 kommungrupp och 1 län; 1 ny senaste året; betyg 4,5 (n=1)");
        assertThat(browser.findElement(By.id("csv-link")).getAttribute("href")).endsWith("/insikter/skalning.csv");
        assertAccessible();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("group"))).selectByValue("C8");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("group=C8");
        assertThat(browser.findElements(By.cssSelector("tr.candidate"))).anyMatch(r -> r.getText().contains(tag));
        assertThat(browser.findElement(By.id("csv-link")).getAttribute("href")).contains("/insikter/skalning.csv?")
                .contains("group=C8");

        browser.get(url("/insikter/overlapp?domain=kultur-och-fritid"));
        WebElement group = browser.findElements(By.cssSelector("section.overlap-group")).stream()
                .filter(s -> s.getText().contains("Digital " + tag)).findFirst().orElseThrow();
        assertThat(group.findElement(By.tagName("h2")).getText()).endsWith("har byggt egna lösningar för " + tag);
        assertThat(group.findElements(By.cssSelector("tr.member"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("Ånge")).anyMatch(t -> t.contains("Örnsköldsvik"));
        assertAccessible();

        browser.get(url("/insikter/spridning"));
        assertThat(browser.findElement(By.cssSelector("svg[role=img] title")).getAttribute("textContent"))
                .contains("Användningar som nått drift");
        assertThat(browser.findElements(By.cssSelector(".diffusion-table tbody tr"))).isNotEmpty();
        assertAccessible();
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Digital " + tag + " för fritidsgårdar")));
        assertThat(browser.findElement(By.id("curve-heading")).getText()).contains("Digital " + tag);
        assertThat(browser.findElements(By.cssSelector(".diffusion-table thead th"))).extracting(WebElement::getText)
                .containsExactly("Månad", "C8", "Totalt");
        assertAccessible();

        browser.get(url("/insikter/skalning?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Scale candidates");
        assertAccessible();
    }
}
