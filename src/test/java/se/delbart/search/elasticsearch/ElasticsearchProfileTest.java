package se.delbart.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.delbart.search.SearchQuery;
import se.delbart.search.SolutionSearch;
import se.delbart.testsupport.ElasticsearchTestExtension;
import se.delbart.testsupport.TestElasticsearch;

/** The elasticsearch profile: the search port is the Elasticsearch adapter on Boot's client, and health sees the node. */
@ExtendWith(ElasticsearchTestExtension.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "elasticsearch" })
class ElasticsearchProfileTest {

    private static final String ALIAS = TestElasticsearch.uniqueAlias();

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        TestElasticsearch.elasticsearch(registry);
        registry.add("delbart.search.elasticsearch.index", () -> ALIAS);
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(ALIAS);
    }

    @Autowired
    SolutionSearch search;

    @Autowired
    MockMvc mvc;

    @Autowired
    HealthContributorRegistry health;

    @Test
    void theSearchPortIsTheElasticsearchAdapterOnTheConfiguredAlias() {
        assertThat(search).isInstanceOf(ElasticsearchSolutionSearch.class);
        assertThat(((ElasticsearchSolutionSearch) search).alias()).isEqualTo(ALIAS);
        assertThat(search.search(SearchQuery.of("bygglov")).total()).isZero();
    }

    @Test
    void healthIsUpWithTheElasticsearchIndicator() throws Exception {
        // a fresh alias over a catalogue that has solutions is rebuilt at start: out of service until it agrees
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus() == 200);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        // components are not shown over HTTP (show-components is off): ask the registry for the indicator itself
        HealthContributor elasticsearch = health.getContributor("elasticsearch");
        assertThat(elasticsearch).as("the elasticsearch profile enables the indicator").isInstanceOf(HealthIndicator.class);
        assertThat(((HealthIndicator) elasticsearch).health().getStatus()).isEqualTo(Status.UP);
    }
}
