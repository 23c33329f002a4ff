package se.delbart.search;

import java.util.UUID;

/** A published solution's id and its relevance score for a text (see {@link SolutionSearch#topMatches}). */
public record ScoredId(UUID id, float score) {
}
