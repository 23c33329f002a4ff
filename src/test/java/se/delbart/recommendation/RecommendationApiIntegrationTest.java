package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Fit;
import se.delbart.catalog.IdealTypeFit;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.catalog.SupportModel;
import se.delbart.search.SearchTestWords;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;
import se.delbart.shared.Role;

/** Recommendations and similar solutions over the API, on the real search index and database. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecommendationApiIntegrationTest {

    private static final String PASSWORD = "recommendation-test-password";
    /** Sollefteå (C8) and Kramfors (C8): used by no other test class. */
    private static final String TARGET = "2283";
    private static final String PEER = "2282";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private String token(Role role, String municipality) throws Exception {
        String username = "rec-" + municipality + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Recommendation test", null, PASSWORD, role, municipality);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private UUID publish(String name, CompetenceNeeded competence, Effort effort) {
        Actor sundsvall = new Actor("rec-test", Role.EDITOR, "2281");
        SolutionDetails d = SolutionFixtures.complete(name);
        d = new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), d.origin(), d.initiator(),
                d.contacts(), new Fit(List.of(new IdealTypeFit(IdealType.PRAGMATIC, "Passar")), competence, Set.of(),
                        List.of(), false, false), effort, d.benefit());
        UUID id = catalog.create(sundsvall, d).id();
        catalog.publish(sundsvall, id, null);
        return id;
    }

    @Test
    void aPragmaticMunicipalityGetsTheLightProvenSolutionWithReasons() throws Exception {
        String word = SearchTestWords.unique();
        UUID light = publish("Lätt " + word, CompetenceNeeded.BASIC_IT,
                new Effort(new DayRange(2, 5), new DayRange(1, 3), 10_000L, 5_000L, 4, SupportModel.PUBLISHER));
        UUID heavy = publish("Tung " + word, CompetenceNeeded.DEVELOPERS,
                new Effort(new DayRange(50, 90), new DayRange(30, 60), 900_000L, 300_000L, 40, SupportModel.NONE));
        adoptions.record(new Actor("kramfors", Role.EDITOR, PEER), light, AdoptionStatus.IN_PRODUCTION, null, Set.of());

        String editor = token(Role.EDITOR, TARGET);
        mvc.perform(as(editor, put("/api/v1/municipalities/{kod}/profile", TARGET)).content("""
                {"answers":{"capacity":"low","budgets":"none","national":"only-way","operations-crowd-out":"mostly"}}"""))
                .andExpect(status().isOk());
        mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", TARGET))
                .content("{\"text\":\"Vi behöver " + word + "\",\"domains\":[\"utbildning\"]}"))
                .andExpect(status().isCreated());

        // indexing is asynchronous: the need's text can only match once both solutions are searchable
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> mvc
                .perform(get("/api/v1/search").param("q", word)).andExpect(jsonPath("$.page.totalElements").value(2)));
        String body = mvc.perform(as(editor, get("/api/v1/municipalities/{kod}/recommendations?limit=50", TARGET)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.dominant").value("PRAGMATIC"))
                .andExpect(jsonPath("$.profile.estimated").value(false))
                .andExpect(jsonPath("$.recommendations[0].solutionId").value(light.toString()))
                .andExpect(jsonPath("$.recommendations[0].components.NEED.value").isNumber())
                .andExpect(jsonPath("$.recommendations[0].section").value("NEEDS"))
                .andExpect(jsonPath("$.recommendations[0].need").value("Vi behöver " + word))
                .andExpect(jsonPath("$.recommendations[0].reasons[0].sv")
                        .value("Matchar ert behov \u201dVi behöver " + word + "\u201d: " + word))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.recommendations[*].solutionId");
        List<String> svReasons = JsonPath.read(body, "$.recommendations[0].reasons[*].sv");
        assertThat(svReasons).contains("I drift hos 1 kommun i er kommungrupp (C8)",
                "Kräver ingen egen utvecklare — passar er kapacitet");
        if (ids.contains(heavy.toString())) {
            int at = ids.indexOf(heavy.toString());
            assertThat((Boolean) JsonPath.read(body, "$.recommendations[" + at + "].beyondCapacity")).isTrue();
            // it answers the need too, but needs more than the municipality can carry: not among "För era behov"
            assertThat((String) JsonPath.read(body, "$.recommendations[" + at + "].section")).isEqualTo("MORE");
        }

        // each ranking is timed for Prometheus
        assertThat(meters.get("delbart.recommendation.latency").timer().count()).isPositive();

        // visibility as the profile's: logged-in users only by default
        mvc.perform(get("/api/v1/municipalities/{kod}/recommendations", TARGET)).andExpect(status().isUnauthorized());
        mvc.perform(as(token(Role.MEMBER, PEER), get("/api/v1/municipalities/{kod}/recommendations?limit=1", TARGET)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations.length()").value(1));

        // similar: public, text via more-like-this, never the solution itself
        String similar = mvc.perform(get("/api/v1/solutions/{id}/similar?limit=50", light))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> similarIds = JsonPath.read(similar, "$[*].solutionId");
        assertThat(similarIds).contains(heavy.toString()).doesNotContain(light.toString());
        mvc.perform(get("/api/v1/solutions/{id}/similar", UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
