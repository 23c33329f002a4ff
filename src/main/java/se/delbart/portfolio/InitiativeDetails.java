package se.delbart.portfolio;

import java.util.List;
import java.util.UUID;

import se.delbart.catalog.Origin;

/**
 * What an initiative is: a title and description, the need it answers (one of the municipality's declared needs, or
 * free text), its origin, its source (a published catalogue solution, or null for an own idea outside the
 * catalogue), the responsible departments and the budget it draws on.
 */
public record InitiativeDetails(String title, String description, UUID needId, String needText, Origin origin,
        UUID solutionId, List<String> departments, BudgetKind budget) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_NEED_TEXT = 300;

    public InitiativeDetails {
        departments = departments == null ? List.of()
                : departments.stream().map(d -> d == null ? "" : d).toList();
    }

    public boolean hasNeed() {
        return needId != null || (needText != null && !needText.isBlank());
    }
}
