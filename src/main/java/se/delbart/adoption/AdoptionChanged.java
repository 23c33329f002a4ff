package se.delbart.adoption;

import java.time.Instant;
import java.util.UUID;

/**
 * Domain event: an adoption of {@code solutionId} was recorded or changed status, at {@code at} (the time of the
 * change; may be null in events stored before it was added).
 */
public record AdoptionChanged(UUID adoptionId, UUID solutionId, String municipalityCode, AdoptionStatus status,
        Instant at) {
}
