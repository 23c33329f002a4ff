package se.delbart.catalog;

/**
 * Filters for listing solutions; null means "any". {@code lifecycle} other than PUBLISHED is only honoured for
 * solutions the actor may see (its own municipality's, or all for an admin).
 */
public record SolutionFilter(String municipality, Domain domain, Maturity status, SolutionType type,
        EffortLevel effortLevel, Lifecycle lifecycle, String text) {

    public static final SolutionFilter PUBLISHED = new SolutionFilter(null, null, null, null, null, null, null);
}
