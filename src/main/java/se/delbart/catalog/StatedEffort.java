package se.delbart.catalog;

import java.util.UUID;

/**
 * What a published solution's publisher states it takes to adopt it, with its derived level and maturity: the
 * figures a card shows. Ranges and costs are null when not stated.
 */
public record StatedEffort(UUID solutionId, EffortLevel level, Maturity status, DayRange implementationDays,
        DayRange adaptationDays, Long oneOffCostSek, Long yearlyCostSek) {
}
