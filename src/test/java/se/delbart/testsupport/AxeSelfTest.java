package se.delbart.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Proves that the accessibility check can fail: a page with a known violation, and a clean one. */
class AxeSelfTest {

    private static ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Browsers.chromium();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findsAnImageWithoutAlternativeText() {
        browser.get(page("""
                <!doctype html>
                <html lang="sv"><head><title>Bild utan text</title></head>
                <body><main><h1>Bild</h1><img id="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body>
                </html>
                """));

        Axe.Violations violations = Axe.analyze(browser);

        assertThat(violations).extracting(Axe.Violation::id).containsExactly("image-alt");
        assertThat(violations.get(0).targets()).containsExactly("#logo");
        assertThat(violations.toString()).contains("1 accessibility violation(s)", "image-alt (critical)", "#logo");
    }

    @Test
    void acceptsACleanPage() {
        browser.get(page("""
                <!doctype html>
                <html lang="sv"><head><title>Ren sida</title></head>
                <body><main><h1>Delbart</h1><p>Kommuner delar digitala lösningar.</p>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Delbarts logotyp"></main></body>
                </html>
                """));

        Axe.Violations violations = Axe.analyze(browser);

        assertThat(violations).as(violations.toString()).isEmpty();
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }
}
