package se.delbart.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
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

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.Browsers;

/**
 * Stored XSS: a published solution whose name, summary, description (Markdown), problem, features and tags carry
 * script payloads is shown in a real headless Chromium — detail page, list, search hits and type-ahead — and no
 * payload runs. Each payload would set {@code window.__xss}; the test also looks for injected elements and
 * {@code javascript:} links in the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:storedxss;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class StoredXssBrowserIT {

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x onerror=\"window.__xss='img'\">",
            "<svg onload=\"window.__xss='svg'\"></svg>",
            "\"><iframe src=\"javascript:window.top.__xss='iframe'\"></iframe>",
            "[klicka](javascript:window.__xss='md-link')",
            "![bild](x\" onerror=\"window.__xss='md-img')",
            "<a href=\"javascript:window.__xss='a'\">länk</a>",
            "<details open ontoggle=\"window.__xss='details'\">x</details>");

    @LocalServerPort
    int port;

    @Autowired
    SolutionCatalog catalog;

    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void storedScriptPayloadsDoNotRunWhereTheSolutionIsShown() {
        String marker = "xssmarker" + UUID.randomUUID().toString().substring(0, 6);
        String all = String.join("\n\n", PAYLOADS);
        SolutionDetails base = SolutionFixtures.complete(marker + " <script>window.__xss='name'</script>");
        SolutionDetails hostile = new SolutionDetails(base.name(), marker + " <img src=x onerror=\"window.__xss='summary'\">",
                "# Rubrik\n\n" + all, "<script>window.__xss='problem'</script>",
                List.of("<svg onload=\"window.__xss='feature'\"></svg>"), base.links(), base.licence(),
                base.solutionType(), base.status(), base.domains(),
                java.util.Set.of(marker + "<script>", "\"><b onmouseover=\"window.__xss='tag'\">"), base.origin(),
                "<script>window.__xss='initiator'</script>", base.contacts(), base.fit(), base.effort(), base.benefit());
        Solution solution = catalog.createExample(new Actor("seed", Role.EDITOR, "2281"), hostile,
                Lifecycle.PUBLISHED, Instant.now());

        browser.get(url("/losningar/" + solution.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(marker).contains("<script>");
        assertNothingRan();
        // the Markdown description is shown (its heading text), but none of its links is a javascript: link
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rubrik");
        for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
            assertThat(link.getAttribute("href")).doesNotStartWithIgnoringCase("javascript:");
        }
        hoverAndClickEverythingInMain();
        assertNothingRan();

        browser.get(url("/losningar?q=" + marker));
        assertThat(browser.getPageSource()).contains(marker);
        assertNothingRan();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.get(url("/sok?q=" + marker));
            return browser.getPageSource().contains("href=\"/losningar/" + solution.id());
        });
        assertNothingRan();

        browser.get(url("/api/v1/search/suggest?q=" + marker));
        assertNothingRan();
    }

    private void hoverAndClickEverythingInMain() {
        for (WebElement element : browser.findElements(By.cssSelector("main *"))) {
            try {
                new org.openqa.selenium.interactions.Actions(browser).moveToElement(element).perform();
            } catch (RuntimeException notInteractable) {
                // hidden or zero-size elements cannot be hovered; nothing to learn from them
            }
        }
        for (WebElement details : browser.findElements(By.cssSelector("main details summary"))) {
            details.click();
        }
    }

    private void assertNothingRan() {
        Object xss = browser.executeScript("return window.__xss || (window.top && window.top.__xss) || null;");
        assertThat(xss).as("a stored payload ran on " + browser.getCurrentUrl()).isNull();
        Object injected = browser.executeScript(
                "return document.querySelectorAll('main script, [onerror], [onload], [onmouseover], [ontoggle], iframe').length;");
        assertThat(((Number) injected).intValue()).as("injected elements on " + browser.getCurrentUrl()).isZero();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
