package se.delbart.search;

/** Result order. Relevance is the default; ties are broken by newest, then id. */
public enum SearchSort {
    RELEVANCE, NEWEST, MOST_ADOPTED
}
