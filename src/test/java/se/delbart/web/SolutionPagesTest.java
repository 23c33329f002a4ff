package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.delbart.catalog.Domain;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Role;

class SolutionPagesTest extends PageTest {

    @Test
    void listFiltersByDomainAndText() throws Exception {
        String tag = unique("Filtertest");
        Solution school = published(STOCKHOLM, SolutionFixtures.complete(tag + " skola"));
        Solution culture = published(STOCKHOLM, withDomain(SolutionFixtures.complete(tag + " bibliotek"),
                Domain.KULTUR_OCH_FRITID));

        mvc.perform(get("/losningar").param("domain", "kultur-och-fritid").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Lösningar – Delbart</title>")))
                .andExpect(content().string(containsString("href=\"/losningar/" + culture.id() + "\"")))
                .andExpect(content().string(not(containsString("href=\"/losningar/" + school.id() + "\""))))
                .andExpect(content().string(containsString("<option value=\"kultur-och-fritid\" selected=\"selected\">Kultur och fritid</option>")))
                .andExpect(content().string(containsString("1 lösning")))
                .andExpect(content().string(containsString("Låg insats")))
                .andExpect(content().string(containsString("I drift")))
                .andExpect(content().string(containsString("<label for=\"q\">Sökord</label>")));

        mvc.perform(get("/losningar").param("q", tag))
                .andExpect(content().string(allOf(containsString(school.id().toString()),
                        containsString(culture.id().toString()))));
    }

    @Test
    void unknownFilterValuesAreIgnored() throws Exception {
        mvc.perform(get("/losningar").param("domain", "nope").param("status", "NOPE").param("page", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void listPagesWithPreviousAndNextKeepingFilters() throws Exception {
        String tag = unique("Sidbyte");
        for (int i = 0; i < 13; i++) {
            published(STOCKHOLM, SolutionFixtures.complete(tag + " " + i));
        }
        String encoded = tag.replace(" ", "%20");
        mvc.perform(get("/losningar").param("q", tag))
                .andExpect(content().string(containsString("13 lösningar")))
                .andExpect(content().string(containsString("Sida 1 av 2")))
                .andExpect(content().string(containsString("href=\"/losningar?q=" + encoded + "&amp;page=2\" rel=\"next\"")));
        mvc.perform(get("/losningar").param("q", tag).param("page", "2"))
                .andExpect(content().string(containsString("Sida 2 av 2")))
                .andExpect(content().string(containsString("<title>Lösningar, sida 2 – Delbart</title>")))
                .andExpect(content().string(containsString("href=\"/losningar?q=" + encoded + "\" rel=\"prev\"")));
    }

    @Test
    void detailShowsFitEffortBenefitAndEscapesHtmlInTheDescription() throws Exception {
        SolutionDetails base = SolutionFixtures.complete(unique("Detaljsida"));
        Solution solution = published(STOCKHOLM, withDescription(base,
                "Hej <script>alert('x')</script> och **fetstil**"));

        mvc.perform(get("/losningar/" + solution.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>" + base.name() + " – Delbart</title>")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(containsString("<strong>fetstil</strong>")))
                // fit
                .andExpect(content().string(containsString("<h2 id=\"fit-heading\">Passar för</h2>")))
                .andExpect(content().string(containsString("Färdig att köra med liten egen insats")))
                .andExpect(content().string(containsString("Grundläggande IT-kunskap")))
                .andExpect(content().string(containsString("B3 – Större stad")))
                .andExpect(content().string(containsString("En konsekvensbedömning (DPIA) är gjord.")))
                // effort, Swedish number style
                .andExpect(content().string(containsString("<h2 id=\"effort-heading\">Insats</h2>")))
                .andExpect(content().string(containsString("5–10 persondagar")))
                .andExpect(content().string(matchesPattern("(?s).*30[\\u00a0\\u202f ]000 kr.*")))
                .andExpect(content().string(matchesPattern("(?s).*12[\\u00a0\\u202f ]000 kr per år.*")))
                .andExpect(content().string(containsString("6 veckor")))
                .andExpect(content().string(containsString("<strong>Låg insats</strong>")))
                // benefit
                .andExpect(content().string(containsString("<h2 id=\"benefit-heading\">Nytta</h2>")))
                .andExpect(content().string(containsString("<th scope=\"row\">Handläggningstid</th>")))
                .andExpect(content().string(containsString("Snabbare besked till familjer.")))
                // contacts, publisher, history link; no edit controls for visitors
                .andExpect(content().string(containsString("anna.andersson@example.se")))
                .andExpect(content().string(containsString("href=\"/kommuner/0180\">Stockholm</a>")))
                .andExpect(content().string(containsString("/losningar/" + solution.id() + "/historik")))
                .andExpect(content().string(not(containsString("/redigera"))))
                .andExpect(content().string(not(containsString("notice-example"))));
    }

    @Test
    void exampleSolutionsCarryTheExampleNoticeAndBadge() throws Exception {
        String name = unique("Exempellösning");
        Solution example = catalog.createExample(editorOf(STOCKHOLM), SolutionFixtures.complete(name),
                se.delbart.catalog.Lifecycle.PUBLISHED, java.time.Instant.now());
        mvc.perform(get("/losningar/" + example.id()))
                .andExpect(content().string(containsString("class=\"notice notice-example\"")))
                .andExpect(content().string(containsString("Exempeldata")));
        mvc.perform(get("/losningar").param("q", name))
                .andExpect(content().string(containsString("<span class=\"badge badge-example\">Exempeldata</span>")));
    }

    /** MockMvc does not dispatch to /error itself, so the error views are asked for the way the container would. */
    @Test
    void errorViewsRenderWithoutInternals() throws Exception {
        mvc.perform(get("/finns-inte").session(login(Role.MEMBER, STOCKHOLM)))
                .andExpect(status().isNotFound());
        mvc.perform(errorDispatch(404, "/finns-inte"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Sidan finns inte</h1>")));
        mvc.perform(errorDispatch(500, "/losningar").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                        new IllegalStateException("secret internals")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("<h1>Något gick fel hos oss</h1>")))
                .andExpect(content().string(not(containsString("secret internals"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(containsString("href=\"/losningar?lang=en\"")));
        mvc.perform(errorDispatch(405, "/losningar").param("lang", "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(containsString("<h1>Something went wrong</h1>")))
                .andExpect(content().string(containsString("error code 405")));
    }

    private static MockHttpServletRequestBuilder errorDispatch(int status, String uri) {
        return get("/error").accept(org.springframework.http.MediaType.TEXT_HTML)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, uri);
    }

    @Test
    void draftsOfOthersAreNotFound() throws Exception {
        Solution draft = draft(GOTEBORG, SolutionFixtures.minimalDraft(unique("Hemligt utkast")));
        mvc.perform(get("/losningar/" + draft.id()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Sidan finns inte</h1>")))
                .andExpect(content().string(not(containsString("Hemligt utkast"))));
        mvc.perform(get("/losningar/" + draft.id()).session(login(Role.EDITOR, STOCKHOLM)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/losningar/" + draft.id()).session(login(Role.MEMBER, GOTEBORG)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utkast")));
        mvc.perform(get("/losningar/not-a-uuid"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiKeepsItsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/solutions/00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void editorSeesEditAndPublishAndHistory() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        Solution draft = draft(STOCKHOLM, SolutionFixtures.complete(unique("Mitt utkast")));

        mvc.perform(get("/losningar/" + draft.id()).session(editor))
                .andExpect(content().string(containsString("href=\"/losningar/" + draft.id() + "/redigera\"")))
                .andExpect(content().string(containsString("action=\"/losningar/" + draft.id() + "/publicera\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(get("/losningar").session(editor))
                .andExpect(content().string(containsString("href=\"/losningar?municipality=0180&amp;lifecycle=DRAFT\">Mina utkast</a>")));
        mvc.perform(get("/losningar").param("lifecycle", "DRAFT").param("municipality", STOCKHOLM).session(editor))
                .andExpect(content().string(containsString("<h1>Mina utkast</h1>")))
                .andExpect(content().string(containsString(draft.id().toString())));

        mvc.perform(post("/losningar/" + draft.id() + "/publicera").param("version", String.valueOf(draft.version()))
                        .session(editor).with(csrf()))
                .andExpect(redirectedUrl("/losningar/" + draft.id()))
                .andExpect(flash().attribute("flash", "solution.flash.published"));

        mvc.perform(get("/losningar/" + draft.id() + "/historik").session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"col\">När</th>")))
                .andExpect(content().string(containsString("<td>Publicerad</td>")))
                .andExpect(content().string(containsString("<td>Skapad</td>")));
        // visitors see who changed it by display name and municipality, never by username
        org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(mvc.perform(get("/losningar/" + draft.id() + "/historik"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        java.util.List<String> who = history.select("table tbody tr td:nth-child(2)").eachText();
        org.assertj.core.api.Assertions.assertThat(who).contains("Test EDITOR, Stockholm")
                .noneMatch(name -> name.contains("editor-"));

        mvc.perform(post("/losningar/" + draft.id() + "/dra-tillbaka").session(editor).with(csrf()))
                .andExpect(redirectedUrl("/losningar/" + draft.id()))
                .andExpect(flash().attribute("flash", "solution.flash.withdrawn"));
        mvc.perform(get("/losningar/" + draft.id()).session(editor))
                .andExpect(content().string(containsString("Tillbakadragen")));
    }

    @Test
    void publishingWithoutFitAndEffortShowsWhatIsMissingOnTheEditPage() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        Solution draft = draft(STOCKHOLM, SolutionFixtures.minimalDraft(unique("Ofullständigt")));

        MvcResult refused = mvc.perform(post("/losningar/" + draft.id() + "/publicera").session(editor).with(csrf()))
                .andExpect(redirectedUrl("/losningar/" + draft.id() + "/redigera"))
                .andExpect(flash().attributeExists("publishProblems"))
                .andReturn();

        mvc.perform(get("/losningar/" + draft.id() + "/redigera").session(editor)
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lösningen kan inte publiceras ännu")))
                .andExpect(content().string(containsString("href=\"#idealTypes\"")))
                .andExpect(content().string(containsString("id=\"competenceNeeded-error\"")))
                .andExpect(content().string(containsString("id=\"implementationDaysMin-error\"")))
                .andExpect(content().string(containsString("id=\"support-error\"")))
                .andExpect(content().string(containsString("id=\"operationalBenefit-error\"")));
    }

    @Test
    void formShowsTheErrorAtTheFieldAndKeepsTheInput() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        String tooLong = "x".repeat(151);

        mvc.perform(validForm(post("/losningar/ny"), "Ett namn", tooLong).session(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fel: Publicera en lösning – Delbart</title>")))
                .andExpect(content().string(containsString("<a href=\"#summary\">Skriv en sammanfattning på högst 150 tecken.</a>")))
                .andExpect(content().string(containsString("id=\"summary-error\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<input type=\"text\" id=\"summary\" aria-invalid=\"true\" aria-describedby=\"summary-hint summary-error\""
                                + " name=\"summary\" value=\"" + tooLong + "\">.*")))
                .andExpect(content().string(containsString("value=\"Ett namn\"")));
    }

    @Test
    void amountsInSwedishFormattingAreAccepted() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        String name = unique("Belopp");
        mvc.perform(validForm(post("/losningar/ny"), name).param("oneOffCostSek", "25 000 kr")
                        .param("yearlyCostSek", "25\u00a0000,50").session(editor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var saved = catalog.list(editorOf(STOCKHOLM), new se.delbart.catalog.SolutionFilter(STOCKHOLM, null, null, null, null, se.delbart.catalog.Lifecycle.DRAFT, null),
                org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.details().effort().oneOffCostSek()).isEqualTo(25_000L);
        assertThat(saved.details().effort().yearlyCostSek()).isEqualTo(25_001L);

        String page = mvc.perform(validForm(post("/losningar/ny"), unique("Belopp")).param("oneOffCostSek", "25 000 dollar")
                .session(editor).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#oneOffCostSek-error").text()).contains("25 000");
    }

    @Test
    void anEmptySummaryIsAskedForNotToldItIsTooLong() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        String page = mvc.perform(validForm(post("/losningar/ny"), "Ett namn", "").session(editor).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String error = org.jsoup.Jsoup.parse(page).select("#summary-error").text();
        assertThat(error).contains("Skriv en sammanfattning").doesNotContain("150");
    }

    @Test
    void previewRendersTheDescriptionWithoutSaving() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        String name = unique("Förhandsvisning");
        mvc.perform(validForm(post("/losningar/ny"), name).param("description", "# Rubrik\n\n**fet** <b>rå</b>")
                        .param("preview", "true").session(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Förhandsgranskning av beskrivningen")))
                .andExpect(content().string(containsString("<strong>fet</strong>")))
                .andExpect(content().string(containsString("&lt;b&gt;rå&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("error-summary"))))
                // the page opens at the field the preview shows, the preview right after it
                .andExpect(content().string(matchesPattern("(?s)[^≈]*<textarea id=\"description\"[^>]*autofocus=\"autofocus\""
                        + "[^≈]*Förhandsgranskning av beskrivningen[^≈]*")))
                .andExpect(content().string(not(matchesPattern("(?s).*autofocus=.*autofocus=.*"))));
        mvc.perform(get("/losningar").param("q", name))
                .andExpect(content().string(containsString("Inga lösningar")));
    }

    @Test
    void createAndEditRedirectToTheSolutionWithAFlashMessage() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        String name = unique("Nyskapad");
        MvcResult created = mvc.perform(validForm(post("/losningar/ny"), name).param("version", "0").session(editor).with(csrf()))
                .andExpect(redirectedUrlPattern("/losningar/*"))
                .andExpect(flash().attribute("flash", "solution.flash.created"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        long version = catalog.get(editorOf(STOCKHOLM),
                java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).version();

        mvc.perform(get(location).session(editor))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Utkast")))
                .andExpect(content().string(containsString("Gör det lättare")));

        mvc.perform(get(location + "/redigera").session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));

        mvc.perform(validForm(post(location + "/redigera"), name + " v2").param("version", String.valueOf(version)).session(editor).with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("flash", "solution.flash.saved"));

        // The same, stale version again: the input is kept with a clear message.
        mvc.perform(validForm(post(location + "/redigera"), name + " v3").param("version", String.valueOf(version)).session(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat lösningen")))
                .andExpect(content().string(containsString("value=\"" + name + " v3\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
    }

    @Test
    void onlyEditorsGetTheForm() throws Exception {
        mvc.perform(get("/losningar/ny"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/losningar/ny").session(login(Role.MEMBER, STOCKHOLM)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("<h1>Du har inte behörighet</h1>")));
        Solution other = published(GOTEBORG, SolutionFixtures.complete(unique("Annans")));
        mvc.perform(get("/losningar/" + other.id() + "/redigera").session(login(Role.EDITOR, STOCKHOLM)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/losningar/" + other.id() + "/dra-tillbaka").session(login(Role.EDITOR, STOCKHOLM)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void formHasLabelsFieldsetsAndHints() throws Exception {
        mvc.perform(get("/losningar/ny").session(login(Role.EDITOR, STOCKHOLM)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Publish a solution – Delbart</title>")))
                .andExpect(content().string(containsString("<label for=\"summary\">Summary</label>")))
                .andExpect(content().string(containsString("At most 150 characters.")))
                .andExpect(content().string(containsString("<legend><h2>Suits</h2></legend>")))
                .andExpect(content().string(containsString("<label for=\"contacts2-email\">Email</label>")))
                .andExpect(content().string(containsString("name=\"preview\"")))
                .andExpect(content().string(not(containsString("style=\""))))
                .andExpect(content().string(not(containsString("<script"))));
    }

    private static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name) {
        return validForm(request, name, "Gör det lättare att boka lokaler.");
    }

    private static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name,
            String summary) {
        return request
                .param("name", name)
                .param("summary", summary)
                .param("solutionType", "SOFTWARE")
                .param("status", "PILOT")
                .param("domains", "kultur-och-fritid")
                .param("origin", "LOCAL")
                .param("pragmatic", "true")
                .param("pragmaticReason", "Kräver ingen egen drift.")
                .param("implementationDaysMin", "2")
                .param("implementationDaysMax", "4")
                .param("contacts[0].name", "Karin Kontakt")
                .param("contacts[0].email", "karin@example.se")
                .param("outcomes[0].metric", "Bokningar via webben")
                .param("outcomes[0].value", "80")
                .param("outcomes[0].unit", "%");
    }

    private static SolutionDetails withDomain(SolutionDetails d, Domain domain) {
        return new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), Set.of(domain), d.tags(), d.origin(), d.initiator(),
                d.contacts(), d.fit(), d.effort(), d.benefit());
    }

    private static SolutionDetails withDescription(SolutionDetails d, String description) {
        return new SolutionDetails(d.name(), d.summary(), description, d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), d.origin(), d.initiator(),
                d.contacts(), d.fit(), d.effort(), d.benefit());
    }
}
