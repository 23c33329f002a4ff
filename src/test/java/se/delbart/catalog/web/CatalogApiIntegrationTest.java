package se.delbart.catalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.SolutionFixtures;
import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;
import tools.jackson.databind.ObjectMapper;

/**
 * The catalogue's REST API end to end: real security (tokens), real database (H2 in PostgreSQL mode), real JSON.
 * Mirrors the "done when" checks of the foundation issue.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CatalogApiIntegrationTest {

    private static final String PASSWORD = "api-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ObjectMapper json;

    private String angeToken;
    private String sundsvallToken;

    @BeforeEach
    void tokens() throws Exception {
        angeToken = tokenFor(Role.EDITOR, "2260");
        sundsvallToken = tokenFor(Role.EDITOR, "2281");
    }

    private String tokenFor(Role role, String municipality) throws Exception {
        String username = "api-" + municipality + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "API test", null, PASSWORD, role, municipality);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private String completeJson(String name) {
        return json.writeValueAsString(SolutionFixtures.complete(name));
    }

    private MvcResult create(String token, String body) throws Exception {
        return mvc.perform(bearer(post("/api/v1/solutions"), token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn();
    }

    @Test
    void municipalitiesAreListedAndFound() throws Exception {
        mvc.perform(get("/api/v1/municipalities?size=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(290))
                .andExpect(jsonPath("$.page.size").value(1))
                .andExpect(jsonPath("$.content.length()").value(1));
        mvc.perform(get("/api/v1/municipalities/2281"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sundsvall"))
                .andExpect(jsonPath("$.skrGroup.code").value("B3"))
                .andExpect(jsonPath("$.population.year").value(2017));
        mvc.perform(get("/api/v1/municipalities?county=22&group=B3"))
                .andExpect(jsonPath("$.content[*].kommunkod").value(hasItem("2281")))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/municipalities/9999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.NOT_FOUND.toString()));
    }

    @Test
    void anonymousWritesAre401Problems() throws Exception {
        mvc.perform(post("/api/v1/solutions").contentType(MediaType.APPLICATION_JSON).content(completeJson("Anonym")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()));
    }

    @Test
    void anEditorCreatesForItsOwnMunicipalityWhateverTheBodySays() throws Exception {
        String body = completeJson("Skolskjuts Ånge").replaceFirst("\\{", "{\"publisher\":{\"kommunkod\":\"2281\"},\"lifecycle\":\"PUBLISHED\",");
        MvcResult result = create(angeToken, body);
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        String created = result.getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(location).endsWith("/api/v1/solutions/" + JsonPath.read(created, "$.id"));
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");

        mvc.perform(bearer(get(location), angeToken))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.publisher.kommunkod").value("2260"))
                .andExpect(jsonPath("$.publisher.name").value("Ånge"))
                .andExpect(jsonPath("$.lifecycle").value("DRAFT"))
                .andExpect(jsonPath("$.summary").isNotEmpty())
                .andExpect(jsonPath("$.fit.idealTypes[0].type").value("PRAGMATIC"))
                .andExpect(jsonPath("$.effort.implementationDays.max").value(10))
                .andExpect(jsonPath("$.effort.level").value("LOW"))
                .andExpect(jsonPath("$.domains[0]").value("utbildning"))
                .andExpect(jsonPath("$.benefit.outcomes[0].value").value(35));
    }

    @Test
    void anotherMunicipalitysEditorGets403() throws Exception {
        String location = create(sundsvallToken, completeJson("Sundsvalls lösning")).getResponse().getHeader(HttpHeaders.LOCATION);
        mvc.perform(bearer(post(location + "/publish"), sundsvallToken)).andExpect(status().isOk());

        mvc.perform(bearer(put(location), angeToken).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completeJson("Kapad")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.FORBIDDEN.toString()));
        mvc.perform(bearer(put(location), angeToken).contentType(MediaType.APPLICATION_JSON).content(completeJson("Kapad")))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(post(location + "/withdraw"), angeToken)).andExpect(status().isForbidden());
        mvc.perform(get(location)).andExpect(jsonPath("$.name").value("Sundsvalls lösning"));
    }

    @Test
    void malformedJsonIs400Problem() throws Exception {
        mvc.perform(bearer(post("/api/v1/solutions"), angeToken).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.MALFORMED_REQUEST.toString()))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
        mvc.perform(bearer(post("/api/v1/solutions"), angeToken).contentType(MediaType.APPLICATION_JSON)
                        .content(completeJson("Fel typ").replace("\"SOFTWARE\"", "\"SPACESHIP\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Problems.MALFORMED_REQUEST.toString()));
    }

    @Test
    void aTooLongSummaryIs400NamingTheField() throws Exception {
        String body = json.writeValueAsString(SolutionFixtures.withSummary(SolutionFixtures.complete("Lång"), "x".repeat(151)));
        mvc.perform(bearer(post("/api/v1/solutions"), angeToken).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("summary")))
                .andExpect(jsonPath("$.detail").value(containsString("summary")));
    }

    @Test
    void updatesNeedTheCurrentETag() throws Exception {
        MvcResult created = create(angeToken, completeJson("Versionerad"));
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        String changed = json.writeValueAsString(SolutionFixtures.withSummary(SolutionFixtures.complete("Versionerad"), "Ändrad"));

        mvc.perform(bearer(put(location), angeToken).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value(Problems.PRECONDITION_REQUIRED.toString()));
        mvc.perform(bearer(put(location), angeToken).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.summary").value("Ändrad"));
        // a second client still holding version 0 must not overwrite
        mvc.perform(bearer(put(location), angeToken).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completeJson("Versionerad")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.STALE_VERSION.toString()));
        mvc.perform(bearer(get(location), angeToken)).andExpect(jsonPath("$.summary").value("Ändrad"));

        mvc.perform(bearer(get(location + "/history"), angeToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].kind").value("UPDATED"))
                .andExpect(jsonPath("$.content[0].fields[0]").value("summary"))
                // display names and municipalities, never usernames (they are half of a login)
                .andExpect(jsonPath("$.content[0].by").value("API test"))
                .andExpect(jsonPath("$.content[0].byMunicipality").value("2260"))
                .andExpect(jsonPath("$.content[0].byUsername").doesNotExist())
                .andExpect(jsonPath("$.content[1].kind").value("CREATED"))
                .andExpect(jsonPath("$.page.totalElements").value(2));
    }

    @Test
    void draftsAreInvisibleToAnonymousAndOtherMunicipalities() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String location = create(angeToken, completeJson("Hemligt utkast " + marker)).getResponse().getHeader(HttpHeaders.LOCATION);
        mvc.perform(get(location)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(Problems.NOT_FOUND.toString()));
        mvc.perform(bearer(get(location), sundsvallToken)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/history")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/solutions?q=" + marker)).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/solutions?q=" + marker + "&municipality=2260&lifecycle=DRAFT"))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(bearer(get("/api/v1/solutions?q=" + marker + "&municipality=2260&lifecycle=DRAFT"), angeToken))
                .andExpect(jsonPath("$.page.totalElements").value(1));

        mvc.perform(bearer(post(location + "/publish"), angeToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lifecycle").value("PUBLISHED"));
        mvc.perform(get(location)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/solutions?q=" + marker + "&domain=utbildning&type=SOFTWARE"))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].publisher.kommunkod").value("2260"));
        mvc.perform(bearer(post(location + "/withdraw"), angeToken)).andExpect(jsonPath("$.lifecycle").value("WITHDRAWN"));
        mvc.perform(get(location)).andExpect(status().isNotFound());
    }

    @Test
    void publishingAnIncompleteDraftIs409ListingWhatIsMissing() throws Exception {
        String location = create(angeToken, json.writeValueAsString(SolutionFixtures.minimalDraft("Ofärdig")))
                .getResponse().getHeader(HttpHeaders.LOCATION);
        mvc.perform(bearer(post(location + "/publish"), angeToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Problems.INVALID_STATE.toString()))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("fit.idealTypes")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("effort.implementationDays")));
        mvc.perform(bearer(post(location + "/withdraw"), angeToken)).andExpect(status().isConflict());
    }

    @Test
    void clientMistakesInParametersAre400Or404NeverA500() throws Exception {
        mvc.perform(get("/api/v1/solutions?sort=password")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/solutions?domain=rymden")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()));
        mvc.perform(get("/api/v1/solutions/not-a-uuid")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/solutions/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(bearer(put("/api/v1/solutions/" + UUID.randomUUID()), angeToken).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completeJson("Finns inte")))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(post("/api/v1/solutions"), angeToken).contentType(MediaType.TEXT_PLAIN).content("hej"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(get("/api/v1/nothing-here"), angeToken)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.NOT_FOUND.toString()));
        mvc.perform(bearer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/solutions"), angeToken))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value(Problems.METHOD_NOT_ALLOWED.toString()));
    }
}
