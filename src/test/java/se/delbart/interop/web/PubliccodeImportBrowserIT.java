package se.delbart.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * An editor imports a publiccode.yml in a real browser (real multipart upload with the CSRF token): from the publish
 * page to the import page, a broken file with its errors listed, a check, then the import and the way to the draft.
 * axe-core checks WCAG 2.1 AA on each state of the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "browser"})
class PubliccodeImportBrowserIT {

    private static final String PASSWORD = "browser-import-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    private ChromeDriver browser;
    private String username;

    @BeforeEach
    void start() {
        browser = Browsers.chromium();
        username = "publiccode-import-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Redaktör Ånge kommun", null, PASSWORD, Role.EDITOR, "2260");
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

    private Path file(String name, String content) throws IOException {
        Path path = files.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PubliccodeImportBrowserIT.class.getResourceAsStream("/interop/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEditorChecksAndImportsAPubliccodeYml() throws IOException {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));

        browser.get(url("/losningar/ny"));
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Har ni redan en publiccode.yml? Importera den")));
        assertThat(browser.getTitle()).isEqualTo("Importera publiccode.yml – Delbart");
        assertAccessible();

        String broken = fixture("minimal.yml").replace("developmentStatus: stable", "developmentStatus: klar");
        browser.findElement(By.id("file")).sendKeys(file("trasig.yml", broken).toString());
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.xpath("//button[normalize-space()='Kontrollera filen']")));
        assertThat(browser.getTitle()).startsWith("Fel:");
        assertThat(browser.findElement(By.cssSelector(".error-summary caption")).getText()).contains("trasig.yml");
        assertThat(browser.findElement(By.cssSelector(".error-summary tbody")).getText()).contains("6", "developmentStatus");
        assertAccessible();

        String name = "Hemtjänstplaneraren " + UUID.randomUUID().toString().substring(0, 6);
        Path good = file("publiccode.yml", fixture("full.yml").replace("Hemtjänstplaneraren", name));
        browser.findElement(By.id("file")).sendKeys(good.toString());
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.xpath("//button[normalize-space()='Kontrollera filen']")));
        assertThat(browser.findElement(By.id("preview-heading")).getText()).isEqualTo("Filen går att importera");
        assertAccessible();

        browser.findElement(By.id("file")).sendKeys(good.toString());
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.xpath("//button[normalize-space()='Importera som utkast']")));
        assertThat(browser.findElement(By.cssSelector("[role=status] h2")).getText()).isEqualTo("Utkastet är skapat");
        assertAccessible();

        Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Visa utkastet")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    }

    /**
     * DIGG's own template (CC0, see digg-template.LICENSE.txt) has warnings; the import keeps them in the flash of
     * the redirect, which lives in the database-backed session. Importing the same file (same url) again updates the
     * draft instead of creating a second one.
     */
    @Test
    void importingAFileWithWarningsTwiceShowsTheWarningsAndKeepsOneDraft() throws IOException {
        Browsers.logIn(browser, url(""), username, PASSWORD);
        String repository = "https://github.com/diggsweden/open-source-project-template-"
                + UUID.randomUUID().toString().substring(0, 8) + ".git";
        Path digg = file("publiccode.yml", fixture("digg-template.yml")
                .replace("https://github.com/diggsweden/open-source-project-template.git", repository));

        browser.get(url("/losningar/importera"));
        browser.findElement(By.id("file")).sendKeys(digg.toString());
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.xpath("//button[normalize-space()='Importera som utkast']")));
        assertThat(browser.findElement(By.cssSelector("[role=status] h2")).getText()).isEqualTo("Utkastet är skapat");
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=warnings-heading] tbody tr"))).isNotEmpty();
        String draft = browser.findElement(By.linkText("Visa utkastet")).getDomAttribute("href");
        assertAccessible();

        browser.findElement(By.id("file")).sendKeys(digg.toString());
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.xpath("//button[normalize-space()='Importera som utkast']")));
        assertThat(browser.findElement(By.cssSelector("[role=status] h2")).getText()).isEqualTo("Lösningen är uppdaterad");
        assertThat(browser.findElement(By.linkText("Visa utkastet")).getDomAttribute("href")).isEqualTo(draft);
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=warnings-heading] tbody tr"))).isNotEmpty();
        assertAccessible();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM solution WHERE publisher_code = '2260' AND source_code_url = ?",
                Integer.class, repository)).isEqualTo(1);
    }
}
