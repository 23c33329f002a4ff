package se.delbart.search.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a search counts as unanswered ({@code delbart.search.unanswered}). A search with zero hits always does. A
 * search whose best hit scores under {@code minTopScore} does too; it is 0 (off) by default because both adapters
 * score with BM25 but the raw scores depend on the size of the catalogue, the field boosts and, in Elasticsearch, on
 * per-shard statistics, so a useful threshold is a local choice: look at the {@code score} of weak hits in
 * {@code GET /api/v1/search} on your own catalogue and backend before setting it.
 */
@ConfigurationProperties("delbart.search.unanswered")
record UnansweredSearchProperties(Boolean enabled, Double minTopScore) {

    UnansweredSearchProperties {
        enabled = enabled == null || enabled;
        minTopScore = minTopScore == null ? 0.0 : minTopScore;
    }
}
