package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.delbart.insight.ScaleComponent;
import se.delbart.testsupport.Browsers;

/**
 * The charts people would rather look at than read, on the demo content: server-side SVG with a title, a description
 * and the table beside it, at 1280 px and at 390 px, with axe reporting nothing. SKR also downloads the scale
 * candidates as XLSX from the page with the chart.
 */
class ChartsBrowserIT extends DemoSiteBrowserTest {

    @Test
    void skrDownloadsTheScaleCandidatesAndSeesTheirScoresAsStackedBars() throws Exception {
        Browsers.logIn(browser, url(""), "skr", DEMO_PASSWORD);
        for (int width : List.of(1280, 390)) {
            atWidth(width);
            browser.get(url("/insikter/skalning"));
            WebElement chart = browser.findElement(By.cssSelector("svg[aria-labelledby='scale-chart-title scale-chart-desc']"));
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).contains(ScaleComponent.values().length + " delar");
            assertThat(chart.findElements(By.cssSelector("rect"))).as("score segments").hasSizeGreaterThan(5);
            assertThat(browser.findElements(By.cssSelector(".chart-legend li"))).hasSize(ScaleComponent.values().length);
            assertThat(browser.findElements(By.cssSelector("table.scale-candidates tbody tr"))).isNotEmpty();
            assertNoSidewaysScroll(width);
            assertAccessible();
        }
        String xlsx = browser.findElement(By.id("xlsx-link")).getAttribute("href");
        String cookies = String.join("; ", browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(xlsx))
                .header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(download.body(), 0, 2)).as("a zip file").isEqualTo("PK");

        browser.get(url("/insikter/typer"));
        assertThat(browser.findElements(By.cssSelector("figure.bar-chart svg[role=img]"))).isNotEmpty();
        assertAccessible();
        Browsers.logOut(browser);
    }

    @Test
    void eachRecommendationShowsItsScoreAsOneBarOfItsParts() {
        Browsers.logIn(browser, url(""), "ange-medarbetare", DEMO_PASSWORD);
        atWidth(1280);
        browser.get(url("/kommuner/2260/rekommendationer"));
        List<WebElement> bars = browser.findElements(By.cssSelector("svg.score-bar"));
        assertThat(bars).isNotEmpty();
        assertThat(bars.get(0).getAttribute("aria-label")).startsWith("Poäng ").contains("Genomförbar med er kapacitet: ");
        assertAccessible();
        Browsers.logOut(browser);
    }

    @Test
    void aSolutionPageDrawsStatedBesideReportedPersonDays() {
        atWidth(390);
        browser.get(url("/sok?sort=most-adopted"));
        browser.findElement(By.cssSelector(".result-list > li h3 a")).click();
        WebElement chart = browser.findElement(By.cssSelector("svg[aria-labelledby='effort-chart-title effort-chart-desc']"));
        assertThat(chart.findElements(By.cssSelector("rect title"))).extracting(e -> e.getAttribute("textContent"))
                .anySatisfy(t -> assertThat(t).startsWith("Rapporterat, median: "));
        assertNoSidewaysScroll(390);
        assertAccessible();
    }

    private void assertNoSidewaysScroll(int width) {
        long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(width);
    }
}
