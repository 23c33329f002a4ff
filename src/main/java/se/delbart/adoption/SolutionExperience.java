package se.delbart.adoption;

import java.util.List;
import java.util.Map;

import se.delbart.catalog.Effort;

/**
 * Stated effort beside what adopters report, average ratings, and the badges earned — computed from the records on
 * each read, so it never drifts from them.
 */
public record SolutionExperience(
        Map<AdoptionStatus, Long> adoptions,
        Effort stated,
        Reported reported,
        Ratings ratings,
        Figures.Rating recommend,
        List<TrustBadge> badges) {

    public record Reported(Figures implementationDays, Figures adaptationDays, Figures oneOffCostSek,
            Figures yearlyCostSek, Figures weeksToFirstValue) {
    }

    public record Ratings(Figures.Rating operational, Figures.Rating citizen, Figures.Rating support) {
    }
}
