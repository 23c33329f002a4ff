package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import se.delbart.testsupport.Browsers;

/**
 * From visitor to user, at 1280 and at 390 px with axe on every page: a visitor reads "Om Delbart", follows its link to
 * the request form, submits it empty (the error summary gets the focus), then fills it in; the admin finds the request
 * through the user list, approves it and gets the one-time link (no mail is configured); the new user sets a password
 * through the link and logs in.
 */
class AccessRequestBrowserIT extends DemoSiteBrowserTest {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = { 1280, 390 })
    void aVisitorRequestsAccessTheAdminApprovesAndTheNewUserLogsIn(int width) {
        atWidth(width);
        String name = "Karin Lind " + width;
        String username = "karin.lind." + width;
        String password = "ett långt eget lösenord " + width;

        browser.get(url("/om"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Om Delbart");
        checkPage(width);
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main a[href='/tillgang']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Så får din kommun tillgång");
        checkPage(width);

        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.executeScript("return document.activeElement.id;")).isEqualTo("fel");
        assertThat(browser.findElement(By.id("fel")).getText()).contains("Ange ditt namn.", "Välj din kommun.");
        checkPage(width);

        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(username + "@ange.se");
        new Select(browser.findElement(By.id("municipalityCode"))).selectByValue("2260");
        new Select(browser.findElement(By.id("role"))).selectByValue("MEMBER");
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Tack!");
        checkPage(width);

        Browsers.logIn(browser, url(""), "admin", DEMO_PASSWORD);
        browser.get(url("/admin/anvandare"));
        checkPage(width);
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main a[href='/admin/tillgang']")));
        WebElement request = browser.findElements(By.cssSelector("article.access-request")).stream()
                .filter(a -> a.findElement(By.tagName("h2")).getText().equals(name)).findFirst().orElseThrow();
        assertThat(request.getText()).contains("Ånge (2260)", "Medlem").doesNotContain("Kontrollera");
        checkPage(width);
        Browsers.clickAndWaitForPage(browser, request.findElement(By.cssSelector("form[action$='/godkann'] button")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kontot har skapats");
        String link = browser.findElement(By.id("setup-link")).getAttribute("href");
        assertThat(link).contains("/konto/losenord/");
        checkPage(width);
        Browsers.logOut(browser);

        browser.get(link);
        assertThat(browser.findElement(By.cssSelector("main .lead")).getText()).contains(username);
        checkPage(width);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordAgain")).sendKeys(password);
        Browsers.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Lösenordet", "sparat");
        checkPage(width);

        Browsers.logIn(browser, url(""), username, password);
        assertThat(browser.findElements(By.cssSelector("form[action$='/logout'] button"))).as("logged in").hasSize(1);
        assertThat(browser.findElements(By.cssSelector("a[href='/vara-anvandningar']"))).as("as Ånge's member")
                .isNotEmpty();
        checkPage(width);
        Browsers.logOut(browser);
    }

    private void checkPage(int width) {
        assertAccessible();
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scroll on " + browser.getCurrentUrl()).isLessThanOrEqualTo(width);
    }
}
