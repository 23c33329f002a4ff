package se.delbart.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search: free text (may be blank: then all published solutions match), filters per facet (values within one
 * facet are OR-ed, facets are AND-ed), order and page (0-based). {@code mostWords} holds a text of 3+ words to the
 * search box's coordination rule even when it is a sentence (most of its words must match): for asking whether a
 * solution answers a need, not which solutions share a word with it.
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page, int size,
        boolean mostWords) {

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public SearchQuery(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page, int size) {
        this(text, filters, sort, page, size, false);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, 20);
    }

    /** The same search, with most of a sentence's words required (see the class comment). */
    public SearchQuery withMostWords() {
        return new SearchQuery(text, filters, sort, page, size, true);
    }

    public SearchQuery withFilter(Facet facet, String... values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, Set.of(values));
        return new SearchQuery(text, copy, sort, page, size, mostWords);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort, page, size, mostWords);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(text, filters, sort, newPage, newSize, mostWords);
    }
}
