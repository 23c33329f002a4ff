package se.delbart.recommendation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SupportModel;
import se.delbart.shared.IdealType;

/** What the scorer needs to know of a published solution; plain values, so scoring is plain Java. */
record Candidate(UUID id, String name, String summary, String publisherCode, String publisherName,
        Set<String> domains, Set<IdealType> suitedTypes, CompetenceNeeded competence, EffortLevel effortLevel,
        Integer adaptationMaxDays, Maturity maturity, Origin origin, SupportModel support, boolean citizenBenefit,
        Instant updatedAt) {

    boolean local() {
        return origin == Origin.LOCAL;
    }
}
