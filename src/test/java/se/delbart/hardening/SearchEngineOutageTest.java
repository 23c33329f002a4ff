package se.delbart.hardening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.By;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
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
import se.delbart.testsupport.Axe;
import se.delbart.testsupport.Browsers;
import se.delbart.testsupport.ElasticsearchTestExtension;
import se.delbart.testsupport.TestElasticsearch;
import se.delbart.testsupport.TestWords;
import tools.jackson.databind.ObjectMapper;

/**
 * Elasticsearch goes away (a proxy between the application and the node is cut) and comes back: publishing still
 * works, search answers 503 problem+json meanwhile (the search page a Swedish 503 page in the site's layout, every other
 * page works), and the index holds the change within 60 s of the return.
 */
@ExtendWith(ElasticsearchTestExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:esoutage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
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

    @LocalServerPort
    int port;

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
        // the search page says so in Swedish, in the site's layout, with 503 and Retry-After (not a 500)
        var result = mvc.perform(get("/sok").param("q", word))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("main h1").text()).isEqualTo("Sökningen är tillfälligt otillgänglig");
        assertThat(page.title()).startsWith("Sökningen är tillfälligt otillgänglig");
        assertThat(page.select("header nav")).isNotEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        // every other page keeps working
        for (String other : java.util.List.of("/", "/losningar", "/kommuner", "/kommuner/2260", "/login",
                "/losningar/" + id)) {
            mvc.perform(get(other)).andExpect(status().isOk());
        }

        proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                mvc.perform(get("/api/v1/search").param("q", word))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.hits[0].id").value(id)));
    }

    /** The same outage as a person sees it: the search form on the start page leads to the 503 page. */
    @Test
    void inABrowserTheSearchFormLeadsToTheUnavailablePageInTheLayout() {
        org.openqa.selenium.chrome.ChromeDriver browser = Browsers.chromium();
        proxy.cut();
        try {
            browser.get("http://localhost:" + port + "/sok");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sökningen är tillfälligt otillgänglig");
            assertThat(browser.getTitle()).startsWith("Sökningen är tillfälligt otillgänglig");
            Axe.Violations violations = Axe.analyze(browser);
            assertThat(violations).as(violations.toString()).isEmpty();
            Browsers.clickAndWaitForPage(browser, browser.findElement(By.linkText("Bläddra bland alla lösningar")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.getTitle()).doesNotContain("otillgänglig");
        } finally {
            proxy.restore();
            browser.quit();
        }
    }
}
