package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

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

import se.delbart.profile.Profiles;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * The analysts' unmet needs, support by type and collaboration clusters in a real browser, checked by axe-core: four
 * Norrbotten municipalities share a need, the analyst sees the group and the proposal, saves and shares the cluster,
 * and a member's staff sees it on the municipality page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class InsightNeedsBrowserIT {

    private static final String PASSWORD = "browser-test-password";
    private static final String BODEN = "2582";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Profiles profiles;

    private ChromeDriver browser;
    private String analyst;
    private String member;

    private static Actor staff(String kommunkod) {
        return new Actor("browser-insight-" + kommunkod, Role.EDITOR, kommunkod);
    }

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        analyst = "analyst-" + tag;
        member = "boden-" + tag;
        accounts.createUser(analyst, "Analytiker", null, PASSWORD, Role.ANALYST, null);
        accounts.createUser(member, "Medarbetare Boden", null, PASSWORD, Role.MEMBER, BODEN);
        synchronized (InsightNeedsBrowserIT.class) {
            if (profiles.needsOf(BODEN).isEmpty()) {
                profiles.save(staff(BODEN), BODEN, InsightNeedsPagesTest.STRATEGIC, null, null);
                for (String k : List.of("2513", "2518", "2523")) {
                    profiles.save(staff(k), k, InsightNeedsPagesTest.PRAGMATIC, null, null);
                }
                profiles.addNeed(staff(BODEN), BODEN, "Gemensam försäljning av fiskekort i älvdalarna", Set.of("kultur-och-fritid"));
                profiles.addNeed(staff("2513"), "2513", "Fiskekort som besökare köper i mobilen", Set.of("kultur-och-fritid"));
                profiles.addNeed(staff("2518"), "2518", "Sälja fiskekort utan pappersblock", Set.of("kultur-och-fritid"));
                profiles.addNeed(staff("2523"), "2523", "Fiskekort och fiskeregler på ett ställe", Set.of("kultur-och-fritid"));
            }
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

    @Test
    void anAnalystReadsTheInsightsAndSharesAClusterThatAMemberSees() {
        login(analyst);
        browser.get(url("/insikter/behov"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Omötta behov");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("fiskekort");
        assertAccessible();

        browser.get(url("/insikter/typer"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stöd per idealtyp");
        assertAccessible();

        browser.get(url("/insikter/kluster"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Samverkanskluster");
        assertAccessible();
        WebElement form = browser.findElement(By.xpath("//form[input[@name='proposal' and @value='behov:fiskekort']]"));
        WebElement name = form.findElement(By.name("name"));
        name.clear();
        String clusterName = "Fiskekort i Norrbotten " + UUID.randomUUID().toString().substring(0, 6);
        name.sendKeys(clusterName);
        form.findElement(By.name("note")).sendKeys("Tas upp på länsträffen");
        Browsers.clickAndWaitForPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains(clusterName);
        assertAccessible();
        WebElement saved = browser.findElement(By.xpath("//section[@id='sparade']//article[h3='" + clusterName + "']"));
        Browsers.clickAndWaitForPage(browser, saved.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("delat");
        assertAccessible();
        logout();

        login(member);
        browser.get(url("/kommuner/" + BODEN));
        assertThat(browser.findElement(By.id("clusters-heading")).getText()).isEqualTo("Samverkanskluster");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(clusterName, "Tas upp på länsträffen",
                "Överkalix");
        assertAccessible();
    }
}
