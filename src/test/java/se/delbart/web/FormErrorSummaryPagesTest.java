package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * After a failed submit every form's page opens at its error summary: the one element with {@code autofocus}, focusable
 * by script only ({@code tabindex=-1}), announced ({@code role=alert}), each error a link to an element that exists.
 */
class FormErrorSummaryPagesTest extends PageTest {

    private static final String ANGE = "2260";

    @Autowired
    AdoptionRegistry registry;

    private Element summaryOf(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request.with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[autofocus]")).as("one autofocus on the page").hasSize(1);
        Element summary = page.selectFirst("[autofocus]");
        assertThat(summary.classNames()).contains("error-summary");
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a[href^=#]")).as("links to the fields").isNotEmpty();
        summary.select("a[href^=#]").forEach(link -> assertThat(page.getElementById(link.attr("href").substring(1)))
                .as("target of " + link).isNotNull());
        return summary;
    }

    @Test
    void solutionForm() throws Exception {
        Element summary = summaryOf(post("/losningar/ny").session(login(Role.EDITOR, STOCKHOLM)).param("name", ""));
        assertThat(summary.text()).contains("Det finns fel i formuläret");
        assertThat(summary.parent().tagName()).isEqualTo("form");
    }

    @Test
    void adoptionRegistrationStatusAndExperienceReport() throws Exception {
        Solution solution = published(STOCKHOLM, SolutionFixtures.complete(unique("Felsammanfattning")));
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        summaryOf(post("/losningar/" + solution.id() + "/registrera-anvandning").session(ange));

        Adoption adoption = registry.record(new Actor("errors-ange", Role.MEMBER, ANGE), solution.id(),
                AdoptionStatus.IN_PRODUCTION, null, Set.of());
        Element report = summaryOf(post("/adoptioner/" + adoption.id() + "/erfarenhet").session(ange)
                .param("implementationDays", "nio"));
        assertThat(report.select("a").eachAttr("href")).contains("#implementationDays", "#operationalRating",
                "#wouldRecommend");
        summaryOf(post("/adoptioner/" + adoption.id()).session(ange).param("version", "0")
                .param("status", "DISCONTINUED").param("reason", ""));
    }

    @Test
    void profileQuestionnaireAndNeeds() throws Exception {
        MockHttpSession ange = login(Role.EDITOR, ANGE);
        summaryOf(post("/kommuner/" + ANGE + "/profil/enkat").session(ange).param("visibility", "NOPE"));
        Element needs = summaryOf(post("/kommuner/" + ANGE + "/behov").session(ange).param("text", ""));
        assertThat(needs.select("a").eachAttr("href")).containsExactly("#need-text");
        Element domains = summaryOf(post("/kommuner/" + ANGE + "/behov").session(ange).param("text", "Skolskjuts i glesbygd")
                .param("domains", "no-such-domain"));
        assertThat(domains.select("a").eachAttr("href")).containsExactly("#need-domains");
    }

    @Test
    void publiccodeImport() throws Exception {
        summaryOf(multipart("/losningar/importera").session(login(Role.EDITOR, ANGE)));
    }

    @Test
    void userAdmin() throws Exception {
        Element summary = summaryOf(post("/admin/anvandare/ny").session(login(Role.ADMIN, null))
                .param("username", "X Y").param("displayName", "").param("role", "EDITOR")
                .param("municipalityCode", "").param("password", "short"));
        assertThat(summary.select("a").eachAttr("href")).contains("#username", "#municipalityCode", "#password");
    }
}
