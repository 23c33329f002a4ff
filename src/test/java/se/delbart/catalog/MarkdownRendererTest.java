package se.delbart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void rendersMarkdown() {
        assertThat(MarkdownRenderer.toSafeHtml("**fet** och [länk](https://example.se)"))
                .contains("<strong>fet</strong>").contains("href=\"https://example.se\"").contains("rel=\"nofollow noopener\"");
    }

    @Test
    void neutralisesHtmlAndScriptLinks() {
        String html = MarkdownRenderer.toSafeHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img")
                .contains("&lt;script&gt;");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(MarkdownRenderer.toSafeHtml(null)).isEmpty();
        assertThat(MarkdownRenderer.toSafeHtml("  ")).isEmpty();
    }
}
