package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;

/**
 * At 390 px (a phone) no page scrolls sideways and axe-core finds no WCAG 2.1 A/AA violation. The pages are found by
 * following the site's own links from the start page, as a visitor and as each demo role, so that a new page is
 * checked without being listed here. One page per address pattern (ids and municipality codes count as one), GET
 * links on the same origin only; logout, downloads and the API are left out.
 */
class PhoneWidthBrowserIT extends DemoSiteBrowserTest {

    static final int PHONE_WIDTH = 390;
    /** Keeps the walk bounded: the most pages one role loads. */
    private static final int PAGES_PER_ROLE = 45;
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "\\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(csv|xlsx|yml|yaml|json|zip|pdf)$");
    private static final Set<String> SKIPPED_PREFIXES = Set.of("/api/", "/swagger-ui", "/v3/api-docs", "/logout",
            "/actuator");

    @BeforeEach
    void onAPhone() {
        atWidth(PHONE_WIDTH);
    }

    @Test
    void noPageIsWiderThanAPhoneAndEveryPageIsAccessible() {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();
        crawl(null, checked, problems);
        for (String user : List.of("ange-medarbetare", "sundsvall", "sundsvall-portfolj", "skr", "admin")) {
            Browsers.logIn(browser, base(), user, DEMO_PASSWORD);
            crawl(user, checked, problems);
            browser.get(base() + "/");
            Browsers.logOut(browser);
        }
        System.out.printf("PhoneWidthBrowserIT: %d page patterns in %d s: %s%n", checked.size(),
                (System.nanoTime() - started) / 1_000_000_000, checked);
        assertThat(checked.keySet()).as("pages reached").contains("/", "/kommuner", "/sok", "/losningar/{}",
                "/vara-anvandningar", "/losningar/ny", "/insikter", "/admin", "/admin/anvandare");
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * Visits what the role can reach from the start page and checks the width of each page. axe runs on the start page
     * for every role (its navigation differs) and on other patterns once, for the first role that reaches them.
     */
    private void crawl(String user, Map<String, String> checked, List<String> problems) {
        String who = user == null ? "visitor" : user;
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new java.util.HashSet<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
            String path = queue.poll();
            String pattern = pattern(path);
            if (!seen.add(pattern)) {
                continue;
            }
            browser.get(base() + path);
            visited++;
            boolean firstTime = checked.putIfAbsent(pattern, who) == null;
            check(who, path, firstTime || pattern.equals("/"), problems);
            for (String link : links()) {
                if (!seen.contains(pattern(link))) {
                    queue.add(link);
                }
            }
        }
    }

    private void check(String who, String path, boolean withAxe, List<String> problems) {
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        if (width > PHONE_WIDTH) {
            problems.add(who + " " + path + ": " + width + " px wide" + widest());
        }
        if (!withAxe) {
            return;
        }
        Axe.Violations violations = Axe.analyze(browser);
        if (!violations.isEmpty()) {
            problems.add(who + " " + path + ": " + violations);
        }
    }

    /** The outermost elements that stick out, to say where to look. */
    private String widest() {
        Object found = browser.executeScript("""
                var out = [];
                document.querySelectorAll('main *, header *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > arguments[0] + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > arguments[0] + 1)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' ' + Math.round(r.right) + 'px');
                  }
                });
                return out.slice(0, 5).join(', ');
                """.replace("arguments[0]", String.valueOf(PHONE_WIDTH)));
        return found == null || found.toString().isEmpty() ? "" : " (" + found + ")";
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) browser.executeScript("""
                return Array.from(document.querySelectorAll('a[href]'))
                  .filter(function (a) { return !a.hasAttribute('download'); })
                  .map(function (a) { return a.href; });
                """);
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            URI uri;
            try {
                uri = URI.create(href);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!"localhost".equals(uri.getHost()) || uri.getPort() != port || uri.getRawPath() == null) {
                continue;
            }
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            if (DOWNLOAD.matcher(path).matches() || SKIPPED_PREFIXES.stream().anyMatch(path::startsWith)
                    || (query != null && query.contains("lang="))) {
                continue;
            }
            paths.add(query == null ? path : path + "?" + query);
        }
        return paths;
    }

    /** The address with ids and codes as {}, without its query: one page per pattern is enough. */
    static String pattern(String pathAndQuery) {
        String path = pathAndQuery.split("[?#]", 2)[0];
        StringBuilder pattern = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            pattern.append('/').append(ID_SEGMENT.matcher(segment).matches() ? "{}" : segment);
        }
        return pattern.length() == 0 ? "/" : pattern.toString();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
