package se.delbart.insight;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Cumulative adoptions per month for one scope (everything, a domain or a solution), one series per SKR group that
 * has any, and the total. {@code months} are ISO year-months ("2025-03"); each series has one value per month.
 */
public record DiffusionCurve(String scope, String scopeLabel, DiffusionMeasure measure, List<String> months,
        List<Series> series, List<Integer> total) {

    /** One SKR group's cumulative count per month. */
    public record Series(String group, String groupName, List<Integer> values) {
    }

    @JsonIgnore
    public boolean isEmpty() {
        return months.isEmpty();
    }

    public int max() {
        return total.isEmpty() ? 0 : total.get(total.size() - 1);
    }
}
