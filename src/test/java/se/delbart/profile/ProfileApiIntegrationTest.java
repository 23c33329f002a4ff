package se.delbart.profile;

import static org.hamcrest.Matchers.closeTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

/** The profile API end to end: who may read and change a profile and needs, and what a saved profile holds. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProfileApiIntegrationTest {

    private static final String PASSWORD = "profile-test-password";
    /** Härnösand and Timrå: used by no other test class, which share the in-memory database. */
    private static final String OWN = "2280";
    private static final String OTHER = "2262";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private String editor;
    private String member;
    private String otherEditor;
    private String admin;

    @BeforeEach
    void setUp() throws Exception {
        editor = token(Role.EDITOR, OWN);
        member = token(Role.MEMBER, OWN);
        otherEditor = token(Role.EDITOR, OTHER);
        // the test profile's first admin: creating more admins would break the "last admin" rules other tests check
        admin = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
    }

    private String token(Role role, String municipality) throws Exception {
        String username = "profile-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Profile test", null, PASSWORD, role, municipality);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static final String PRAGMATIC_ANSWERS = """
            {"answers":{"capacity":"low","budgets":"none","national":"only-way","decisions":"ad-hoc"}}""";

    @Test
    void theQuestionnaireIsPublic() throws Exception {
        mvc.perform(get("/api/v1/profile/questionnaire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.questions.length()").value(12))
                .andExpect(jsonPath("$.questions[0].options[0].weights.PRAGMATIC").value(0.8));
    }

    @Test
    void staffSaveAProfileThatOthersReadAndNobodyElseChanges() throws Exception {
        // before answering: estimated, visible to logged-in users only
        mvc.perform(get("/api/v1/municipalities/{kod}/profile", OTHER))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()));
        mvc.perform(as(editor, get("/api/v1/municipalities/{kod}/profile", OTHER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.estimated").value(true))
                .andExpect(jsonPath("$.visibility").value("LOGGED_IN"));

        // Timrå's editor may not change Härnösand's profile; anonymous visitors are asked to log in
        mvc.perform(as(otherEditor, put("/api/v1/municipalities/{kod}/profile", OWN)).content(PRAGMATIC_ANSWERS))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/municipalities/{kod}/profile", OWN).contentType(MediaType.APPLICATION_JSON)
                        .content(PRAGMATIC_ANSWERS))
                .andExpect(status().isUnauthorized());

        String etag = mvc.perform(as(editor, put("/api/v1/municipalities/{kod}/profile", OWN)).content(PRAGMATIC_ANSWERS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.estimated").value(false))
                .andExpect(jsonPath("$.profile.dominant").value("PRAGMATIC"))
                // (.8 + .75 + .85 + .8) / 4
                .andExpect(jsonPath("$.profile.weights.PRAGMATIC").value(closeTo(0.8, 1e-9)))
                .andExpect(jsonPath("$.profile.contributions.length()").value(4))
                .andExpect(jsonPath("$.profile.capacity").value("LOW"))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        // a member of the same municipality changes it too; a stale If-Match is refused
        mvc.perform(as(member, put("/api/v1/municipalities/{kod}/profile", OWN)).header(HttpHeaders.IF_MATCH, etag)
                        .content("{\"answers\":{\"capacity\":\"strong\"},\"visibility\":\"PRIVATE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.dominant").value("OPERATIONAL"))
                .andExpect(jsonPath("$.visibility").value("PRIVATE"));
        mvc.perform(as(member, put("/api/v1/municipalities/{kod}/profile", OWN)).header(HttpHeaders.IF_MATCH, etag)
                        .content(PRAGMATIC_ANSWERS))
                .andExpect(status().isPreconditionFailed());

        // private: other municipalities get 403; the admin reads it; history keeps both versions
        mvc.perform(as(otherEditor, get("/api/v1/municipalities/{kod}/profile", OWN)))
                .andExpect(status().isForbidden());
        mvc.perform(as(admin, get("/api/v1/municipalities/{kod}/profile/history", OWN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].revision").value(2))
                .andExpect(jsonPath("$[0].dominant").value("OPERATIONAL"))
                .andExpect(jsonPath("$[1].dominant").value("PRAGMATIC"));

        // public: anyone reads it
        mvc.perform(as(admin, put("/api/v1/municipalities/{kod}/profile", OWN))
                        .content("{\"answers\":{\"capacity\":\"strong\"},\"visibility\":\"PUBLIC\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/municipalities/{kod}/profile", OWN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.capacity").value("strong"));
    }

    /**
     * The issue: anyone may read a profile the municipality made public; by default only logged-in users. Anonymous
     * visitors: API 200 or 401, pages 200 or a redirect to the login page (profile and recommendations alike).
     */
    @Test
    void anonymousVisitorsReadOnlyPublicProfiles() throws Exception {
        String strömsund = "2313"; // used by no other test class
        String staff = token(Role.EDITOR, strömsund);
        mvc.perform(get("/api/v1/municipalities/{kod}/profile", strömsund)).andExpect(status().isUnauthorized());
        mvc.perform(get("/kommuner/{kod}/profil", strömsund))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/kommuner/{kod}/rekommendationer", strömsund))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.endsWith("/login")));

        mvc.perform(as(staff, put("/api/v1/municipalities/{kod}/profile", strömsund))
                        .content("{\"answers\":{\"capacity\":\"low\"},\"visibility\":\"PUBLIC\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/municipalities/{kod}/profile", strömsund))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("PUBLIC"))
                .andExpect(jsonPath("$.answers.capacity").value("low"));
        mvc.perform(get("/api/v1/municipalities/{kod}/needs", strömsund)).andExpect(status().isOk());
        mvc.perform(get("/kommuner/{kod}/profil", strömsund))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Strömsund")));
        mvc.perform(get("/kommuner/{kod}/rekommendationer", strömsund)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/municipalities/{kod}/recommendations?limit=1", strömsund))
                .andExpect(status().isOk());
        // changing it still needs the municipality's own staff
        mvc.perform(put("/api/v1/municipalities/{kod}/profile", strömsund).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{}}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invalidAnswersAreFieldErrors() throws Exception {
        mvc.perform(as(editor, put("/api/v1/municipalities/{kod}/profile", OWN))
                        .content("{\"answers\":{\"capacity\":\"enormous\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("answers.capacity"));
        mvc.perform(as(editor, put("/api/v1/municipalities/{kod}/profile", "9999")).content(PRAGMATIC_ANSWERS))
                .andExpect(status().isNotFound());
    }

    @Test
    void needsAreDeclaredAndRemovedByStaffOnly() throws Exception {
        String location = mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"Digital ansökan om skolskjuts\",\"domains\":[\"utbildning\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.domains[0]").value("utbildning"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        mvc.perform(as(otherEditor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"Något annat\",\"domains\":[]}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"x\",\"domains\":[\"skolan\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(as(member, get("/api/v1/municipalities/{kod}/needs", OWN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.text == 'Digital ansökan om skolskjuts')]").exists());
        mvc.perform(as(otherEditor, delete(location))).andExpect(status().isForbidden());
        mvc.perform(as(member, delete(location))).andExpect(status().isNoContent());
        mvc.perform(as(member, delete(location))).andExpect(status().isNotFound());
    }

    @Test
    void theSameNeedCannotBeDeclaredTwiceWhateverItsCaseAndSpacing() throws Exception {
        String text = "Digital bokning av lokaler " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"" + text + "\",\"domains\":[]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String again = "  " + text.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ";
        mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"" + again + "\",\"domains\":[\"utbildning\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        // once removed, it may be declared again
        mvc.perform(as(member, delete(location))).andExpect(status().isNoContent());
        mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"" + again + "\",\"domains\":[]}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aNeedWithControlCharactersIsRefused() throws Exception {
        mvc.perform(as(editor, post("/api/v1/municipalities/{kod}/needs", OWN))
                        .content("{\"text\":\"Digital bokning \\u001b[31m av lokaler\",\"domains\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"));
    }
}
