package se.delbart.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A solution as a list or card shows it: a plain value, safe to hand to a template. */
public record SolutionCard(UUID id, String name, String summary, String publisherCode, String publisherName,
        List<Domain> domains, SolutionType solutionType, Maturity status, EffortLevel effortLevel, Lifecycle lifecycle,
        boolean example, Instant publishedAt) {

    public static SolutionCard of(Solution solution, String publisherName) {
        SolutionDetails d = solution.details();
        return new SolutionCard(solution.id(), d.name(), d.summary(), solution.publisherCode(),
                publisherName == null ? solution.publisherCode() : publisherName, List.copyOf(d.domains()),
                d.solutionType(), d.status(), solution.effortLevel(), solution.lifecycle(), solution.isExample(),
                solution.publishedAt());
    }
}
