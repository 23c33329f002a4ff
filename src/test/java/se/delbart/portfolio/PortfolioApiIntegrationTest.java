package se.delbart.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import se.delbart.security.AccountService;
import se.delbart.shared.Role;

/**
 * The portfolio API end to end: staff propose and assess at department level, only the portfolio manager assesses at
 * municipality level and decides, other municipalities and analysts see nothing, anonymous callers get 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortfolioApiIntegrationTest {

    private static final String PASSWORD = "portfolio-test-password";
    /** Used by no other test class (they share the in-memory database). */
    private static final String OWN = "1862";
    private static final String OTHER = "1980";
    private static final String BASE = "/api/v1/municipalities/" + OWN + "/portfolio";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private String member;
    private String manager;
    private String managerName;
    private String otherEditor;
    private String analyst;
    private String admin;

    @BeforeEach
    void setUp() throws Exception {
        member = token(Role.MEMBER, OWN);
        managerName = "portfolio-manager-" + UUID.randomUUID().toString().substring(0, 8);
        manager = token(managerName, Role.EDITOR, OWN);
        otherEditor = token(Role.EDITOR, OTHER);
        analyst = token(Role.ANALYST, null);
        admin = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(as(admin, put(BASE + "/managers/" + managerName))).andExpect(status().isNoContent());
    }

    private String token(Role role, String municipality) throws Exception {
        return token("portfolio-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                role, municipality);
    }

    private String token(String username, Role role, String municipality) throws Exception {
        accounts.createUser(username, "Portfolio test", null, PASSWORD, role, municipality);
        return JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String propose(String token, String title, String origin) throws Exception {
        String body = """
                {"title":"%s","origin":"%s","budget":"UTVECKLING","departments":["Socialförvaltningen"],
                 "needText":"Digital ansökan om skolskjuts"}""".formatted(title, origin);
        return JsonPath.read(mvc.perform(as(token, post(BASE + "/initiatives")).content(body))
                .andExpect(status().isCreated()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static final String LEVEL1 = """
            {"scores":{"TIME_SAVED":{"value":3,"note":"Kortare handläggning"},"LESS_ADMIN":{"value":2},
             "SERVICE_QUALITY":{"value":4},"WORK_ENVIRONMENT":{"value":1}},
             "oneOffSek":100000,"yearlySek":30000,"internalDays":10,"adaptationDays":5,"adaptationSek":20000}""";

    @Test
    void staffProposeAndAssessTheManagerDecides() throws Exception {
        String id = propose(member, "Nationell skolskjuts", "NATIONAL");
        mvc.perform(as(member, put(BASE + "/initiatives/" + id + "/department-assessment"))
                .header("If-Match", "\"0\"").content(LEVEL1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.valuation.level1.value").value(62.5))
                .andExpect(jsonPath("$.valuation.level1.formula").value("100 × (1×3 + 1×2 + 1×4 + 1×1) / (4 × 4) = 62.5"))
                .andExpect(jsonPath("$.valuation.cost.totalSek").value(300_000));

        // level 2 and the decision: the member is refused, the manager is not
        mvc.perform(as(member, put(BASE + "/initiatives/" + id + "/municipality-assessment")).header("If-Match", "*")
                .content("{\"citizenValue\":3}")).andExpect(status().isForbidden());
        mvc.perform(as(member, post(BASE + "/initiatives/" + id + "/status")).header("If-Match", "*")
                .content("{\"status\":\"PRIORITISED\",\"motivation\":\"Bra\"}")).andExpect(status().isForbidden());
        mvc.perform(as(manager, put(BASE + "/initiatives/" + id + "/municipality-assessment")).header("If-Match", "\"1\"")
                .content("{\"citizenValue\":4,\"interoperability\":2,\"standards\":1,\"scalability\":3,"
                        + "\"reachDepartments\":3,\"inactionNote\":\"Köer\",\"inactionSekPerYear\":50000}"))
                .andExpect(status().isOk())
                // 100 × (2×4 + 1×2 + 1×1 + 1×3 + 1×2) / (4 × 6) = 1600 / 24 = 66.7
                .andExpect(jsonPath("$.valuation.level2.value").value(66.7))
                .andExpect(jsonPath("$.valuation.cost.inactionTotalSek").value(150_000));
        mvc.perform(as(manager, post(BASE + "/initiatives/" + id + "/status")).header("If-Match", "\"2\"")
                .content("{\"status\":\"PRIORITISED\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("motivation")));
        mvc.perform(as(manager, post(BASE + "/initiatives/" + id + "/status")).header("If-Match", "\"2\"")
                .content("{\"status\":\"PRIORITISED\",\"motivation\":\"Störst invånarnytta\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PRIORITISED"))
                .andExpect(jsonPath("$.decision.motivation").value("Störst invånarnytta"));
        // an illegal transition names what is allowed
        mvc.perform(as(member, post(BASE + "/initiatives/" + id + "/status")).header("If-Match", "*")
                .content("{\"status\":\"REALISED\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("allowed")));
        mvc.perform(as(member, get(BASE + "/initiatives/" + id + "/history")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[3].motivation").value("Störst invånarnytta"))
                // colleagues see display names, never usernames (half of a login)
                .andExpect(jsonPath("$[3].by").value("Portfolio test"));
    }

    @Test
    void aPortfolioIsPrivateToItsMunicipality() throws Exception {
        String id = propose(member, "Privat initiativ", "LOCAL");
        mvc.perform(get(BASE + "/initiatives")).andExpect(status().isUnauthorized());
        mvc.perform(get(BASE + "/initiatives/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(as(otherEditor, get(BASE + "/initiatives"))).andExpect(status().isForbidden());
        mvc.perform(as(otherEditor, get(BASE + "/initiatives/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(analyst, get(BASE + "/initiatives"))).andExpect(status().isForbidden());
        mvc.perform(as(admin, get(BASE + "/initiatives"))).andExpect(status().isForbidden());
        mvc.perform(as(member, get(BASE + "/initiatives")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].title", hasItem("Privat initiativ")));
        // the municipality's other staff may read; a reader of another municipality's id learns nothing
        mvc.perform(as(otherEditor, get("/api/v1/municipalities/" + OTHER + "/portfolio/initiatives/" + id)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputNamesItsFieldsAndUpdatesNeedIfMatch() throws Exception {
        mvc.perform(as(member, post(BASE + "/initiatives")).content("{\"title\":\" \",\"departments\":[\"Okänd\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("origin")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("budget")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("departments[0]")));
        mvc.perform(as(member, post(BASE + "/initiatives")).content("""
                {"title":"Rad\\rusedBy: x","origin":"LOCAL","budget":"DRIFT","departments":["Socialförvaltningen"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"));
        String id = propose(member, "Versionerat", "LOCAL");
        mvc.perform(as(member, put(BASE + "/initiatives/" + id + "/department-assessment")).content(LEVEL1))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as(member, put(BASE + "/initiatives/" + id + "/department-assessment")).header("If-Match", "\"7\"")
                .content(LEVEL1)).andExpect(status().isPreconditionFailed());
        mvc.perform(as(member, put(BASE + "/initiatives/" + id + "/department-assessment")).header("If-Match", "\"0\"")
                .content("{\"scores\":{\"TIME_SAVED\":{\"value\":7}},\"oneOffSek\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("scores.TIME_SAVED.value")));
    }

    @Test
    void theComparisonShowsTwoToFourInitiativesWithTheirFormulas() throws Exception {
        String national = propose(member, "Nationellt alternativ", "NATIONAL");
        String local = propose(member, "Lokalt alternativ", "LOCAL");
        String body = mvc.perform(as(member, get(BASE + "/compare?id=" + national + "&id=" + local)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(body, "$[*].origin")).containsExactly("NATIONAL", "LOCAL");
        mvc.perform(as(member, get(BASE + "/compare?id=" + national))).andExpect(status().isBadRequest());
    }

    @Test
    void analystsSeeNationalAggregatesOnly() throws Exception {
        mvc.perform(as(analyst, get("/api/v1/insights/portfolio"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.minMunicipalities").value(3));
        mvc.perform(as(member, get("/api/v1/insights/portfolio"))).andExpect(status().isForbidden());
    }
}
