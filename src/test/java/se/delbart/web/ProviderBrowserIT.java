package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.testsupport.Browsers;

/**
 * "Vem kan hjälpa er" on the demo, at 1280 and at 390 px: Ånge's staff suggest a provider for a Sundsvall solution
 * (a failed submit opens at the error summary), the suggestion shows as such, and Sundsvall's editor confirms it.
 * axe-core finds no violation on the way, and no page scrolls sideways.
 */
class ProviderBrowserIT extends DemoSiteBrowserTest {

    @Autowired
    SolutionCatalog catalog;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = { 1280, 390 })
    void angeSuggestsAProviderAndSundsvallConfirmsIt(int width) {
        atWidth(width);
        String solution = "/losningar/" + sundsvallSolution(width == 390
                ? "Automatisk e-arkivering av avslutade bygglovsärenden" : "Badtemperaturer i realtid som öppna data");
        String provider = "Timrå kommun " + width;

        Browsers.logIn(browser, url(""), "ange-medarbetare", DEMO_PASSWORD);
        browser.get(url(solution));
        assertThat(browser.findElement(By.cssSelector("#leverantorer h2")).getText()).isEqualTo("Vem kan hjälpa er");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#leverantorer a[href$='/leverantorer/ny']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Föreslå en leverantör");
        assertAccessible();
        assertNoSidewaysScroll(width);

        // an empty submit opens at the error summary, which links to the fields
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.executeScript("return document.activeElement.id;")).isEqualTo("fel");
        assertThat(browser.findElement(By.id("fel")).getText()).contains("Ange organisationens namn",
                "Välj minst en sak som erbjuds");
        assertAccessible();

        browser.findElement(By.id("organisationName")).sendKeys(provider);
        new Select(browser.findElement(By.id("organisationKind"))).selectByValue("MUNICIPALITY");
        browser.findElement(By.id("municipalityCode")).sendKeys("2262");
        browser.findElement(By.cssSelector("input[name=kinds][value=HOSTING]")).click();
        browser.findElement(By.cssSelector("input[name=kinds][value=SUPPORT]")).click();
        new Select(browser.findElement(By.id("priceModel"))).selectByValue("SUBSCRIPTION");
        browser.findElement(By.id("priceFromSek")).sendKeys("25 000");
        browser.findElement(By.id("contactEmail")).sendKeys("it@timra.example");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).endsWith(solution + "#leverantorer");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Förslaget är sparat");
        WebElement suggested = browser.findElement(By.cssSelector("#leverantorer ul[data-state=SUGGESTED]"));
        assertThat(suggested.getText()).contains(provider, "Förslag", "Drift, Support och förvaltning",
                "Abonnemang, 25 000 kr", "Ånge");
        assertAccessible();
        assertNoSidewaysScroll(width);
        Browsers.logOut(browser);

        Browsers.logIn(browser, url(""), "sundsvall", DEMO_PASSWORD);
        browser.get(url(solution));
        WebElement confirm = browser.findElement(By.xpath(
                "//section[@id='leverantorer']//button[normalize-space()='Bekräfta " + provider + "']"));
        assertAccessible();
        assertNoSidewaysScroll(width);
        Browsers.clickAndWaitForPage(browser, confirm);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Leverantören är bekräftad.");
        assertThat(browser.findElement(By.cssSelector("#leverantorer ul[data-state=CONFIRMED]")).getText())
                .contains(provider);
        assertAccessible();
        Browsers.logOut(browser);
    }

    private UUID sundsvallSolution(String name) {
        return catalog.publishedPage(0, 100).stream().filter(s -> s.publisherCode().equals("2281")
                && s.name().equals(name)).map(Solution::id).findFirst().orElseThrow();
    }

    private void assertNoSidewaysScroll(int width) {
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("page width at " + width + " px").isLessThanOrEqualTo(width);
    }
}
