package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.delbart.testsupport.Browsers;

/**
 * Forms that show their errors, in a real browser at 1280 and 390 px on the demo data: Sundsvall's editor submits an
 * invalid solution form; the page that answers has the error summary in focus (its autofocus, no JavaScript of ours)
 * and in view, its first link leads to the field, and axe-core finds no violation.
 */
class FormErrorsBrowserIT extends DemoSiteBrowserTest {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = { 1280, 390 })
    void sundsvallsEditorSubmitsAnInvalidSolutionFormAndTheErrorSummaryHasFocus(int width) {
        int height = screenHeight(width);
        atWidth(width);
        Browsers.logIn(browser, url(""), "sundsvall", DEMO_PASSWORD);
        browser.get(url("/losningar/ny"));
        assertAccessible();

        // a name, but a summary far too long, submitted from the bottom of the form
        browser.findElement(By.id("name")).sendKeys("Felaktig lösning");
        browser.findElement(By.id("summary")).sendKeys("x".repeat(151));
        WebElement save = browser.findElement(By.cssSelector("main form button[type=submit]:not([name=preview])"));
        browser.executeScript("arguments[0].scrollIntoView();", save);
        Browsers.clickAndWaitForPage(browser, save);

        assertThat(browser.getTitle()).startsWith("Fel: ");
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(browser.executeScript("return document.activeElement.classList.contains('error-summary');"))
                .as("the error summary has focus").isEqualTo(true);
        Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top;", summary);
        assertThat(top.doubleValue()).as("the error summary is in view").isBetween(0.0, (double) height);
        assertThat(summary.getText()).contains("Det finns fel i formuläret", "sammanfattning");
        assertAccessible();

        summary.findElement(By.cssSelector("a[href='#summary']")).click();
        assertThat(browser.executeScript("return document.activeElement.id;")).isEqualTo("summary");
        Browsers.logOut(browser);
    }

}
