package se.delbart.insight;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * National insight's weights and thresholds, in one place ({@code delbart.insight.*}). See docs/insight.md.
 *
 * @param scale   the scale-candidate score: component weights (divided by their sum, so they need not add up to 1)
 *                and the counts at which a component is full
 * @param overlap how similar published solutions must be to count as overlapping local efforts
 * @param unansweredSearchRetention how long unanswered searches are kept before the nightly purge deletes them
 *                (see docs/insight-needs.md; {@code delbart.insight.unanswered-search-retention})
 */
@ConfigurationProperties("delbart.insight")
public record InsightProperties(@DefaultValue Scale scale, @DefaultValue Overlap overlap,
        @DefaultValue("P13M") Period unansweredSearchRetention) {

    public static InsightProperties defaults() {
        return new InsightProperties(Scale.defaults(), Overlap.defaults(), Period.ofMonths(13));
    }

    /**
     * @param spread               weight of spread (in production, SKR groups, counties, ideal types among adopters)
     * @param momentum             weight of momentum (new adoptions in the last {@code momentumMonths} months)
     * @param benefit              weight of reported benefit (operational and citizen ratings)
     * @param effortRealism        weight of effort realism (reported implementation days against the stated range)
     * @param adaptation           weight of a light local adaptation
     * @param maintenance          weight of maintenance and support
     * @param localOrigin          weight of local (bottom-up) origin
     * @param productionSaturation adopters in production at which that part of spread is full
     * @param groupSaturation      distinct SKR groups at which that part of spread is full
     * @param countySaturation     distinct counties at which that part of spread is full
     * @param momentumMonths       what "recent" means for momentum
     * @param momentumPrior        added to the number of adoptions when taking the recent share, so one new adoption
     *                             is not full momentum
     * @param adaptationDaysCap    adaptation person-days at (and above) which the adaptation component is 0
     * @param localWins            weight of local wins: municipalities whose portfolio prioritised the solution over a
     *                             national alternative for the same need
     * @param localWinsSaturation  such municipalities at which that component is full
     */
    public record Scale(
            @DefaultValue("0.30") double spread,
            @DefaultValue("0.15") double momentum,
            @DefaultValue("0.20") double benefit,
            @DefaultValue("0.10") double effortRealism,
            @DefaultValue("0.10") double adaptation,
            @DefaultValue("0.10") double maintenance,
            @DefaultValue("0.05") double localOrigin,
            @DefaultValue("5") int productionSaturation,
            @DefaultValue("4") int groupSaturation,
            @DefaultValue("4") int countySaturation,
            @DefaultValue("12") int momentumMonths,
            @DefaultValue("1") double momentumPrior,
            @DefaultValue("40") int adaptationDaysCap,
            @DefaultValue("0.05") double localWins,
            @DefaultValue("5") int localWinsSaturation) {

        public static Scale defaults() {
            return new Scale(0.30, 0.15, 0.20, 0.10, 0.10, 0.10, 0.05, 5, 4, 4, 12, 1, 40, 0.05, 5);
        }

        /** The weight of a component divided by the sum of all weights (0 when they are all 0). */
        public double weight(ScaleComponent component) {
            double w = switch (component) {
                case SPREAD -> spread;
                case MOMENTUM -> momentum;
                case BENEFIT -> benefit;
                case EFFORT_REALISM -> effortRealism;
                case ADAPTATION -> adaptation;
                case MAINTENANCE -> maintenance;
                case LOCAL_ORIGIN -> localOrigin;
                case LOCAL_WINS -> localWins;
            };
            double sum = spread + momentum + benefit + effortRealism + adaptation + maintenance + localOrigin
                    + localWins;
            return sum <= 0 ? 0 : w / sum;
        }
    }

    /**
     * @param similarity minimum text similarity, relative to the best more-like-this hit, in BOTH directions
     * @param neighbours how many more-like-this hits per solution are considered
     * @param cacheFor   after how long the similarity neighbourhood is recomputed (in the background) although the
     *                   published catalogue is unchanged; a change triggers a recomputation at once
     * @param warmUpAtStart compute the first neighbourhood in the background once the application has started (and
     *                   the search index holds the published catalogue), so that the first analyst to open the
     *                   overlap page does not wait for it
     */
    public record Overlap(
            @DefaultValue("0.7") double similarity,
            @DefaultValue("5") int neighbours,
            @DefaultValue("PT10M") Duration cacheFor,
            @DefaultValue("true") boolean warmUpAtStart) {

        public static Overlap defaults() {
            return new Overlap(0.7, 5, Duration.ofMinutes(10), true);
        }
    }
}
