package se.delbart.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SupportModel;
import se.delbart.shared.IdealType;

/**
 * What the scorer needs to know of a published solution; plain values, so scoring is plain Java.
 *
 * @param serviceProviders organisations whose confirmed offers both host and support the solution for any
 *                         municipality (or through a framework agreement any municipality may join), by name
 */
record Candidate(UUID id, String name, String summary, String publisherCode, String publisherName,
        Set<String> domains, Set<IdealType> suitedTypes, CompetenceNeeded competence, EffortLevel effortLevel,
        Integer adaptationMaxDays, Maturity maturity, Origin origin, SupportModel support, boolean citizenBenefit,
        Instant updatedAt, List<String> serviceProviders) {

    Candidate(UUID id, String name, String summary, String publisherCode, String publisherName, Set<String> domains,
            Set<IdealType> suitedTypes, CompetenceNeeded competence, EffortLevel effortLevel, Integer adaptationMaxDays,
            Maturity maturity, Origin origin, SupportModel support, boolean citizenBenefit, Instant updatedAt) {
        this(id, name, summary, publisherCode, publisherName, domains, suitedTypes, competence, effortLevel,
                adaptationMaxDays, maturity, origin, support, citizenBenefit, updatedAt, List.of());
    }

    Candidate withServiceProviders(List<String> providers) {
        return new Candidate(id, name, summary, publisherCode, publisherName, domains, suitedTypes, competence,
                effortLevel, adaptationMaxDays, maturity, origin, support, citizenBenefit, updatedAt,
                List.copyOf(providers));
    }

    /** Someone hosts and supports it for other municipalities: it can be had as a service. */
    boolean offeredAsService() {
        return !serviceProviders.isEmpty();
    }

    /**
     * The competence the adopting municipality itself needs: a solution that a provider hosts and supports needs no
     * more than basic IT of the adopter, whatever it takes to run it.
     */
    CompetenceNeeded competenceForAdopter() {
        if (offeredAsService() && competence != null && competence.ordinal() > CompetenceNeeded.BASIC_IT.ordinal()) {
            return CompetenceNeeded.BASIC_IT;
        }
        return competence;
    }

    boolean local() {
        return origin == Origin.LOCAL;
    }
}
