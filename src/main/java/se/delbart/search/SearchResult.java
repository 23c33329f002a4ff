package se.delbart.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of hits, the total number of matches, and the facet counts. The count of a facet's value respects every
 * active filter except the facet's own (so choosing "utbildning" still shows how many other domains would give).
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    /**
     * A matching solution. {@code highlights} maps a field name (name, summary, description, problem, features, tags)
     * to fragments in which matched words are wrapped in {@code <mark>…</mark>}; everything else in a fragment is
     * HTML-escaped, so fragments are safe to insert into a page as they are.
     */
    public record Hit(UUID id, String name, String summary, String publisherCode, String publisherName, float score,
            Map<String, List<String>> highlights) {
    }

    /** One value of a facet and how many matching solutions have it. Ordered by count (desc), then value. */
    public record FacetCount(String value, long count) {
    }
}
