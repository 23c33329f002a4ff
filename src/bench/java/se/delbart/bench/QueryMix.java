package se.delbart.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.delbart.search.Facet;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchSort;

/**
 * The queries every benchmark runs, one per kind of Swedish search a municipality's coordinator types. Shared by the
 * JMH benchmark, the timed loop for Elasticsearch and the PostgreSQL baseline, so all measure the same things.
 */
public enum QueryMix {
    /** One word. */
    SINGLE("hemtjänst"),
    /** A compound whose parts are indexed words. */
    COMPOUND("bygglovsansökan"),
    /** Without diacritics: äldreomsorg. */
    FOLDED("aldreomsorg"),
    /** One letter short: skolskjuts. */
    TYPO("skolskjut"),
    /** Several words, one of them a synonym group (RPA / robotisering / automatisering). */
    MULTI("robotisering ekonomiskt bistånd"),
    /** A need written as a sentence (11 typed words): any word admits, so it matches much of the corpus. */
    SENTENCE("Vi behöver en enklare e-tjänst för ansökan om skolskjuts till eleverna"),
    /** Blank text, two facet filters (domain and county), newest first as a listing would be. */
    FACETS(""),
    /** Type-ahead on a prefix (suggest, limit 8 as the API's default). */
    SUGGEST("bygg");

    public static final int PAGE_SIZE = 20;
    public static final int SUGGEST_LIMIT = 8;
    /** The filters of {@link #FACETS}: vård och omsorg in Västerbottens län. */
    public static final Map<Facet, Set<String>> FACET_FILTERS = Map.of(Facet.DOMAIN, Set.of("vard-och-omsorg"),
            Facet.COUNTY, Set.of("24"));

    public final String text;

    QueryMix(String text) {
        this.text = text;
    }

    /** The search request (not used by {@link #SUGGEST}). */
    public SearchQuery query() {
        return this == FACETS ? new SearchQuery("", FACET_FILTERS, SearchSort.NEWEST, 0, PAGE_SIZE)
                : new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, PAGE_SIZE);
    }

    public static List<QueryMix> all() {
        return List.of(values());
    }
}
