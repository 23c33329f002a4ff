package se.delbart.recommendation;

import java.util.UUID;

import se.delbart.adoption.AdoptionStatus;

/**
 * One municipality's adoption of one solution, reduced to what scoring uses; {@code status} (null when unknown) lets
 * reasons say whether the municipality runs, implements or plans it.
 */
record Usage(UUID solutionId, String kommunkod, boolean inProduction, boolean active, AdoptionStatus status) {

    Usage(UUID solutionId, String kommunkod, boolean inProduction, boolean active) {
        this(solutionId, kommunkod, inProduction, active, null);
    }
}
