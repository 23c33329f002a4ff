package se.delbart.catalog;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders a description's Markdown to HTML that is safe to put in a page: raw HTML in the input is escaped,
 * unsafe link schemes are removed, and the output passes an allow-list sanitiser as a second line of defence.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addProtocols("a", "href", "http", "https", "mailto");

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, SAFELIST);
    }
}
