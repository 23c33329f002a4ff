package se.delbart.insight.needs;

import java.util.Set;

/**
 * One expressed need: a declared need (always with its municipality) or an unanswered search (with the searcher's
 * municipality, or null when anonymous or national). Domains are catalogue domain codes.
 */
public record Signal(Source source, String kommunkod, String text, Set<String> domains) {

    public enum Source {
        NEED, SEARCH
    }

    public Signal {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }
}
