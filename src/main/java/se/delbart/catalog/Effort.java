package se.delbart.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What it takes to adopt the solution, as stated by the publisher. */
public record Effort(
        @Valid DayRange implementationDays,
        @Valid DayRange adaptationDays,
        @Min(0) @Max(1_000_000_000) Long oneOffCostSek,
        @Min(0) @Max(1_000_000_000) Long yearlyCostSek,
        @Min(0) @Max(520) Integer timeToValueWeeks,
        SupportModel support) {

    public static final Effort EMPTY = new Effort(null, null, null, null, null, null);

    /** Derived, read-only in JSON: see {@link EffortLevel#of(Effort)} for the rule. */
    @JsonProperty(value = "level", access = JsonProperty.Access.READ_ONLY)
    public EffortLevel level() {
        return EffortLevel.of(this);
    }
}
