package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.path.ImplementationPath;
import se.delbart.path.ImplementationPaths;
import se.delbart.path.PathStep;
import se.delbart.profile.Profiles;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;
import se.delbart.shared.Role;

/**
 * The path's pages through MockMvc with the real security chain: the solution page's section (first for pragmatic
 * viewers), the publisher's form with errors at the field, an adopter's checklist and the status it only suggests.
 */
class PathPagesTest extends PageTest {

    /** Used by no other test class. */
    private static final String PUBLISHER = "2031";
    private static final String ADOPTER = "2034";

    @Autowired
    ImplementationPaths paths;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    Profiles profiles;

    @Autowired
    se.delbart.path.Checklists checklists;

    private Document page(MockHttpSession session, String path) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private UUID solutionWithPath() {
        UUID id = published(PUBLISHER, SolutionFixtures.complete(unique("Vägsida"))).id();
        paths.write(editorOf(PUBLISHER), id, 0, new ImplementationPath(List.of("E-legitimation för medarbetare"),
                List.of(new PathStep(null, "Förstudie", null, new DayRange(2, 4), List.of("Projektledare"), false),
                        new PathStep(null, "Installation", "Enligt driftguiden.", new DayRange(3, 3),
                                List.of("Systemförvaltare"), true)),
                List.of("Beslut om personuppgiftsbiträdesavtal"), List.of()));
        return id;
    }

    private static String municipalityLeaning(Profiles profiles, boolean pragmatic, String... candidates) {
        return Stream.of(candidates)
                .filter(k -> (profiles.profileOf(k).dominant() == IdealType.PRAGMATIC) == pragmatic).findFirst()
                .orElseThrow();
    }

    @Test
    void theSolutionPageShowsStatedBesideReportedDaysAndPragmaticViewersSeeThePathFirst() throws Exception {
        UUID id = solutionWithPath();
        UUID adoption = adoptions.record(editorOf(ADOPTER), id, AdoptionStatus.IMPLEMENTING, null, null).id();
        String install = paths.current(null, id).orElseThrow().path().steps().get(1).id();
        checklists.tick(new Actor("pages-adopter", Role.MEMBER, ADOPTER), adoption, install, null,
                java.time.LocalDate.of(2026, 10, 1), 9, "Egen installation");

        Document anonymous = page(null, "/losningar/" + id);
        Element row = anonymous.selectFirst("#inforandevag tr[data-step=" + install + "]");
        assertThat(row.select(".stated").text()).isEqualTo("3 persondagar");
        assertThat(row.select(".reported").text()).isEqualTo("9 persondagar");
        assertThat(row.select(".reported-n").text()).isEqualTo("1");
        assertThat(anonymous.select("#inforandevag a[href$=/inforandevag]")).isEmpty();

        String pragmatic = municipalityLeaning(profiles, true, "2039", "2061", "2062", "2161", "2260", "2303", "2305");
        String other = municipalityLeaning(profiles, false, "0180", "1480", "1280", "0380", "2281");
        assertThat(before(page(login(Role.MEMBER, pragmatic), "/losningar/" + id), "#inforandevag", "#about-heading"))
                .as("a pragmatic municipality sees the path in the first screen").isTrue();
        assertThat(before(page(login(Role.MEMBER, other), "/losningar/" + id), "#inforandevag", "#about-heading"))
                .isFalse();
    }

    private static boolean before(Document doc, String first, String second) {
        List<Element> all = doc.getAllElements();
        return all.indexOf(doc.selectFirst(first)) < all.indexOf(doc.selectFirst(second));
    }

    @Test
    void thePublisherWritesThePathWithErrorsAtTheField() throws Exception {
        UUID id = published(PUBLISHER, SolutionFixtures.complete(unique("Ny väg"))).id();
        MockHttpSession editor = login(Role.EDITOR, PUBLISHER);
        Document empty = page(editor, "/losningar/" + id);
        assertThat(empty.select("#inforandevag a[href$=/inforandevag]")).hasSize(1);
        mvc.perform(get("/losningar/" + id + "/inforandevag").session(login(Role.MEMBER, PUBLISHER)))
                .andExpect(status().isForbidden());

        String failed = mvc.perform(post("/losningar/" + id + "/inforandevag").session(editor).with(csrf())
                .param("revision", "0").param("prerequisites", "E-legitimation\n\nDPIA")
                .param("steps[0].title", "Förstudie").param("steps[0].daysMin", "fem")
                .param("steps[1].title", "").param("steps[1].daysMin", "4").param("steps[1].daysMax", "2")
                .param("documents", "Mall | ftp://x"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(failed);
        assertThat(doc.select(".error-summary[autofocus] a").eachAttr("href")).containsExactly("#steps0-daysMin");
        assertThat(doc.select("#steps0-daysMin").attr("aria-invalid")).isEqualTo("true");

        failed = mvc.perform(post("/losningar/" + id + "/inforandevag").session(editor).with(csrf())
                .param("revision", "0").param("steps[0].title", "Förstudie").param("steps[0].daysMin", "2")
                .param("steps[1].title", "").param("steps[1].daysMin", "4").param("steps[1].daysMax", "2")
                .param("documents", "Mall | ftp://x"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        doc = Jsoup.parse(failed);
        assertThat(doc.select(".error-summary[autofocus] a").eachAttr("href"))
                .containsExactlyInAnyOrder("#steps1-title", "#steps1-daysMin", "#documents");
        assertThat(doc.select("#steps1-daysMin-error").text()).contains("persondagar");

        mvc.perform(post("/losningar/" + id + "/inforandevag").session(editor).with(csrf())
                .param("revision", "0").param("prerequisites", "E-legitimation\n\nDPIA")
                .param("steps[0].title", "Förstudie").param("steps[0].daysMin", "2").param("steps[0].daysMax", "4")
                .param("steps[0].roles", "Projektledare, Jurist").param("steps[0].providerCanDo", "true")
                .param("_steps[0].providerCanDo", "on").param("steps[1].title", " ")
                .param("documents", "Mall för DPIA | https://example.se/dpia.docx"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/losningar/" + id + "#inforandevag"));
        var saved = paths.current(null, id).orElseThrow();
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.path().prerequisites()).containsExactly("E-legitimation", "DPIA");
        assertThat(saved.path().steps()).singleElement().satisfies(s -> {
            assertThat(s.roles()).containsExactly("Projektledare", "Jurist");
            assertThat(s.providerCanDo()).isTrue();
            assertThat(s.days()).isEqualTo(new DayRange(2, 4));
        });
        // the form of the next revision keeps the step's id; a stale revision is refused at the top of the form
        Document form = page(editor, "/losningar/" + id + "/inforandevag");
        assertThat(form.select("input[name=steps[0].id]").val()).isEqualTo(saved.path().steps().get(0).id());
        String stale = mvc.perform(post("/losningar/" + id + "/inforandevag").session(editor).with(csrf())
                .param("revision", "0").param("steps[0].title", "Förstudie"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(stale).select(".error-summary").text()).contains("Någon annan");
    }

    @Test
    void theAdopterTicksStepsAndConfirmsTheSuggestedStatus() throws Exception {
        UUID id = solutionWithPath();
        UUID adoption = adoptions.record(editorOf(ADOPTER), id, AdoptionStatus.PLANNING, null, null).id();
        var steps = paths.current(null, id).orElseThrow().path().steps();
        MockHttpSession staff = login(Role.MEMBER, ADOPTER);

        Document adoptionPage = page(staff, "/adoptioner/" + adoption);
        assertThat(adoptionPage.select(".checklist-summary").text()).contains("0 av 2 steg klara");

        String step = "/adoptioner/" + adoption + "/checklista/" + steps.get(0).id();
        assertThat(page(staff, step).select("h1").text()).isEqualTo("Steg 1: Förstudie");
        String failed = mvc.perform(post(step).session(staff).with(csrf()).param("doneOn", "2099-01-01")
                .param("actualDays", "tre")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(failed).select(".error-summary[autofocus] a").eachAttr("href")).containsExactly("#actualDays");
        failed = mvc.perform(post(step).session(staff).with(csrf()).param("doneOn", "2099-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(failed).select("#doneOn-error").text()).contains("framtiden");

        mvc.perform(post(step).session(staff).with(csrf()).param("doneOn", "2026-10-01").param("actualDays", "5")
                .param("note", "Vi bjöd in facket")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/adoptioner/" + adoption + "/checklista"));
        Document checklist = page(staff, "/adoptioner/" + adoption + "/checklista");
        assertThat(checklist.select(".breadcrumb a").eachAttr("href")).contains("/losningar/" + id + "#inforandevag");
        assertThat(checklist.select("tr[data-done=true]")).hasSize(1);
        assertThat(checklist.select(".notice").text()).contains("Inför");

        // another municipality's staff see nothing to tick, and may not post
        mvc.perform(post(step).session(login(Role.EDITOR, PUBLISHER)).with(csrf()).param("doneOn", "2026-10-01"))
                .andExpect(status().isForbidden());

        // the status moves only when the municipality confirms
        assertThat(adoptions.get(adoption).status()).isEqualTo(AdoptionStatus.PLANNING);
        adoptionPage = page(staff, "/adoptioner/" + adoption);
        assertThat(adoptionPage.select(".checklist-summary form button").text()).contains("Inför");
        mvc.perform(post("/adoptioner/" + adoption + "/checklista/status").session(staff).with(csrf())
                .param("version", String.valueOf(adoptions.get(adoption).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(adoptions.get(adoption).status()).isEqualTo(AdoptionStatus.IMPLEMENTING);

        // a proposal from the step page reaches the publisher's form
        mvc.perform(post(step + "/forslag").session(staff).with(csrf()).param("reportedDays", "")
                .param("comment", "")).andExpect(status().isBadRequest());
        mvc.perform(post(step + "/forslag").session(staff).with(csrf()).param("reportedDays", "8")
                .param("comment", "Tog oss åtta dagar")).andExpect(status().is3xxRedirection());
        Document form = page(login(Role.EDITOR, PUBLISHER), "/losningar/" + id + "/inforandevag");
        assertThat(form.select("#forslag .proposal").text()).contains("Tog oss åtta dagar");
    }
}
