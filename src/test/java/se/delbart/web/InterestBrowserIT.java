package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.delbart.testsupport.Browsers;

/**
 * From interest to conversation in one step, on the demo data at 1280 and at 390 px: a visitor finds "Logga in för
 * att visa intresse" in the first screen of a Sundsvall solution; Ånge's staff find "Vi är intresserade" there, click
 * it and land in the thread with Sundsvall with a first message to edit, in focus and not sent. axe-core finds no
 * violation on the way.
 */
class InterestBrowserIT extends DemoSiteBrowserTest {

    private static final String SUNDSVALL = "2281";

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = { 1280, 390 })
    void angeStaffShowInterestInASundsvallSolutionAndReachTheThread(int width) {
        int height = screenHeight(width);
        atWidth(width);

        // a Sundsvall solution that Ånge has not shown interest in yet (each width takes its own)
        String solution = sundsvallSolutions().get(width == 390 ? 1 : 0);
        browser.get(url(solution));
        WebElement login = browser.findElement(By.cssSelector("#intresse a[href$='/login']"));
        assertThat(login.getText()).isEqualTo("Logga in för att visa intresse");
        assertInFirstScreen(login, height);
        assertAccessible();

        Browsers.logIn(browser, url(""), "ange-medarbetare", DEMO_PASSWORD);
        browser.get(url(solution));
        WebElement interested = browser.findElement(By.cssSelector("#intresse button[type=submit]"));
        assertThat(interested.getText()).isEqualTo("Vi är intresserade");
        assertInFirstScreen(interested, height);
        assertAccessible();

        Browsers.clickAndWaitForPage(browser, interested);
        assertThat(browser.getCurrentUrl()).endsWith(solution + "/kontakt/2260");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Sundsvall", "Ånge");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Intresset är registrerat");
        WebElement body = browser.findElement(By.id("body"));
        assertThat(body.getDomProperty("value")).startsWith("Hej!").contains("Ånge är intresserade av");
        assertThat(browser.executeScript("return document.activeElement.id;")).isEqualTo("body");
        assertThat(browser.findElements(By.cssSelector("ol.thread"))).as("nothing sent yet").isEmpty();
        assertAccessible();
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(width);

        // the solution page now offers the thread instead of the button
        browser.get(url(solution));
        assertThat(browser.findElements(By.cssSelector("#intresse button"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#intresse a")).getText()).isEqualTo("Kontakta utgivaren");
        Browsers.logOut(browser);
    }

    /** The addresses of Sundsvall's published solutions, as its municipality page lists them. */
    @SuppressWarnings("unchecked")
    private List<String> sundsvallSolutions() {
        browser.get(url("/kommuner/" + SUNDSVALL));
        return ((List<String>) browser.executeScript("""
                return Array.from(document.querySelectorAll('section[aria-labelledby=published-heading] article.card .card-title a'))
                  .map(function (a) { return new URL(a.href).pathname; });"""));
    }

    private void assertInFirstScreen(WebElement element, int height) {
        Number bottom = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom;", element);
        assertThat(bottom.doubleValue()).as("bottom of " + element.getText() + " in the first screen").isLessThanOrEqualTo(height);
    }

}
