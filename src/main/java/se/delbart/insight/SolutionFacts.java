package se.delbart.insight;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.delbart.catalog.DayRange;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Origin;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionType;
import se.delbart.catalog.SupportModel;

/** What insight needs of one published solution, as stated by its publisher. */
public record SolutionFacts(UUID id, String name, String summary, String publisherCode, String publisherName,
        Set<Domain> domains, SolutionType type, Origin origin, DayRange implementationDays, DayRange adaptationDays,
        Long oneOffCostSek, Long yearlyCostSek, SupportModel support, List<String> tags, Instant publishedAt) {

    public SolutionFacts {
        domains = Set.copyOf(domains);
        tags = List.copyOf(tags);
    }

    static SolutionFacts of(Solution solution, String publisherName) {
        SolutionDetails d = solution.details();
        return new SolutionFacts(solution.id(), d.name(), d.summary(), solution.publisherCode(),
                publisherName == null ? solution.publisherCode() : publisherName, d.domains(), d.solutionType(),
                d.origin(), d.effort().implementationDays(), d.effort().adaptationDays(), d.effort().oneOffCostSek(),
                d.effort().yearlyCostSek(), d.effort().support(), d.tags().stream().sorted().toList(),
                solution.publishedAt());
    }

    /** Domain codes in the enum's order. */
    public List<String> domainCodes() {
        return domains.stream().sorted().map(Domain::code).toList();
    }
}
