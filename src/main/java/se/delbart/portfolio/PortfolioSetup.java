package se.delbart.portfolio;

import java.util.List;

/**
 * A municipality's portfolio settings as read and written: departments, strategic goals, budgets, horizon, the value
 * of an internal person-day, and the weights. {@code version} is what If-Match sends back.
 */
public record PortfolioSetup(List<String> departments, List<String> goals, List<Budget> budgets, int horizonYears,
        long dayRateSek, Weights weights, long version) {

    public static final int MAX_DEPARTMENTS = 30;
    public static final int MAX_GOALS = 20;
    public static final int MAX_HORIZON_YEARS = 10;

    public PortfolioSetup {
        departments = List.copyOf(departments);
        goals = List.copyOf(goals);
        budgets = List.copyOf(budgets);
    }

    public long budget(int year, BudgetKind kind) {
        return budgets.stream().filter(b -> b.year() == year && b.kind() == kind).mapToLong(Budget::amountSek)
                .findFirst().orElse(0);
    }

    public boolean hasBudget(int year, BudgetKind kind) {
        return budgets.stream().anyMatch(b -> b.year() == year && b.kind() == kind);
    }
}
