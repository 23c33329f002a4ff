package se.delbart.portfolio;

import se.delbart.catalog.Origin;

/** Filters of the portfolio list; null means any. */
public record InitiativeFilter(InitiativeStatus status, Origin origin, String department, BudgetKind budget) {

    public static final InitiativeFilter ANY = new InitiativeFilter(null, null, null, null);

    boolean matches(Initiative i) {
        return (status == null || i.status() == status) && (origin == null || i.origin() == origin)
                && (budget == null || i.budget() == budget)
                && (department == null || department.isBlank() || i.departments().contains(department));
    }
}
