package se.delbart.insight.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import com.jayway.jsonpath.JsonPath;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;
import se.delbart.web.PageTest;

/**
 * Who may see national insight (ANALYST and ADMIN; MEMBER and EDITOR get 403, anonymous 401 on the API and the login
 * page on pages), and that an analyst gets the same candidate with its reason as JSON, CSV and page.
 */
class InsightAccessTest extends PageTest {

    static final List<String> API = List.of("/api/v1/insights/scale-candidates", "/api/v1/insights/scale-candidates.csv",
            "/api/v1/insights/overlaps", "/api/v1/insights/overlaps.csv", "/api/v1/insights/diffusion",
            "/api/v1/insights/diffusion.csv");
    static final List<String> PAGES = List.of("/insikter", "/insikter/skalning", "/insikter/skalning.csv",
            "/insikter/skalning.xlsx", "/insikter/overlapp", "/insikter/overlapp.csv", "/insikter/overlapp.xlsx",
            "/insikter/spridning", "/insikter/spridning.csv", "/insikter/spridning.xlsx");

    @Autowired
    AdoptionRegistry adoptions;

    private Solution solution;

    @BeforeEach
    void aSolutionInProductionWithAReport() {
        solution = published(GOTEBORG, SolutionFixtures.complete(unique("Insiktslösning")));
        Actor kramfors = new Actor("insight-kramfors-" + UUID.randomUUID(), Role.MEMBER, "2282");
        Adoption adoption = adoptions.record(kramfors, solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        adoptions.report(kramfors, adoption.id(), new Experience(8, 3, null, null, null, null, 4, 5, 4, null, true));
    }

    private String token(Role role) throws Exception {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Test " + role, null, PASSWORD, role,
                role.belongsToMunicipality() ? STOCKHOLM : null);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.token");
    }

    @Test
    void apiIs401ForAnonymousAnd403ForMembersAndEditors() throws Exception {
        String member = token(Role.MEMBER);
        String editor = token(Role.EDITOR);
        for (String path : API) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()));
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, member)).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, editor)).andExpect(status().isForbidden());
        }
    }

    @Test
    void pagesSendAnonymousToLoginAndAre403ForMembersAndEditors() throws Exception {
        MockHttpSession member = login(Role.MEMBER, STOCKHOLM);
        MockHttpSession editor = login(Role.EDITOR, STOCKHOLM);
        for (String path : PAGES) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).session(member)).andExpect(status().isForbidden());
            mvc.perform(get(path).session(editor)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").session(member)).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("href=\"/insikter\""))));
    }

    @Test
    void analystGetsTheCandidateWithItsReasonAsJsonCsvAndPage() throws Exception {
        String analyst = token(Role.ANALYST);
        for (String path : API) {
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, analyst)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/insights/scale-candidates").param("domain", "utbildning").param("group", "C8")
                        .header(HttpHeaders.AUTHORIZATION, analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.domain").value("utbildning"))
                .andExpect(jsonPath("$.group").value("C8"))
                .andExpect(jsonPath("$.candidates[?(@.name == '" + solution.name() + "')].reason").value(
                        hasItem("I drift hos 1 kommun i 1 kommungrupp och 1 län; 1 ny senaste året; betyg 4,5 (n=1)")))
                .andExpect(jsonPath("$.candidates[?(@.name == '" + solution.name() + "')].components[0].component")
                        .value(hasItem("SPREAD")));
        mvc.perform(get("/api/v1/insights/scale-candidates.csv").header(HttpHeaders.AUTHORIZATION, analyst))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("skalningskandidater.csv")))
                .andExpect(content().string(startsWith("\uFEFFrank,solution_id,name,")))
                .andExpect(content().string(containsString(solution.name())));
        mvc.perform(get("/api/v1/insights/scale-candidates").param("domain", "nope")
                        .header(HttpHeaders.AUTHORIZATION, analyst))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain"));
        mvc.perform(get("/api/v1/insights/diffusion").param("solution", solution.id().toString())
                        .header(HttpHeaders.AUTHORIZATION, analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.curve.measure").value("IN_PRODUCTION"))
                .andExpect(jsonPath("$.curve.series[0].group").value("C8"))
                .andExpect(jsonPath("$.curve.total[-1]").value(1));

        MockHttpSession session = login(Role.ANALYST, null);
        mvc.perform(get("/insikter").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/insikter/skalning\"")))
                .andExpect(content().string(containsString("href=\"/insikter/kluster\"")));
        mvc.perform(get("/insikter/skalning").param("group", "C8").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(solution.name())))
                .andExpect(content().string(containsString("betyg 4,5 (n=1)")))
                .andExpect(content().string(containsString("href=\"/insikter/skalning.csv?group=C8\"")));
        mvc.perform(get("/insikter/overlapp").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"computed-at\"")))
                .andExpect(content().string(containsString("Likheterna mellan lösningarna beräknades")));
        mvc.perform(get("/insikter/spridning").param("solution", solution.id().toString()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<caption>Ackumulerat per månad och kommungrupp</caption>")))
                // the chart's own <title> stays in the SVG, the page has one title in its head
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<head>(?:(?!</head>).)*<title>Spridning över tid – Delbart</title>\\s*<link.*")));
        mvc.perform(get("/insikter/skalning.csv").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(solution.name())));
    }

    /** Content negotiation as well as the suffix: Accept: text/csv on the list address gives the same CSV. */
    @Test
    void acceptTextCsvGivesTheCsvAndJsonStaysTheDefault() throws Exception {
        String analyst = token(Role.ANALYST);
        for (String list : List.of("/api/v1/insights/scale-candidates", "/api/v1/insights/overlaps",
                "/api/v1/insights/diffusion", "/api/v1/insights/unmet-needs", "/api/v1/insights/support-by-type",
                "/api/v1/insights/clusters")) {
            // the lists are recomputed in the background as other tests change the catalogue: compare a settled pair
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String suffixed = mvc.perform(get(list + ".csv").header(HttpHeaders.AUTHORIZATION, analyst))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                mvc.perform(get(list).header(HttpHeaders.AUTHORIZATION, analyst).accept("text/csv"))
                        .andExpect(status().isOk())
                        .andExpect(content().contentTypeCompatibleWith("text/csv"))
                        .andExpect(content().string(suffixed));
            });
            mvc.perform(get(list).header(HttpHeaders.AUTHORIZATION, analyst).accept("*/*"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        }
        MockHttpSession page = login(Role.ANALYST, null);
        mvc.perform(get("/insikter/skalning").session(page).accept("text/csv"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
    }
}
