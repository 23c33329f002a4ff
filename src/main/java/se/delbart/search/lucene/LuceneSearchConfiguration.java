package se.delbart.search.lucene;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.delbart.search.SearchProperties;

/** The embedded Lucene index: the default backend ({@code delbart.search.backend=lucene} or unset). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "delbart.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneSearchConfiguration {

    /** Typed as the adapter so the search module can ask {@link LuceneSolutionSearch#needsRebuild()} at start. */
    @Bean(destroyMethod = "close")
    LuceneSolutionSearch solutionSearch(SearchProperties properties) {
        return new LuceneSolutionSearch(properties.lucene().directory());
    }
}
