package se.delbart.adoption;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchSort;
import se.delbart.search.SearchTestWords;
import se.delbart.search.SolutionSearch;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

/** Adoptions over the REST API: who may record and change them, their lifecycle, and the search signal. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdoptionApiIntegrationTest {

    private static final String PASSWORD = "adoption-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    SolutionSearch search;

    private String angeToken;
    private String sundsvallToken;
    private UUID sundsvallSolution;
    private String word;

    @BeforeEach
    void setUp() throws Exception {
        angeToken = token(Role.EDITOR, "2260");
        sundsvallToken = token(Role.EDITOR, "2281");
        word = SearchTestWords.unique();
        Actor sundsvall = new Actor("adoption-test", Role.EDITOR, "2281");
        sundsvallSolution = catalog.create(sundsvall, SolutionFixtures.withSummary(
                SolutionFixtures.complete("Adopterad " + word), "Sammanfattning " + word)).id();
        catalog.publish(sundsvall, sundsvallSolution, null);
    }

    private String token(Role role, String municipality) throws Exception {
        String username = "adopt-" + municipality + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Adoption test", null, PASSWORD, role, municipality);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String adopt(String token, String body) throws Exception {
        return mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", sundsvallSolution), token).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
    }

    @Test
    void adoptionsOfAWithdrawnSolutionAreHiddenLikeTheSolution() throws Exception {
        String location = adopt(angeToken, "{}");
        String id = location.substring(location.lastIndexOf('/') + 1);
        catalog.withdraw(new Actor("adoption-test", Role.EDITOR, "2281"), sundsvallSolution, null);

        mvc.perform(get("/api/v1/solutions/{id}/adoptions", sundsvallSolution)).andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(Problems.NOT_FOUND.toString()));
        mvc.perform(get(location + "/report")).andExpect(status().isNotFound());
        mvc.perform(get(location + "/report/history")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/municipalities/2260/adoptions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
        // another municipality's staff: the same; the adopting municipality and the publisher still see it
        mvc.perform(bearer(get(location), token(Role.EDITOR, "1480"))).andExpect(status().isNotFound());
        mvc.perform(bearer(get(location), angeToken)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/municipalities/2260/adoptions"), angeToken))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
        mvc.perform(bearer(get(location), sundsvallToken)).andExpect(status().isOk());
    }

    @Test
    void angeRecordsAnAdoptionAndMovesItIntoProduction() throws Exception {
        String location = adopt(angeToken, "{\"departments\":[\"Socialförvaltningen\"]}");
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.municipality").value("2260"))
                .andExpect(jsonPath("$.status").value("INTERESTED"))
                .andExpect(jsonPath("$.departments[0]").value("Socialförvaltningen"))
                .andExpect(jsonPath("$.history[0].to").value("INTERESTED"));

        mvc.perform(bearer(patch(location), angeToken).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content("{\"status\":\"IN_PRODUCTION\",\"adoptedVersion\":\"1.4\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.status").value("IN_PRODUCTION"))
                .andExpect(jsonPath("$.history.length()").value(2));
        mvc.perform(bearer(patch(location), angeToken).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .content("{\"status\":\"DISCONTINUED\",\"reason\":\"x\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(bearer(patch(location), angeToken).content("{\"status\":\"DISCONTINUED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        mvc.perform(get("/api/v1/solutions/{id}/adoptions", sundsvallSolution))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.IN_PRODUCTION").value(1))
                .andExpect(jsonPath("$.counts.INTERESTED").value(0))
                .andExpect(jsonPath("$.adoptions[0].municipality").value("2260"));
        mvc.perform(get("/api/v1/municipalities/2260/adoptions"))
                .andExpect(jsonPath("$[*].solutionId").value(hasItem(sundsvallSolution.toString())));
        mvc.perform(get("/api/v1/municipalities/9999/adoptions")).andExpect(status().isNotFound());

        // the adoption reaches the search index through events: "most adopted" puts it first among its peers
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            SearchResult result = search.search(SearchQuery.of(word).withSort(SearchSort.MOST_ADOPTED));
            return !result.hits().isEmpty() && result.hits().get(0).id().equals(sundsvallSolution);
        });

        // "I drift" was a mistake: a step back is a correction, kept in the history; counts and search follow
        mvc.perform(bearer(patch(location), angeToken).content("{\"status\":\"PLANNING\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PLANNING"))
                .andExpect(jsonPath("$.history[1].correction").value(false))
                .andExpect(jsonPath("$.history[2].to").value("PLANNING"))
                .andExpect(jsonPath("$.history[2].correction").value(true));
        mvc.perform(get("/api/v1/solutions/{id}/adoptions", sundsvallSolution))
                .andExpect(jsonPath("$.counts.IN_PRODUCTION").value(0))
                .andExpect(jsonPath("$.counts.PLANNING").value(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(SearchQuery.of(word)
                .withFilter(se.delbart.search.Facet.ADOPTIONS, "0")).hits().stream()
                .anyMatch(hit -> hit.id().equals(sundsvallSolution)));
    }

    @Test
    void theAdopterReportsRealEffortAndEditsKeepHistory() throws Exception {
        String location = adopt(angeToken, "{}");
        String report = "{\"implementationDays\":12,\"adaptationDays\":4,\"oneOffCostSek\":40000,"
                + "\"weeksToFirstValue\":6,\"adaptations\":\"Egna mallar\",\"operationalRating\":4,"
                + "\"citizenRating\":5,\"supportRating\":3,\"wouldRecommend\":true}";
        mvc.perform(bearer(put(location + "/report"), angeToken).content(report))
                .andExpect(status().isConflict());
        mvc.perform(bearer(patch(location), angeToken).content("{\"status\":\"IMPLEMENTING\"}"))
                .andExpect(status().isOk());
        mvc.perform(bearer(put(location + "/report"), angeToken).content(report))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.experience.implementationDays").value(12));
        mvc.perform(bearer(put(location + "/report"), angeToken).content(report.replace("\"implementationDays\":12", "\"implementationDays\":15")))
                .andExpect(jsonPath("$.revision").value(2));
        mvc.perform(get(location + "/report"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.experience.implementationDays").value(15))
                .andExpect(jsonPath("$.reportedBy").doesNotExist());
        mvc.perform(get(location + "/report/history")).andExpect(jsonPath("$.length()").value(2));
        // stated beside reported, on the solution
        mvc.perform(get("/api/v1/solutions/{id}/experience", sundsvallSolution))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adoptions.IMPLEMENTING").value(1))
                .andExpect(jsonPath("$.stated.implementationDays.max").value(10))
                .andExpect(jsonPath("$.reported.implementationDays.n").value(1))
                .andExpect(jsonPath("$.reported.implementationDays.median").value(15.0))
                .andExpect(jsonPath("$.ratings.citizen.average").value(5.0))
                .andExpect(jsonPath("$.badges[*].code").value(hasItem("MAINTAINED")))
                .andExpect(jsonPath("$.badges[*].code").value(hasItem("OPEN_SOURCE")))
                .andExpect(jsonPath("$.badges[0].rule").isNotEmpty());
        mvc.perform(bearer(put(location + "/report"), sundsvallToken).content(report))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(put(location + "/report"), angeToken).content(report.replace("\"operationalRating\":4", "\"operationalRating\":6")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("operationalRating"));
        mvc.perform(bearer(put(location + "/report"), angeToken).content("{\"operationalRating\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("wouldRecommend")));
    }

    @Test
    void onlyTheAdoptingMunicipalityChangesItsAdoption() throws Exception {
        String location = adopt(angeToken, "{}");
        mvc.perform(bearer(patch(location), sundsvallToken).content("{\"status\":\"PLANNING\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.FORBIDDEN.toString()));
        mvc.perform(patch(location).contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"PLANNING\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/solutions/{id}/adoptions", sundsvallSolution).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void oneAdoptionPerMunicipalityAndNeverOfOnesOwnOrOfADraft() throws Exception {
        adopt(angeToken, "{\"status\":\"PLANNING\"}");
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", sundsvallSolution), angeToken).content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", sundsvallSolution), sundsvallToken).content("{}"))
                .andExpect(status().isConflict());
        UUID draft = catalog.create(new Actor("adoption-test", Role.EDITOR, "2281"),
                SolutionFixtures.complete("Utkast " + word)).id();
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", draft), angeToken).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", sundsvallSolution), angeToken)
                        .content("{\"status\":\"SOMEDAY\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void statusChangesAreLimitedToTenADay() throws Exception {
        String location = adopt(angeToken, "{}");
        for (int i = 0; i < 10; i++) {
            // forward to PLANNING, then a correction back to INTERESTED: both are status changes
            mvc.perform(bearer(patch(location), angeToken)
                    .content("{\"status\":\"" + (i % 2 == 0 ? "PLANNING" : "INTERESTED") + "\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(bearer(patch(location), angeToken).content("{\"status\":\"PLANNING\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        // other edits than the status still go through
        mvc.perform(bearer(patch(location), angeToken).content("{\"departments\":[\"Socialförvaltningen\"]}"))
                .andExpect(status().isOk());
    }
}
