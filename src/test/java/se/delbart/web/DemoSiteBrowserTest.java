package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * Browser tests on the demo content, all in one application context with its own in-memory database: a fresh
 * headless Chromium per test, the address of a page, a window of a given width, and axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "delbart.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:demo-site;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles({ "test", "browser" })
abstract class DemoSiteBrowserTest {

    static final String DEMO_PASSWORD = "delbart-demo";

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Emulates a screen {@code width} pixels wide (a phone below 800), 844 high on a phone, else 1024. */
    void atWidth(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                screenHeight(width), "deviceScaleFactor", 1, "mobile", width < 800));
    }

    static int screenHeight(int width) {
        return width < 800 ? 844 : 1024;
    }

    void assertAccessible() {
        Axe.Violations violations = Axe.analyze(browser);
        assertThat(violations).as(violations.toString()).isEmpty();
    }
}
