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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.catalog.DayRange;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.catalog.SupportModel;
import se.delbart.portfolio.Portfolio;
import se.delbart.profile.Profiles;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * The portfolio as Ånge would use it, in a real browser: its staff add a national and a local solution for the same
 * declared need from the solution pages, assess both at department level, compare them side by side; the portfolio
 * manager prioritises one with a motivation and prints the decision basis. axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class PortfolioBrowserIT {

    private static final String PASSWORD = "browser-test-password";
    private static final String ANGE = "2260";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    Profiles profiles;

    @Autowired
    Portfolio portfolio;

    private ChromeDriver browser;
    private String tag;
    private String member;
    private String manager;
    private UUID national;
    private UUID local;
    private String need;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        tag = UUID.randomUUID().toString().substring(0, 6);
        member = "ange-portfolj-medarbetare-" + tag;
        manager = "ange-portfoljansvarig-" + tag;
        accounts.createUser(member, "Medarbetare Ånge", null, PASSWORD, Role.MEMBER, ANGE);
        accounts.createUser(manager, "Portföljansvarig Ånge", null, PASSWORD, Role.EDITOR, ANGE);
        portfolio.grantManager(new Actor("browser-admin", Role.ADMIN, null), ANGE, manager);
        need = "Digital skolskjutsansökan " + tag;
        profiles.addNeed(new Actor("browser-ange", Role.EDITOR, ANGE), ANGE, need, Set.of());
        national = publish(new Actor("browser-digg", Role.EDITOR, "2462"), "Nationell e-tjänst för skolskjuts " + tag,
                Origin.NATIONAL);
        local = publish(new Actor("browser-ovik", Role.EDITOR, "2284"), "Lokal skolskjutstjänst " + tag,
                Origin.LOCAL);
    }

    private UUID publish(Actor publisher, String name, Origin origin) {
        SolutionDetails d = SolutionFixtures.complete(name);
        d = new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), origin,
                origin == Origin.LOCAL ? d.initiator() : "DIGG", d.contacts(),
                d.fit(), new Effort(new DayRange(5, 10), new DayRange(3, 8), 50_000L, 20_000L, 8,
                        SupportModel.PUBLISHER), d.benefit());
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
        assertThat(violations).as(browser.getCurrentUrl() + ": " + violations).isEmpty();
    }

    private void click(By by) {
        Browsers.clickAndWaitForPage(browser, browser.findElement(by));
    }

    private void logout() {
        Browsers.logOut(browser);
    }

    /** From the solution page: "Lägg till i vår portfölj", link the declared need, one department, a budget. */
    private String addFromSolutionPage(UUID solution, String budget) {
        browser.get(url("/losningar/" + solution));
        click(By.linkText("Lägg till i vår portfölj"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).contains(tag);
        assertAccessible();
        new Select(browser.findElement(By.id("need"))).selectByVisibleText(need);
        browser.findElement(By.id("departments")).click();
        browser.findElement(By.id(budget.equals("UTVECKLING") ? "budget-UTVECKLING" : "budget")).click();
        click(By.cssSelector("form[action$='/portfolj'] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).contains("/kommuner/" + ANGE + "/portfolj/");
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("Föreslaget");
        return browser.getCurrentUrl().replaceAll(".*/portfolj/", "").replaceAll("[#?].*", "");
    }

    private void assessAtDepartmentLevel(String initiative, int score, String adaptation) {
        browser.get(url("/kommuner/" + ANGE + "/portfolj/" + initiative));
        for (String c : List.of("TIME_SAVED", "LESS_ADMIN", "SERVICE_QUALITY", "WORK_ENVIRONMENT")) {
            new Select(browser.findElement(By.id("score-" + c))).selectByValue(String.valueOf(score));
        }
        browser.findElement(By.id("oneOffSek")).sendKeys("25 000 kr");
        browser.findElement(By.id("yearlySek")).sendKeys("10 000");
        browser.findElement(By.id("internalDays")).sendKeys("4");
        WebElement days = browser.findElement(By.id("adaptationDays"));
        days.clear();
        days.sendKeys(adaptation);
        click(By.cssSelector("#niva1 button[type=submit]"));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("Bedömt av förvaltning");
    }

    @Test
    void staffAssessANationalAndALocalAlternativeAndTheManagerPrioritisesOne() {
        Browsers.logIn(browser, url(""), member, PASSWORD);
        String nationalId = addFromSolutionPage(national, "DRIFT");
        assertAccessible();
        String localId = addFromSolutionPage(local, "UTVECKLING");

        assessAtDepartmentLevel(nationalId, 2, "8");
        // the stated and the reported adaptation stand beside what the department entered
        assertThat(browser.findElement(By.cssSelector(".adaptation")).getText()).contains("3–8 persondagar")
                .contains("8 persondagar, – kr");
        assertAccessible();
        assessAtDepartmentLevel(localId, 3, "3");

        // a member sees the decisions but may not take them
        assertThat(browser.findElement(By.cssSelector("input[name=status][value=PRIORITISED]")).isEnabled()).isFalse();

        browser.get(url("/kommuner/" + ANGE + "/portfolj"));
        assertAccessible();
        browser.findElement(By.id("cmp-" + nationalId)).click();
        browser.findElement(By.id("cmp-" + localId)).click();
        click(By.cssSelector("form[action$='/jamfor'] button[type=submit]"));
        WebElement comparison = browser.findElement(By.id("comparison"));
        assertThat(comparison.findElements(By.cssSelector("thead th a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Nationell e-tjänst för skolskjuts " + tag, "Lokal skolskjutstjänst " + tag);
        // both levels and the cost over three years with its formula: 25 000 + 0 + 3 × 10 000 + (4 + 3) × 6 000
        assertThat(comparison.getText()).contains("Nationellt", "Lokalt", "Värde nivå 1", "Värde nivå 2",
                "25000 + 0 + 3 × 10000 + (4 + 3) × 6000 = 97000");
        assertAccessible();
        logout();

        Browsers.logIn(browser, url(""), manager, PASSWORD);
        browser.get(url("/kommuner/" + ANGE + "/portfolj/" + localId));
        // a decision without a motivation comes back with the error summary focused
        browser.findElement(By.cssSelector("input[name=status][value=PRIORITISED]")).click();
        click(By.cssSelector("#beslut button[type=submit]"));
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("motivering");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=status][value=PRIORITISED]")).click();
        browser.findElement(By.id("motivation")).sendKeys("Lägre anpassning och rapporterad nytta i liknande kommuner.");
        click(By.cssSelector("#beslut button[type=submit]"));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("Prioriterat");
        assertThat(browser.findElement(By.id("decision-text")).getText()).contains("Lägre anpassning");

        click(By.linkText("Beslutsunderlag för utskrift"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Beslutsunderlag",
                "Lägre anpassning och rapporterad nytta i liknande kommuner.");
        assertAccessible();
    }
}
