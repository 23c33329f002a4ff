package se.delbart.adoption;

import java.time.Instant;
import java.util.UUID;

/**
 * One adoption as national statistics read it: which municipality, which solution, how far it has come, when it
 * started, when it first ran in production (null: never) and its current experience report (null: none).
 */
public record AdoptionRecord(UUID adoptionId, UUID solutionId, String municipalityCode, AdoptionStatus status,
        Instant startedAt, Instant inProductionAt, Experience report) {
}
