package se.delbart.recommendation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The recommender's weights, in one place ({@code delbart.recommendation.*}). A solution's score is the weighted sum
 * of its components (each 0..1; the component weights are divided by their sum, so they need not add up to 1) plus
 * the type-aware adjustments, each scaled by the municipality's weight of that type. See docs/recommendations.md.
 */
@ConfigurationProperties("delbart.recommendation")
public record RecommendationProperties(
        @DefaultValue("0.30") double need,
        @DefaultValue("0.15") double idealTypeFit,
        @DefaultValue("0.10") double empiricalFit,
        @DefaultValue("0.20") double feasibility,
        @DefaultValue("0.10") double peerProof,
        @DefaultValue("0.05") double coAdoption,
        @DefaultValue("0.10") double maintenance,
        @DefaultValue("0.15") double pragmaticAdjustment,
        @DefaultValue("0.10") double operationalAdjustment,
        @DefaultValue("0.10") double strategicAdjustment,
        /** Profiles at least this similar (1 − half the L1 distance of the weights) count as similar peers. */
        @DefaultValue("0.85") double similarProfile) {

    public static RecommendationProperties defaults() {
        return new RecommendationProperties(0.30, 0.15, 0.10, 0.20, 0.10, 0.05, 0.10, 0.15, 0.10, 0.10, 0.85);
    }

    double componentWeight(Component component) {
        double w = switch (component) {
            case NEED -> need;
            case IDEAL_TYPE_FIT -> idealTypeFit;
            case EMPIRICAL_FIT -> empiricalFit;
            case FEASIBILITY -> feasibility;
            case PEER_PROOF -> peerProof;
            case CO_ADOPTION -> coAdoption;
            case MAINTENANCE -> maintenance;
        };
        double sum = need + idealTypeFit + empiricalFit + feasibility + peerProof + coAdoption + maintenance;
        return sum <= 0 ? 0 : w / sum;
    }
}
