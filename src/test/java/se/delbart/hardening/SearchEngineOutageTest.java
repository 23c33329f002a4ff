package se.delbart.hardening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.SolutionFixtures;
import se.delbart.security.AccessTokenService;
import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;
import se.delbart.testsupport.ElasticsearchTestExtension;
import se.delbart.testsupport.TestElasticsearch;
import se.delbart.testsupport.TestWords;
import tools.jackson.databind.ObjectMapper;

/**
 * Elasticsearch goes away (a proxy between the application and the node is cut) and comes back: publishing still
 * works, search answers 503 problem+json meanwhile, and the index holds the change within 60 s of the return.
 */
@ExtendWith(ElasticsearchTestExtension.class)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:esoutage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "elasticsearch" })
class SearchEngineOutageTest {

    static TcpProxy proxy;
    static final String ALIAS = TestElasticsearch.uniqueAlias();

    @DynamicPropertySource
    static void elasticsearchThroughProxy(DynamicPropertyRegistry registry) {
        URI node = URI.create(TestElasticsearch.elasticsearch().url());
        proxy = new TcpProxy(node.getHost(), node.getPort());
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + proxy.port());
        registry.add("delbart.search.elasticsearch.index", () -> ALIAS);
        registry.add("delbart.search.repair-interval", () -> "PT2S");
        registry.add("delbart.search.repair-min-age", () -> "PT1S");
    }

    @AfterAll
    static void cleanUp() {
        if (proxy == null) { // Elasticsearch is not configured and the class was skipped
            return;
        }
        proxy.close();
        TestElasticsearch.deleteIndices(ALIAS);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    ObjectMapper json;

    @Test
    void writesSucceedSearchIs503AndTheIndexConvergesWhenElasticsearchReturns() throws Exception {
        String editor = "es-outage-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(editor, "Redaktör", null, "es-outage-password", Role.EDITOR, "2260");
        String token = "Bearer " + tokens.issue(editor, "outage", 1).token();
        String word = TestWords.unique("zq", 6, "lan");

        proxy.cut();
        String body = mvc.perform(post("/api/v1/solutions").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(SolutionFixtures.complete("Avbrott " + word))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/solutions/" + id + "/publish").header("Authorization", token))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/search").param("q", word))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.SERVICE_UNAVAILABLE.toString()));
        // the solution page and its similar solutions do without the search engine (no text similarity meanwhile)
        mvc.perform(get("/losningar/" + id)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/solutions/" + id + "/similar")).andExpect(status().isOk());

        proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                mvc.perform(get("/api/v1/search").param("q", word))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.hits[0].id").value(id)));
    }
}
