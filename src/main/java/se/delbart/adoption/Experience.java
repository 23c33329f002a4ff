package se.delbart.adoption;

import se.delbart.shared.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an adopting municipality reports: real effort and cost, what had to be adapted locally, ratings 1–5 and
 * whether it would recommend the solution to a municipality like itself.
 */
public record Experience(
        @Min(0) @Max(10_000) Integer implementationDays,
        @Min(0) @Max(10_000) Integer adaptationDays,
        @Min(0) @Max(1_000_000_000) Long oneOffCostSek,
        @Min(0) @Max(1_000_000_000) Long yearlyCostSek,
        @Min(0) @Max(520) Integer weeksToFirstValue,
        @Size(max = 4000) @PlainText(multiline = true) String adaptations,
        @NotNull @Min(1) @Max(5) Integer operationalRating,
        @NotNull @Min(1) @Max(5) Integer citizenRating,
        @NotNull @Min(1) @Max(5) Integer supportRating,
        @Size(max = 4000) @PlainText(multiline = true) String comment,
        @NotNull Boolean wouldRecommend) {
}
