package se.delbart.recommendation;

import java.util.UUID;

/** One municipality's adoption of one solution, reduced to what scoring uses. */
record Usage(UUID solutionId, String kommunkod, boolean inProduction, boolean active) {
}
