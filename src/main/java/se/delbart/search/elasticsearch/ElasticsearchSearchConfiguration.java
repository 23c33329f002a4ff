package se.delbart.search.elasticsearch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import se.delbart.search.SearchProperties;
import se.delbart.search.SolutionSearch;

/**
 * The Elasticsearch adapter, on Boot's auto-configured client ({@code spring.elasticsearch.*}), when
 * {@code delbart.search.backend=elasticsearch} (the elasticsearch profile sets it). No request is made here: the
 * adapter creates its first index on first use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "delbart.search", name = "backend", havingValue = "elasticsearch")
class ElasticsearchSearchConfiguration {

    @Bean
    ElasticsearchSolutionSearch solutionSearch(ElasticsearchClient client, SearchProperties properties) {
        return new ElasticsearchSolutionSearch(client, properties.elasticsearch().index());
    }
}
