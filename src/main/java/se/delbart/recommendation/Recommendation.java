package se.delbart.recommendation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One recommended solution: its score, each component (value 0..1 and the points it gave), the type-aware
 * adjustments, and the reasons built from them. {@code beyondCapacity}: it needs more competence than the
 * municipality has; such solutions rank after all others. {@code section}: {@link Section#NEEDS} for one of the
 * best matches of a declared need ({@code need}, its text), listed before {@link Section#MORE}, the rest.
 */
public record Recommendation(UUID solutionId, String name, String summary, String publisherCode,
        String publisherName, double score, Map<Component, ComponentScore> components, Map<String, Double> adjustments,
        List<Reason> reasons, boolean beyondCapacity, Section section, String need) {

    /** "För era behov" (each declared need with its best matches) and "Fler som passar er" (the rest). */
    public enum Section {
        NEEDS, MORE
    }

    Recommendation inSection(Section newSection, String forNeed) {
        return new Recommendation(solutionId, name, summary, publisherCode, publisherName, score, components,
                adjustments, reasons, beyondCapacity, newSection, forNeed);
    }

    public record ComponentScore(double value, double points) {
    }
}
