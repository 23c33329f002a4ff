package se.delbart.search.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.search.SearchQuery;
import se.delbart.search.SolutionSearch;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

/** The search API and page over the real embedded index, fed through the catalogue's events. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    SolutionSearch search;

    @Autowired
    AccountService accounts;

    private String word;
    private UUID id;

    @BeforeEach
    void publishOne() {
        word = se.delbart.search.SearchTestWords.unique();
        Actor editor = new Actor("search-api-test", Role.EDITOR, "2260");
        id = catalog.create(editor, SolutionFixtures.withSummary(SolutionFixtures.complete("Skolskjuts " + word),
                "Skolskjuts med " + word + " <b>fet</b>")).id();
        catalog.publish(editor, id, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(SearchQuery.of(word)).total() == 1);
    }

    @Test
    void searchReturnsHitsWithHighlightsPagingAndFacets() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value(id.toString()))
                .andExpect(jsonPath("$.hits[0].publisher.kommunkod").value("2260"))
                .andExpect(jsonPath("$.hits[0].publisher.name").value("Ånge"))
                .andExpect(jsonPath("$.hits[0].highlights.summary[0]").value(org.hamcrest.Matchers.containsString("<mark>" + word + "</mark>")))
                .andExpect(jsonPath("$.hits[0].highlights.summary[0]").value(org.hamcrest.Matchers.containsString("&lt;b&gt;")))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.facets.domain[0].value").value("utbildning"))
                .andExpect(jsonPath("$.facets.skrGroup[0].value").value("C8"))
                .andExpect(jsonPath("$.facets.county[0].value").value("22"));
        mvc.perform(get("/api/v1/search").param("q", word).param("domain", "kultur-och-fritid"))
                .andExpect(jsonPath("$.page.totalElements").value(0))
                .andExpect(jsonPath("$.facets.domain[*].value").value(hasItem("utbildning")));
    }

    @Test
    void badParametersAreValidationProblems() throws Exception {
        mvc.perform(get("/api/v1/search").param("size", "1000").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sort")));
        mvc.perform(get("/api/v1/search").param("q", "\"(*?~[]{}:^\\ e-tjänst (")).andExpect(status().isOk());
    }

    @Test
    void suggestsNamesAndTags() throws Exception {
        mvc.perform(get("/api/v1/search/suggest").param("q", "Skolskjuts " + word.substring(0, 4)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/search/suggest").param("q", "skolsk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].text").value(hasItem("skolskjuts")));
        mvc.perform(get("/api/v1/search/suggest").param("q", "x").param("limit", "99"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdminsReindex() throws Exception {
        mvc.perform(post("/api/v1/admin/search/reindex")).andExpect(status().isUnauthorized());
        String editor = "reindex-editor-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createUser(editor, "Editor", null, "reindex-password", Role.EDITOR, "2281");
        mvc.perform(post("/api/v1/admin/search/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer " + token(editor, "reindex-password")))
                .andExpect(status().isForbidden());
        String admin = token("admin", "admin-test-password");
        mvc.perform(post("/api/v1/admin/search/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").exists());
        mvc.perform(get("/api/v1/admin/search/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void searchPageShowsHitsFacetsAndAnnouncedCount() throws Exception {
        mvc.perform(get("/sok").param("q", word))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("role=\"status\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>" + word + "</mark>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"domain\" value=\"utbildning\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/losningar/" + id)));
        mvc.perform(get("/sok").param("q", word).param("size", "nonsense")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"alert\"")));
    }

    @Test
    void adminPageShowsTheIndexAndStartsAReindex() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(get("/admin/sok")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/sok").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("editor").roles("EDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sok/reindex").with(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sok/reindex").with(admin).with(csrf))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/admin/sok"));
        mvc.perform(get("/admin/sok").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/admin/sok/reindex\"")));
    }

    private String token(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, password)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
