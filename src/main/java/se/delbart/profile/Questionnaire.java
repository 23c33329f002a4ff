package se.delbart.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.shared.IdealType;

/**
 * The self-assessment as data ({@code profile/questionnaire-v1.json}): questions drawn from the study, options with
 * weights over the three ideal types (each option's weights sum to 1), capacity points (0..2) on the questions that
 * say what a municipality can carry, and the estimate used before a municipality has answered.
 */
public record Questionnaire(int version, String source, CapacityThresholds capacityThresholds,
        List<Question> questions, Estimate estimate) {

    public record CapacityThresholds(double medium, double high) {
    }

    public record Question(String id, String source, String sv, String en, List<Option> options) {

        public Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }

        public String text(boolean english) {
            return english ? en : sv;
        }
    }

    /** {@code capacity} and {@code competence} are null on questions that do not measure capacity. */
    public record Option(String id, String sv, String en, Map<IdealType, Double> weights, Integer capacity,
            CompetenceNeeded competence) {

        public String text(boolean english) {
            return english ? en : sv;
        }
    }

    public record Estimate(String source, List<Band> bands, Map<String, Map<IdealType, Double>> groupShifts) {
    }

    /** Municipalities with at most {@code maxPopulation} inhabitants (null: no upper bound). */
    public record Band(Integer maxPopulation, Map<IdealType, Double> weights, Capacity capacity,
            CompetenceNeeded competence) {
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Checks what the calculations rely on; a broken data file must stop the application, not skew profiles. */
    public Questionnaire validated() {
        for (Question q : questions) {
            if (q.options().isEmpty()) {
                throw new IllegalStateException("Question " + q.id() + " has no options");
            }
            for (Option o : q.options()) {
                checkWeights(q.id() + "/" + o.id(), o.weights());
                if (o.capacity() != null && (o.capacity() < 0 || o.capacity() > ProfileCalculator.MAX_CAPACITY_POINTS)) {
                    throw new IllegalStateException("Capacity points of " + q.id() + "/" + o.id() + " out of 0..2");
                }
            }
        }
        estimate.bands().forEach(b -> checkWeights("estimate band " + b.maxPopulation(), b.weights()));
        return this;
    }

    private static void checkWeights(String where, Map<IdealType, Double> weights) {
        double sum = 0;
        for (IdealType type : IdealType.values()) {
            Double w = weights.get(type);
            if (w == null || w < 0) {
                throw new IllegalStateException("Weight of " + type + " missing or negative in " + where);
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalStateException("Weights of " + where + " sum to " + sum + ", not 1");
        }
    }
}
