package se.delbart.search;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A search that found nothing useful, published by the search pages and API for the analysts' view of unmet needs.
 * It carries no user identity: the query text normalised (lower-case, trimmed, whitespace collapsed, at most
 * {@link #MAX_TEXT} characters), the searcher's municipality only when a municipality's staff searched (else null),
 * the number of hits, the day without the time of day, and the domain filter if exactly one was chosen.
 */
public record UnansweredSearch(String text, String municipalityCode, long resultCount, LocalDate day, String domain) {

    public static final int MAX_TEXT = 200;

    public UnansweredSearch {
        text = normalise(text);
    }

    /** Lower-case, trimmed, runs of whitespace as one space, cut to {@link #MAX_TEXT} characters. */
    public static String normalise(String text) {
        String s = text == null ? "" : text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT).strip() : s;
    }
}
