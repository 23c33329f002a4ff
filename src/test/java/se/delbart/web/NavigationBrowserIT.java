package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.delbart.testsupport.Browsers;

/**
 * At 1280 px the header (name, navigation, account and language) fits one line for every role in both languages, and there is one place to find solutions: the
 * search with its facets, under "Lösningar".
 */
class NavigationBrowserIT extends DemoSiteBrowserTest {

    @Test
    void theNavigationFitsOneLineForEveryRole() {
        atWidth(1280);
        List<String> problems = new ArrayList<>();
        checkInBothLanguages("visitor", problems);
        for (String user : List.of("ange-medarbetare", "sundsvall", "sundsvall-portfolj", "skr", "admin")) {
            Browsers.logIn(browser, url(""), user, DEMO_PASSWORD);
            checkInBothLanguages(user, problems);
            Browsers.logOut(browser);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void solutionsAreFoundInOnePlaceTheSearchWithItsFacets() {
        atWidth(1280);
        browser.get(url("/"));
        List<WebElement> items = browser.findElements(By.cssSelector(".site-header nav li a"));
        assertThat(items).extracting(WebElement::getText).contains("Lösningar").doesNotContain("Sök");
        browser.findElement(By.linkText("Lösningar")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/sok");
        assertThat(browser.findElements(By.cssSelector(".result-list > li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("fieldset"))).as("facets").isNotEmpty();
        assertAccessible();
    }

    private void checkInBothLanguages(String who, List<String> problems) {
        browser.get(url("/?lang=en"));
        check(who + " (en)", problems);
        browser.get(url("/?lang=sv"));
        check(who, problems);
    }

    private void check(String who, List<String> problems) {
        List<WebElement> items = browser.findElements(By.cssSelector(".site-header nav > ul > li"));
        long lines = items.stream().map(li -> li.getRect().getY()).distinct().count();
        if (lines != 1) {
            problems.add(who + ": the navigation takes " + lines + " lines: "
                    + items.stream().map(li -> li.getText() + "@" + li.getRect().getY()).toList());
        }
        List<WebElement> header = browser.findElements(By.cssSelector(".header-inner > *"));
        long rows = header.stream().map(e -> e.getRect().getY() + e.getRect().getHeight() / 2).map(y -> y / 8).distinct()
                .count();
        if (rows != 1) {
            problems.add(who + ": the header takes " + rows + " rows: "
                    + header.stream().map(e -> e.getTagName() + "@" + e.getRect().getY()).toList());
        }
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        if (width > 1280) {
            problems.add(who + ": the page is " + width + " px wide");
        }
    }
}
