package se.delbart.search;

import java.util.UUID;

/** A type-ahead suggestion: a solution name (with its id) or a tag (id null). */
public record Suggestion(String text, Kind kind, UUID solutionId) {

    public enum Kind {
        NAME, TAG
    }
}
