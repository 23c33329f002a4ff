package se.delbart.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.shared.IdealType;

/**
 * A municipality as a mix of the three ideal types: weights summing to 1, the dominant type, a confidence (how
 * clearly the dominant type leads: its weight minus the runner-up's), what each answer contributed, and what it can
 * carry. {@code estimated} is true when the profile comes from SKR group and size rather than answers.
 */
public record IdealTypeProfile(Map<IdealType, Double> weights, IdealType dominant, double confidence,
        Capacity capacity, CompetenceNeeded competenceCeiling, List<Contribution> contributions, boolean estimated) {

    /**
     * One answer (or, for an estimate, one fact) and what it added to each type's weight. The contributions of all
     * answers add up to the weights.
     */
    public record Contribution(String questionId, String optionId, String questionSv, String questionEn,
            String answerSv, String answerEn, Map<IdealType, Double> added) {

        public Contribution {
            added = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(added));
        }

        public IdealType leaning() {
            return strongest(added);
        }
    }

    public IdealTypeProfile {
        weights = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(weights));
        contributions = List.copyOf(contributions);
    }

    public double weight(IdealType type) {
        return weights.getOrDefault(type, 0.0);
    }

    /** Weights ordered from largest to smallest (ties in the enum's order). */
    public List<Map.Entry<IdealType, Double>> ranked() {
        return weights.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<IdealType, Double>::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    static IdealType strongest(Map<IdealType, Double> weights) {
        IdealType best = null;
        for (IdealType type : IdealType.values()) {
            if (best == null || weights.getOrDefault(type, 0.0) > weights.getOrDefault(best, 0.0)) {
                best = type;
            }
        }
        return best;
    }
}
