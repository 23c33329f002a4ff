package se.delbart.adoption;

import se.delbart.catalog.StatedEffort;

/**
 * What a solution card shows about effort: the publisher's stated figures beside the median that adopters reported
 * for each (n = 0 when nobody reported one). Computed as {@link AdoptionRegistry#experienceOf} computes them, for
 * many solutions at once.
 */
public record EffortSummary(StatedEffort stated, Figures implementationDays, Figures adaptationDays,
        Figures oneOffCostSek, Figures yearlyCostSek) {
}
