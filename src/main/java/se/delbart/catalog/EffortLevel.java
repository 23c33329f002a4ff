package se.delbart.catalog;

/**
 * A coarse effort level derived from the stated effort, so that a municipality can filter by what it can carry.
 * <p>
 * Rule (also in the README):
 * <ul>
 * <li><b>HIGH</b> if any of: implementation max &gt; 60 person-days, adaptation max &gt; 40 person-days,
 * one-off cost &gt; 500 000 SEK, yearly cost &gt; 200 000 SEK, time to value &gt; 26 weeks;</li>
 * <li><b>LOW</b> if none is HIGH and all stated figures are small: implementation max &le; 10 days,
 * adaptation max &le; 5 days, one-off cost &le; 50 000 SEK, yearly cost &le; 25 000 SEK, time to value &le; 8 weeks;</li>
 * <li><b>MEDIUM</b> otherwise.</li>
 * </ul>
 * Figures that are not stated do not count; without an implementation range there is no level (null).
 */
public enum EffortLevel {
    LOW, MEDIUM, HIGH;

    static final int HIGH_IMPLEMENTATION_DAYS = 60;
    static final int HIGH_ADAPTATION_DAYS = 40;
    static final long HIGH_ONE_OFF_SEK = 500_000;
    static final long HIGH_YEARLY_SEK = 200_000;
    static final int HIGH_TIME_TO_VALUE_WEEKS = 26;
    static final int LOW_IMPLEMENTATION_DAYS = 10;
    static final int LOW_ADAPTATION_DAYS = 5;
    static final long LOW_ONE_OFF_SEK = 50_000;
    static final long LOW_YEARLY_SEK = 25_000;
    static final int LOW_TIME_TO_VALUE_WEEKS = 8;

    /** The level for the given effort, or null when the implementation range is not stated. */
    public static EffortLevel of(Effort effort) {
        if (effort == null || effort.implementationDays() == null || effort.implementationDays().max() == null) {
            return null;
        }
        Integer implMax = effort.implementationDays().max();
        Integer adaptMax = effort.adaptationDays() == null ? null : effort.adaptationDays().max();
        if (above(implMax, HIGH_IMPLEMENTATION_DAYS) || above(adaptMax, HIGH_ADAPTATION_DAYS)
                || above(effort.oneOffCostSek(), HIGH_ONE_OFF_SEK) || above(effort.yearlyCostSek(), HIGH_YEARLY_SEK)
                || above(effort.timeToValueWeeks(), HIGH_TIME_TO_VALUE_WEEKS)) {
            return HIGH;
        }
        if (!above(implMax, LOW_IMPLEMENTATION_DAYS) && !above(adaptMax, LOW_ADAPTATION_DAYS)
                && !above(effort.oneOffCostSek(), LOW_ONE_OFF_SEK) && !above(effort.yearlyCostSek(), LOW_YEARLY_SEK)
                && !above(effort.timeToValueWeeks(), LOW_TIME_TO_VALUE_WEEKS)) {
            return LOW;
        }
        return MEDIUM;
    }

    private static boolean above(Number value, long limit) {
        return value != null && value.longValue() > limit;
    }
}
