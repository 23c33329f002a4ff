package se.delbart.insight;

import java.time.Instant;

import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.shared.IdealType;

/**
 * One municipality's adoption of a solution with what insight counts: the municipality's SKR group and county, the
 * dominant ideal type of its profile (self-assessed, or estimated from size and group when {@code profileEstimated}: not answered, or answered but kept
 * private),
 * how far it has come and when, and its current experience report (null: none).
 */
record Adopter(String kommunkod, String skrGroup, String countyCode, IdealType idealType, boolean profileEstimated,
        AdoptionStatus status, Instant startedAt, Instant inProductionAt, Experience report) {

    boolean inProduction() {
        return status == AdoptionStatus.IN_PRODUCTION;
    }

    boolean active() {
        return status != AdoptionStatus.DISCONTINUED;
    }
}
