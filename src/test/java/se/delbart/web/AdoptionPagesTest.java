package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * The adoption parts of the pages: the solution page's section (same figures as the API), the interest button and
 * registration for the adopting municipality's staff only, the adoption page's forms with errors at the fields, and
 * that nobody else can change an adoption (403) or post without a CSRF token.
 */
class AdoptionPagesTest extends PageTest {

    private static final String SUNDSVALL = "2281";
    private static final String ANGE = "2260";

    @Autowired
    AdoptionRegistry registry;

    private static Actor staffOf(String kommunkod) {
        return new Actor("fixture-member-" + kommunkod, Role.MEMBER, kommunkod);
    }

    /** Implementation 5–10 days stated by the fixture; three adopters in three SKR groups report 6, 8 and 12. */
    private Solution adoptedByThree() {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Adoptionssida")));
        record(solution, "2280", 6, AdoptionStatus.IN_PRODUCTION); // Härnösand C6
        record(solution, "2262", 8, AdoptionStatus.IN_PRODUCTION); // Timrå B4
        record(solution, "2180", 12, AdoptionStatus.IMPLEMENTING); // Gävle B3
        registry.record(staffOf("2282"), solution.id(), AdoptionStatus.INTERESTED, null, Set.of()); // Kramfors C8
        return solution;
    }

    private void record(Solution solution, String kommunkod, int days, AdoptionStatus status) {
        Adoption a = registry.record(staffOf(kommunkod), solution.id(), status, "1.0", Set.of("Förvaltning"));
        registry.report(staffOf(kommunkod), a.id(), new Experience(days, 2, 30_000L, 12_000L, 6,
                "Egna texter", 4, 3, 5, "Kommentar från " + kommunkod, true));
    }

    @Test
    void solutionPageShowsCountsChartStatedVersusReportedBadgesAndReports() throws Exception {
        Solution solution = adoptedByThree();
        var experience = registry.experienceOf(null, solution.id());
        assertThat(experience.reported().implementationDays().median()).isEqualTo(8.0);

        mvc.perform(get("/losningar/" + solution.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2 id=\"adoption-heading\">Användning och erfarenheter</h2>"),
                        containsString("data-status=\"IN_PRODUCTION\">\n            <span class=\"count\">2</span>"),
                        containsString("<caption>Kommuner per kommungrupp (SKR)</caption>"),
                        containsString("<caption>Kommuner per län</caption>"),
                        containsString("Västernorrlands län"),
                        containsString("I drift hos 2 kommuner"),
                        containsString("Använd i minst 3 kommungrupper"),
                        containsString("Kommungrupper: B3, B4, C6."),
                        containsString("Rapporterad insats stämmer med angiven"),
                        containsString("Angivet 5–10 persondagar, rapporterad median 8 persondagar (3 rapporter)."),
                        containsString("<td>5–10 persondagar</td>"),
                        containsString("<td>8 persondagar</td>"),
                        containsString("<td>6–12 persondagar</td>"),
                        containsString("4,0 av 5 (medel av 3 betyg)"),
                        containsString("Kommentar från 2262"),
                        containsString("Kramfors"))))
                // anonymous visitors get no buttons
                .andExpect(content().string(not(containsString("Vi är intresserade"))));
    }

    /** "Vi är intresserade" sits in the first screen, before the description; visitors are asked to log in there. */
    @Test
    void theInterestButtonIsInTheFirstScreenAndVisitorsAreAskedToLogIn() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Första skärmen")));
        MockHttpSession ange = login(Role.MEMBER, ANGE);

        Document staff = Jsoup.parse(mvc.perform(get("/losningar/" + solution.id()).session(ange)).andReturn()
                .getResponse().getContentAsString());
        assertThat(staff.select("form[action=/losningar/" + solution.id() + "/intresse]")).hasSize(1);
        String order = staff.select("#intresse button, h2#about-heading").eachText().toString();
        assertThat(order).isEqualTo("[Vi är intresserade, Om lösningen]");
        assertThat(staff.select("a[href=/login]:contains(Logga in för att visa intresse)")).isEmpty();

        Document visitor = Jsoup.parse(mvc.perform(get("/losningar/" + solution.id())).andReturn().getResponse()
                .getContentAsString());
        assertThat(visitor.select("#intresse a[href=/login]").eachText()).containsExactly("Logga in för att visa intresse");
        assertThat(visitor.select("#intresse ~ section h2#about-heading")).hasSize(1);

        Document english = Jsoup.parse(mvc.perform(get("/losningar/" + solution.id()).param("lang", "en"))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select("#intresse a[href=/login]").eachText()).containsExactly("Log in to show interest");
    }

    @Test
    void staffOfAnotherMunicipalityMayShowInterestButThePublisherMayNot() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Intresse")));
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        MockHttpSession sundsvall = login(Role.EDITOR, SUNDSVALL);

        mvc.perform(get("/losningar/" + solution.id()).session(sundsvall))
                .andExpect(content().string(not(containsString("Vi är intresserade"))));
        mvc.perform(get("/losningar/" + solution.id()).session(ange))
                .andExpect(content().string(allOf(containsString("Vi är intresserade"),
                        containsString("action=\"/losningar/" + solution.id() + "/intresse\""),
                        containsString("name=\"_csrf\""))));

        // without a CSRF token: refused
        mvc.perform(post("/losningar/" + solution.id() + "/intresse").session(ange)).andExpect(status().isForbidden());
        assertThat(registry.find(ANGE, solution.id())).isEmpty();
        // the publisher's staff: 403 page (a publisher does not adopt its own solution)
        mvc.perform(get("/losningar/" + solution.id() + "/registrera-anvandning").session(sundsvall))
                .andExpect(status().isForbidden());

        mvc.perform(post("/losningar/" + solution.id() + "/intresse").session(ange).with(csrf()))
                .andExpect(redirectedUrl("/losningar/" + solution.id() + "/kontakt/" + ANGE));
        Adoption adoption = registry.find(ANGE, solution.id()).orElseThrow();
        assertThat(adoption.status()).isEqualTo(AdoptionStatus.INTERESTED);

        // the thread opens with a first message to edit, not sent: the publisher has nothing in the thread yet
        Document thread = Jsoup.parse(mvc.perform(get("/losningar/" + solution.id()
                + "/kontakt/" + ANGE).session(ange)).andReturn().getResponse().getContentAsString());
        assertThat(thread.selectFirst("textarea#body").text()).contains("är intresserade av " + solution.name());
        assertThat(thread.selectFirst("textarea#body").hasAttr("autofocus")).isTrue();
        assertThat(thread.select("ol.thread")).isEmpty();
        Document publisherView = Jsoup.parse(mvc.perform(get("/losningar/" + solution.id()
                + "/kontakt/" + ANGE).session(sundsvall)).andReturn().getResponse().getContentAsString());
        assertThat(publisherView.selectFirst("textarea#body").text()).isEmpty();

        // now the page links to the adoption instead of offering the button again
        mvc.perform(get("/losningar/" + solution.id()).session(ange))
                .andExpect(content().string(allOf(not(containsString("Vi är intresserade")),
                        containsString("href=\"/adoptioner/" + adoption.id() + "\""))));
        // anonymous: to the login page
        mvc.perform(post("/losningar/" + solution.id() + "/intresse").with(csrf()))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void registeringWithAStatusAndDepartments() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Registrera")));
        MockHttpSession ange = login(Role.EDITOR, ANGE);
        mvc.perform(get("/losningar/" + solution.id() + "/registrera-anvandning").session(ange))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"status\">Status</label>")));
        mvc.perform(post("/losningar/" + solution.id() + "/registrera-anvandning").session(ange).with(csrf())
                .param("status", "IMPLEMENTING").param("departments", "Socialförvaltningen\n\nKultur")
                .param("adoptedVersion", "2.1"))
                .andExpect(redirectedUrlPattern("/adoptioner/*"));
        Adoption adoption = registry.find(ANGE, solution.id()).orElseThrow();
        assertThat(adoption.status()).isEqualTo(AdoptionStatus.IMPLEMENTING);
        assertThat(adoption.departments()).containsExactlyInAnyOrder("Socialförvaltningen", "Kultur");
        assertThat(adoption.adoptedVersion()).isEqualTo("2.1");
    }

    @Test
    void onlyTheAdoptingMunicipalityCanChangeItsAdoption() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Behörighet")));
        Adoption adoption = registry.record(staffOf(ANGE), solution.id(), AdoptionStatus.PLANNING, null, Set.of());
        MockHttpSession sundsvall = login(Role.EDITOR, SUNDSVALL);
        MockHttpSession ange = login(Role.MEMBER, ANGE);

        mvc.perform(get("/adoptioner/" + adoption.id()).session(sundsvall))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Planerar"), not(containsString("<form action=\"/adoptioner/")))));
        mvc.perform(get("/adoptioner/" + adoption.id()).session(ange))
                .andExpect(content().string(containsString("<form action=\"/adoptioner/" + adoption.id() + "\"")));
        mvc.perform(post("/adoptioner/" + adoption.id()).session(sundsvall).with(csrf())
                .param("status", "IN_PRODUCTION").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/adoptioner/" + adoption.id() + "/erfarenhet").session(sundsvall).with(csrf())
                .param("operationalRating", "5").param("citizenRating", "5").param("supportRating", "5")
                .param("wouldRecommend", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/adoptioner/" + adoption.id()).session(ange).param("status", "IN_PRODUCTION"))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(get("/adoptioner/" + adoption.id())).andExpect(redirectedUrl("/login"));
        assertThat(registry.get(adoption.id()).status()).isEqualTo(AdoptionStatus.PLANNING);
    }

    @Test
    void changesAndReportsShowErrorsAtTheirFields() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Formulär")));
        Adoption adoption = registry.record(staffOf(ANGE), solution.id(), AdoptionStatus.PLANNING, null, Set.of());
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        String page = "/adoptioner/" + adoption.id();

        // no report form before implementing
        mvc.perform(get(page).session(ange)).andExpect(content().string(allOf(
                containsString("när ni börjat införa lösningen"), not(containsString("/erfarenhet\"")))));

        // discontinuing needs a reason: the message sits at the field
        mvc.perform(post(page).session(ange).with(csrf()).param("status", "DISCONTINUED").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reason-error\""),
                        containsString("Skriv varför ni avslutar."), containsString("aria-invalid=\"true\""))));

        mvc.perform(post(page).session(ange).with(csrf()).param("status", "IN_PRODUCTION").param("version", "0")
                .param("departments", "Barn och utbildning").param("adoptedVersion", "3"))
                .andExpect(redirectedUrl(page));
        assertThat(registry.history(adoption.id())).extracting(c -> c.to())
                .containsExactly(AdoptionStatus.PLANNING, AdoptionStatus.IN_PRODUCTION);

        // a malformed number and missing ratings: errors at those fields, nothing saved
        mvc.perform(post(page + "/erfarenhet").session(ange).with(csrf()).param("implementationDays", "tolv")
                .param("citizenRating", "4").param("supportRating", "9").param("wouldRecommend", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"implementationDays-error\""),
                        containsString("Ange ett heltal, till exempel 12."))));
        mvc.perform(post(page + "/erfarenhet").session(ange).with(csrf()).param("implementationDays", "12")
                .param("citizenRating", "4").param("supportRating", "9").param("wouldRecommend", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"operationalRating-error\""),
                        containsString("id=\"supportRating-error\""), containsString("Välj ett betyg från 1 till 5."))));
        assertThat(registry.currentReport(adoption.id())).isEmpty();

        mvc.perform(post(page + "/erfarenhet").session(ange).with(csrf()).param("implementationDays", "12")
                .param("operationalRating", "5").param("citizenRating", "4").param("supportRating", "3")
                .param("wouldRecommend", "true").param("comment", "Gick bra."))
                .andExpect(redirectedUrl(page));
        assertThat(registry.currentReport(adoption.id()).orElseThrow().experience().implementationDays()).isEqualTo(12);
        mvc.perform(get(page).session(ange)).andExpect(content().string(allOf(
                containsString("Nuvarande rapport, version 1"), containsString("value=\"12\""))));

        mvc.perform(get("/vara-anvandningar").session(ange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "\">" + solution.name() + "</a>")));
    }

    @Test
    void theSearchPageFiltersOnAdoptionsInProduction() throws Exception {
        Solution solution = adoptedByThree(); // two in production: bucket 1–2
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(get("/sok").param("q", solution.name()).param("adoptions", "1-2"))
                .andExpect(content().string(allOf(containsString("<legend>Kommuner som har den i drift</legend>"),
                        containsString("name=\"adoptions\" value=\"1-2\" checked=\"checked\""),
                        containsString("1–2 kommuner"), containsString("href=\"/losningar/" + solution.id() + "\"")))));
        mvc.perform(get("/sok").param("q", solution.name()).param("adoptions", "10-plus"))
                .andExpect(content().string(not(containsString("href=\"/losningar/" + solution.id() + "\""))));
    }

    @Test
    void ourAdoptionsIsForMunicipalityStaffOnly() throws Exception {
        mvc.perform(get("/vara-anvandningar").session(login(Role.ANALYST, null))).andExpect(status().isForbidden());
        mvc.perform(get("/vara-anvandningar")).andExpect(redirectedUrl("/login"));
    }


    @Test
    void registeringPreselectsNoStatusAndAMissingChoiceIsAnErrorAtTheField() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Ingen förval")));
        MockHttpSession ange = login(Role.EDITOR, ANGE);
        String form = "/losningar/" + solution.id() + "/registrera-anvandning";
        Document page = Jsoup.parse(mvc.perform(get(form).session(ange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("select#status option").first().attr("value")).isEmpty();
        assertThat(page.select("select#status option[selected]")).extracting(o -> o.attr("value")).allMatch(String::isEmpty);
        assertThat(page.select("select#status option[value=IN_PRODUCTION]")).hasSize(1);

        Document refused = Jsoup.parse(mvc.perform(post(form).session(ange).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#status-error").text()).isNotBlank();
        assertThat(registry.find(ANGE, solution.id())).isEmpty();
    }

    @Test
    void theAdoptingMunicipalityCorrectsAWrongStatusAndTheCountsFollow() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Rättelse")));
        Adoption adoption = registry.record(staffOf(ANGE), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        String page = "/adoptioner/" + adoption.id();

        Document before = Jsoup.parse(mvc.perform(get(page).session(ange)).andReturn().getResponse().getContentAsString());
        assertThat(before.select("select#status option").eachAttr("value")).contains("PLANNING", "IMPLEMENTING");
        assertThat(Jsoup.parse(mvc.perform(get("/losningar/" + solution.id())).andReturn().getResponse()
                .getContentAsString()).select("li[data-status=IN_PRODUCTION] .count").text()).isEqualTo("1");

        mvc.perform(post(page).session(ange).with(csrf()).param("status", "PLANNING").param("version", "0"))
                .andExpect(redirectedUrl(page));

        assertThat(registry.get(adoption.id()).status()).isEqualTo(AdoptionStatus.PLANNING);
        assertThat(registry.history(adoption.id())).extracting(c -> c.to(), c -> c.correction())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AdoptionStatus.IN_PRODUCTION, false),
                        org.assertj.core.groups.Tuple.tuple(AdoptionStatus.PLANNING, true));
        Document after = Jsoup.parse(mvc.perform(get(page).session(ange)).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#current-status").text()).isEqualTo("Planerar");
        assertThat(after.select("section[aria-labelledby=history-heading] tbody tr").last().text()).contains("Rättelse");
        Document solutionPage = Jsoup.parse(mvc.perform(get("/losningar/" + solution.id())).andReturn().getResponse()
                .getContentAsString());
        assertThat(solutionPage.select("li[data-status=IN_PRODUCTION] .count").text()).isEqualTo("0");
        assertThat(solutionPage.select("li[data-status=PLANNING] .count").text()).isEqualTo("1");
    }

    @Test
    void theLanguageLinkOnAPageRenderedAfterAFailedPostLeadsToAPage() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Språk efter post")));
        Adoption adoption = registry.record(staffOf(ANGE), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        String page = "/adoptioner/" + adoption.id();
        for (String failed : java.util.List.of(page + "/erfarenhet", page)) {
            Document rendered = Jsoup.parse(mvc.perform(post(failed).session(ange).with(csrf())
                            .param("implementationDays", "tolv").param("status", "DISCONTINUED").param("version", "0"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            String english = rendered.select("a[hreflang=en]").attr("href");
            mvc.perform(get(english).session(ange)).andExpect(status().isOk());
            assertThat(english).startsWith(page + "?").contains("lang=en");
        }
    }

    @Test
    void aReportTakesAmountsInSwedishFormatting() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Kronor")));
        Adoption adoption = registry.record(staffOf(ANGE), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        String page = "/adoptioner/" + adoption.id();
        mvc.perform(post(page + "/erfarenhet").session(ange).with(csrf()).param("oneOffCostSek", "25 000")
                        .param("yearlyCostSek", "1 250,50 kr").param("operationalRating", "4")
                        .param("citizenRating", "4").param("supportRating", "4").param("wouldRecommend", "true"))
                .andExpect(redirectedUrl(page));
        Experience saved = registry.currentReport(adoption.id()).orElseThrow().experience();
        assertThat(saved.oneOffCostSek()).isEqualTo(25_000L);
        assertThat(saved.yearlyCostSek()).isEqualTo(1_251L);
    }
}
