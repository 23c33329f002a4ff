package se.delbart.path;

import java.util.List;

import se.delbart.catalog.DayRange;

/**
 * One step of an implementation path. Its {@code id} stays the same across revisions, so checklist ticks and
 * proposals keep pointing at it; a new step gets one when the path is saved.
 *
 * @param days typical person-days, a range or one number (min = max); null when not stated
 * @param providerCanDo whether a provider (a company, another municipality, a region) can do it for the adopter
 */
public record PathStep(String id, String title, String description, DayRange days, List<String> roles,
        Boolean providerCanDo) {

    public PathStep {
        roles = roles == null ? List.of() : List.copyOf(roles);
        providerCanDo = providerCanDo != null && providerCanDo;
    }

    PathStep withId(String newId) {
        return new PathStep(newId, title, description, days, roles, providerCanDo);
    }

    PathStep withDays(DayRange newDays) {
        return new PathStep(id, title, description, newDays, roles, providerCanDo);
    }
}
