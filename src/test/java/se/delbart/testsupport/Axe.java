package se.delbart.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility check with axe-core (the {@code org.webjars.npm:axe-core} test dependency), run inside the page
 * the driver shows. Only WCAG 2.0/2.1 A and AA rules ({@link #WCAG_21_AA}), the level Swedish public sector sites
 * must meet (DOS-lagen, EN 301 549); axe's "best-practice" rules are left out.
 *
 * <pre>{@code
 * browser.get(baseUrl + "/losningar");
 * Axe.Violations violations = Axe.analyze(browser);
 * assertThat(violations).as(violations.toString()).isEmpty();
 * }</pre>
 */
public final class Axe {

    public static final String VERSION = "4.6.3";
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT_RESOURCE = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
    private static final String RUN = """
            var tags = arguments[0];
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
              .then(function (results) {
                done({violations: results.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                          targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                })});
              })
              .catch(function (e) { done({error: String(e)}); });
            """;

    private static String source;

    private Axe() {
    }

    /** One rule broken, with the CSS selectors of the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " at " + targets + " - " + helpUrl;
        }
    }

    /** The violations on one page; {@link #toString()} lists them a line each, for assertion messages. */
    public static final class Violations extends AbstractList<Violation> {

        private final String url;
        private final List<Violation> violations;

        Violations(String url, List<Violation> violations) {
            this.url = url;
            this.violations = List.copyOf(violations);
        }

        public String url() {
            return url;
        }

        @Override
        public Violation get(int index) {
            return violations.get(index);
        }

        @Override
        public int size() {
            return violations.size();
        }

        @Override
        public String toString() {
            if (violations.isEmpty()) {
                return "no accessibility violations on " + shortUrl();
            }
            StringBuilder text = new StringBuilder(violations.size() + " accessibility violation(s) on " + shortUrl());
            violations.forEach(v -> text.append("\n  - ").append(v));
            return text.toString();
        }

        private String shortUrl() {
            return url.length() > 80 ? url.substring(0, 77) + "..." : url;
        }
    }

    /** Runs axe-core on the current page with the WCAG 2.1 A/AA rules. */
    public static Violations analyze(WebDriver driver) {
        return analyze(driver, WCAG_21_AA);
    }

    /** Runs axe-core on the current page with the rules that carry any of {@code tags}. */
    @SuppressWarnings("unchecked")
    public static Violations analyze(WebDriver driver, List<String> tags) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        Map<String, Object> outcome = (Map<String, Object>) js.executeAsyncScript(RUN, tags);
        if (outcome.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + outcome.get("error"));
        }
        List<Violation> violations = ((List<Map<String, Object>>) outcome.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
        return new Violations(driver.getCurrentUrl(), violations);
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT_RESOURCE + " is not on the test classpath: does the pom's"
                            + " axe-core webjar version still match Axe.VERSION?");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
