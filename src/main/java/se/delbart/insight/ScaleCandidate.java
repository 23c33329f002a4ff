package se.delbart.insight;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.delbart.catalog.Origin;
import se.delbart.catalog.SupportModel;
import se.delbart.shared.IdealType;

/**
 * A published solution as a candidate for national scaling: its score (0..1, the weighted sum of its components),
 * each component with its value, weight and what it rests on, the facts behind them and a reason line in Swedish
 * ({@code reason}) and English ({@code reasonEn}).
 */
public record ScaleCandidate(UUID solutionId, String name, String publisherCode, String publisherName,
        List<String> domains, Origin origin, double score, List<Part> components, Facts facts, String reason,
        String reasonEn) {

    /** One component: its value 0..1, its share of the weights, the points it adds (value × weight) and why. */
    public record Part(ScaleComponent component, double value, double weight, double points, String detail,
            String detailEn) {
    }

    /**
     * The counts behind the components. Spread counts adopters in production; momentum counts adoptions not
     * discontinued; ratings and reported effort come from current experience reports (n = how many gave one).
     * {@code idealTypes} counts adopters in production by the dominant type of their profile, of which
     * {@code selfAssessedProfiles} answered the questionnaire and {@code estimatedProfiles} are estimated from SKR
     * group and size (not answered, or kept private: a private self-assessment is never counted).
     */
    public record Facts(int inProduction, List<String> skrGroups, List<String> counties,
            Map<IdealType, Integer> idealTypes, int selfAssessedProfiles, int estimatedProfiles, int recentAdoptions,
            int earlierAdoptions, Double rating, int ratingN, Integer statedImplementationMin,
            Integer statedImplementationMax, Double reportedImplementationMedian, int reportedImplementationN,
            Double adaptationDays, boolean adaptationReported, SupportModel support, Double supportRating,
            int supportRatingN) {
    }

    public Part part(ScaleComponent component) {
        return components.stream().filter(p -> p.component() == component).findFirst().orElseThrow();
    }

    public String reason(boolean english) {
        return english ? reasonEn : reason;
    }
}
