package se.delbart.adoption;

import java.util.UUID;

/** Domain event: an adoption of {@code solutionId} was recorded or changed status. */
public record AdoptionChanged(UUID adoptionId, UUID solutionId, String municipalityCode, AdoptionStatus status) {
}
