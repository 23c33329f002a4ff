package se.delbart.recommendation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One recommended solution: its score, each component (value 0..1 and the points it gave), the type-aware
 * adjustments, and the reasons built from them. {@code beyondCapacity}: it needs more competence than the
 * municipality has; such solutions rank after all others.
 */
public record Recommendation(UUID solutionId, String name, String summary, String publisherCode,
        String publisherName, double score, Map<Component, ComponentScore> components, Map<String, Double> adjustments,
        List<Reason> reasons, boolean beyondCapacity) {

    public record ComponentScore(double value, double points) {
    }
}
