package se.delbart.insight.needs;

import java.time.LocalDate;
import java.util.Set;

/**
 * One expressed need: a declared need (always with its municipality) or an unanswered search (with the searcher's
 * municipality, or null when anonymous or national, and its day). Domains are catalogue domain codes.
 */
public record Signal(Source source, String kommunkod, String text, Set<String> domains, LocalDate day) {

    public enum Source {
        NEED, SEARCH
    }

    public Signal {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }

    /** A signal without a day (declared needs; searches of unknown day count as one day). */
    public Signal(Source source, String kommunkod, String text, Set<String> domains) {
        this(source, kommunkod, text, domains, null);
    }
}
