package se.delbart.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import se.delbart.web.PageTest;

/** The pages a Swedish public e-service owes its visitors: public, linked from every page's footer, both languages. */
class AboutPagesTest extends PageTest {

    private static final List<String> PAGES = List.of("/om", "/tillganglighet", "/personuppgifter", "/kakor");

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyPageIsPublicAndLinkedFromTheFooterOfTheStartPage() throws Exception {
        Document start = page("/");
        for (String path : PAGES) {
            assertThat(start.select("footer a[href=" + path + "]")).as(path).hasSize(1);
            Document doc = page(path);
            assertThat(doc.select("h1")).as(path).hasSize(1);
            assertThat(doc.select("footer a[href=/tillganglighet]")).as(path).hasSize(1);
        }
        assertThat(start.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
    }

    @Test
    void theOperatorFromConfigurationIsNamedWhereTheLawAsksForIt() throws Exception {
        // the test profile's operator (application.yml defaults)
        assertThat(page("/om").select("main").text()).contains("Delbart (utvecklingsmiljö", "delbart@example.org");
        Document accessibility = page("/tillganglighet");
        assertThat(accessibility.select("main").text()).contains("delvis förenlig", "2018:1937",
                "Myndigheten för digital förvaltning (Digg)", "delbart@example.org", "2026-12-07");
        assertThat(accessibility.select("main a[href^=https://www.digg.se/]")).hasSize(1);
        Document privacy = page("/personuppgifter");
        assertThat(privacy.select("main").text()).contains("personuppgiftsansvarig", "artikel 6.1 e", "13 månader",
                "Integritetsskyddsmyndigheten");
        assertThat(privacy.select("table th[scope=row]")).hasSize(6);
        Document cookies = page("/kakor");
        assertThat(cookies.select("table th[scope=row] code").eachText()).containsExactly("SESSION", "delbart-lang",
                "delbart-device");
        assertThat(cookies.select("main").text()).contains("30 minuter", "12 timmar");
    }

    @Test
    void theEnglishPagesAreInEnglish() throws Exception {
        assertThat(page("/om?lang=en").select("h1").text()).isEqualTo("About Delbart");
        assertThat(page("/tillganglighet?lang=en").select("main").text()).contains("partially compliant");
        assertThat(page("/personuppgifter?lang=en").select("h1").text()).isEqualTo("How we process personal data");
        assertThat(page("/kakor?lang=en").select("main").text()).contains("30 minutes", "12 hours");
    }
}
