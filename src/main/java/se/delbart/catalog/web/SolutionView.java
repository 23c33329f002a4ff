package se.delbart.catalog.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;

/** JSON shape of a solution: its stated details plus identity, publisher, lifecycle and timestamps. */
record SolutionView(
        UUID id,
        Lifecycle lifecycle,
        long version,
        boolean example,
        PublisherView publisher,
        @JsonUnwrapped SolutionDetails details,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant withdrawnAt) {

    static SolutionView of(Solution s, PublisherView publisher) {
        return new SolutionView(s.id(), s.lifecycle(), s.version(), s.isExample(), publisher, s.details(),
                s.createdAt(), s.updatedAt(), s.publishedAt(), s.withdrawnAt());
    }
}
