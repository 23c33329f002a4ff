package se.delbart.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A range of person-days, e.g. 5–15. */
public record DayRange(@NotNull @Min(0) @Max(10_000) Integer min, @NotNull @Min(0) @Max(10_000) Integer max) {

    @JsonIgnore
    @AssertTrue(message = "min must not be greater than max")
    public boolean isOrdered() {
        return min == null || max == null || min <= max;
    }

    @Override
    public String toString() {
        return min.equals(max) ? String.valueOf(min) : min + "–" + max;
    }
}
