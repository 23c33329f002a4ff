package se.delbart.path;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
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

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * The implementation path API end to end: the publisher writes revisions under If-Match, adopters tick their checklist
 * (the status is only suggested), the path shows reported days per step, and a proposal accepted becomes a revision.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PathApiIntegrationTest {

    private static final String PASSWORD = "path-test-password";
    /** Used by no other test class (they share the in-memory database). */
    private static final String PUBLISHER = "2021";
    private static final String ADOPTER = "2023";
    private static final String SECOND_ADOPTER = "2026";

    private static final String PATH = """
            {"prerequisites":["E-legitimation för medarbetare","Konsekvensbedömning (DPIA) om personuppgifter"],
             "steps":[{"title":"Förstudie och beslut","days":{"min":2,"max":4},"roles":["Verksamhetsutvecklare"]},
                      {"title":"Installation","description":"Driftsätt enligt guiden.","days":{"min":3,"max":3},
                       "roles":["Systemförvaltare","IT-tekniker"],"providerCanDo":true}],
             "decisions":["Beslut om personuppgiftsbiträdesavtal"],
             "documents":[{"title":"Mall för DPIA","url":"https://example.se/dpia.docx"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    private String editor;
    private String adopter;
    private String secondAdopter;
    private String outsider;
    private UUID solution;

    @BeforeEach
    void setUp() throws Exception {
        editor = token(Role.EDITOR, PUBLISHER);
        adopter = token(Role.MEMBER, ADOPTER);
        secondAdopter = token(Role.EDITOR, SECOND_ADOPTER);
        outsider = token(Role.EDITOR, "2029");
        solution = catalog.createExample(new Actor("path-seed", Role.EDITOR, PUBLISHER),
                SolutionFixtures.complete("Väg " + UUID.randomUUID().toString().substring(0, 8)), Lifecycle.PUBLISHED,
                Instant.now()).id();
    }

    private String token(Role role, String municipality) throws Exception {
        String username = "path-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Vägtest", null, PASSWORD, role, municipality);
        return JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String base() {
        return "/api/v1/solutions/" + solution + "/path";
    }

    private String write() throws Exception {
        return mvc.perform(as(editor, put(base())).content(PATH))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andReturn().getResponse().getContentAsString();
    }

    private String adoption(String token, AdoptionStatus status) throws Exception {
        return JsonPath.read(mvc.perform(as(token, post("/api/v1/solutions/" + solution + "/adoptions"))
                .content("{\"status\":\"" + status + "\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void revisionsTravelAsETagsAndKeepStepIds() throws Exception {
        mvc.perform(get(base())).andExpect(status().isNotFound());
        String first = write();
        String install = JsonPath.read(first, "$.steps[1].id");
        mvc.perform(get(base())).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.steps[1].providerCanDo").value(true))
                .andExpect(jsonPath("$.steps[1].reportedDays.n").value(0))
                .andExpect(jsonPath("$.documents[0].url").value("https://example.se/dpia.docx"));
        String next = """
                {"steps":[{"id":"%s","title":"Installation","days":{"min":2,"max":5}},{"title":"Utbildning"}]}"""
                .formatted(install);
        mvc.perform(as(editor, put(base())).content(next)).andExpect(status().isPreconditionRequired());
        mvc.perform(as(editor, put(base())).header("If-Match", "\"7\"").content(next))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(outsider, put(base())).header("If-Match", "\"1\"").content(next)).andExpect(status().isForbidden());
        mvc.perform(as(adopter, put(base())).content(next)).andExpect(status().isForbidden());
        mvc.perform(as(editor, put(base())).header("If-Match", "\"1\"").content(next))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.steps[0].id").value(install))
                .andExpect(jsonPath("$.steps.length()").value(2));
        mvc.perform(get(base() + "/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].revision").value(2)).andExpect(jsonPath("$[1].revision").value(1))
                .andExpect(jsonPath("$[1].path.steps.length()").value(2))
                .andExpect(jsonPath("$[0].changedBy").doesNotExist());
    }

    @Test
    void badInputNamesItsJsonPath() throws Exception {
        mvc.perform(as(editor, put(base())).content("""
                {"steps":[{"title":" ","days":{"min":5,"max":2}},{"id":"nosuch","title":"X"}],
                 "documents":[{"title":"Mall","url":"ftp://x"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].days.min")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[1].id")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("documents[0].url")));
        mvc.perform(as(editor, put(base())).content("{\"steps\":[{\"title\":\"A\",\"providerCanDo\":\"kanske\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].providerCanDo")));
    }

    @Test
    void adoptersTickTheirChecklistAndTheStatusIsOnlySuggested() throws Exception {
        String first = write();
        String study = JsonPath.read(first, "$.steps[0].id");
        String install = JsonPath.read(first, "$.steps[1].id");
        String adoption = adoption(adopter, AdoptionStatus.PLANNING);
        String checklist = "/api/v1/adoptions/" + adoption + "/checklist";
        mvc.perform(get(checklist)).andExpect(status().isOk()).andExpect(jsonPath("$.done").value(0))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.suggestedStatus").doesNotExist());

        mvc.perform(as(adopter, put(checklist + "/" + study)).content(
                "{\"doneOn\":\"2026-10-01\",\"actualDays\":6,\"note\":\"Vi lade till en workshop\"}"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.done").value(true));
        // staff of other municipalities do not tick it; unknown steps and future dates are refused
        mvc.perform(as(secondAdopter, put(checklist + "/" + study)).content("{\"doneOn\":\"2026-10-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(adopter, put(checklist + "/nosuch")).content("{\"doneOn\":\"2026-10-01\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(adopter, patch(checklist + "/" + install)).content(
                "{\"doneOn\":\"" + LocalDate.now().plusDays(30) + "\",\"actualDays\":\"tre\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("actualDays")));
        mvc.perform(as(adopter, patch(checklist + "/" + install)).content("{\"doneOn\":\"" + LocalDate.now().plusDays(30) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        mvc.perform(get(checklist)).andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.status").value("PLANNING"))
                .andExpect(jsonPath("$.suggestedStatus").value("IMPLEMENTING"));

        // a merge patch keeps what it does not name; a stale If-Match is refused
        mvc.perform(as(adopter, patch(checklist + "/" + install)).content("{\"actualDays\":10}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done").value(false));
        mvc.perform(as(adopter, patch(checklist + "/" + install)).header("If-Match", "\"5\"")
                .content("{\"doneOn\":\"2026-11-02\"}")).andExpect(status().isPreconditionFailed());
        mvc.perform(as(adopter, patch(checklist + "/" + install)).header("If-Match", "\"0\"")
                .content("{\"doneOn\":\"2026-11-02\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.actualDays").value(10))
                .andExpect(jsonPath("$.doneOn").value("2026-11-02"));
        mvc.perform(get(checklist)).andExpect(jsonPath("$.done").value(2))
                .andExpect(jsonPath("$.suggestedStatus").value("IN_PRODUCTION"))
                // nothing moved on its own
                .andExpect(jsonPath("$.status").value("PLANNING"));
        mvc.perform(get("/api/v1/adoptions/" + adoption)).andExpect(jsonPath("$.status").value("PLANNING"));

        // the path shows stated beside reported days: median and n over the adopters' ticks with days
        String second = adoption(secondAdopter, AdoptionStatus.IMPLEMENTING);
        mvc.perform(as(secondAdopter, put("/api/v1/adoptions/" + second + "/checklist/" + install))
                .content("{\"doneOn\":\"2026-09-01\",\"actualDays\":4}")).andExpect(status().isOk());
        mvc.perform(get(base())).andExpect(jsonPath("$.steps[1].days.min").value(3))
                .andExpect(jsonPath("$.steps[1].reportedDays.n").value(2))
                .andExpect(jsonPath("$.steps[1].reportedDays.median").value(7.0))
                .andExpect(jsonPath("$.steps[0].reportedDays.n").value(1));
    }

    @Test
    void anAcceptedProposalBecomesARevisionAndAnAnswerLeavesThePath() throws Exception {
        String first = write();
        String install = JsonPath.read(first, "$.steps[1].id");
        String adoption = adoption(adopter, AdoptionStatus.IMPLEMENTING);
        String proposals = "/api/v1/adoptions/" + adoption + "/checklist/" + install + "/proposals";
        mvc.perform(as(adopter, post(proposals)).content("{\"comment\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reportedDays")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("comment")));
        String accepted = JsonPath.read(mvc.perform(as(adopter, post(proposals))
                .content("{\"reportedDays\":10,\"comment\":\"Tog oss tio dagar, inte tre\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String answered = JsonPath.read(mvc.perform(as(adopter, post(proposals))
                .content("{\"reportedDays\":1,\"comment\":\"Gick snabbt\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(as(adopter, post(base() + "/proposals/" + accepted + "/accept"))).andExpect(status().isForbidden());
        mvc.perform(as(editor, post(base() + "/proposals/" + accepted + "/accept")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedRevision").value(2));
        mvc.perform(get(base())).andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.steps[1].days.min").value(10)).andExpect(jsonPath("$.steps[1].days.max").value(10))
                .andExpect(jsonPath("$.steps[0].days.min").value(2));
        mvc.perform(as(editor, post(base() + "/proposals/" + accepted + "/answer")).content("{\"answer\":\"Igen\"}"))
                .andExpect(status().isConflict());

        mvc.perform(as(editor, post(base() + "/proposals/" + answered + "/answer")).content("{\"answer\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(as(editor, post(base() + "/proposals/" + answered + "/answer"))
                .content("{\"answer\":\"Tre dagar är vanligast hos våra andra användare\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(get(base())).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get(base() + "/proposals")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", hasItem("ANSWERED")))
                .andExpect(jsonPath("$[*].comment", hasItem(containsString("tio dagar"))));
        mvc.perform(get(base() + "/history")).andExpect(jsonPath("$[0].note", containsString(accepted)));
    }
}
