package se.delbart.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.IdealType;
import se.delbart.shared.InvalidInputException;

/**
 * Answers → profile, in plain Java. Each answered question counts equally: the profile is the mean of the chosen
 * options' weight vectors, so it sums to 1 and each answer contributes its option's weights divided by the number of
 * answers. Capacity is the share of capacity points reached on the answered capacity questions.
 */
public final class ProfileCalculator {

    static final int MAX_CAPACITY_POINTS = 2;

    private final Questionnaire questionnaire;

    public ProfileCalculator(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** Problems with the answers (unknown question or option), empty when they are fine. */
    public List<FieldProblem> check(Map<String, String> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((questionId, optionId) -> {
            var question = questionnaire.question(questionId);
            if (question.isEmpty()) {
                problems.add(new FieldProblem("answers." + questionId, "no such question"));
            } else if (optionId == null || question.get().option(optionId).isEmpty()) {
                problems.add(new FieldProblem("answers." + questionId, "no such answer option: " + optionId));
            }
        });
        return problems;
    }

    /** The declared profile; at least one answer is needed. */
    public IdealTypeProfile compute(Map<String, String> answers) {
        List<FieldProblem> problems = check(answers);
        if (answers.isEmpty()) {
            problems.add(new FieldProblem("answers", "answer at least one question"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int n = answers.size();
        Map<IdealType, Double> weights = zero();
        List<IdealTypeProfile.Contribution> contributions = new ArrayList<>();
        int capacityPoints = 0;
        int capacityQuestions = 0;
        CompetenceNeeded competence = null;
        // in questionnaire order, so that contributions read like the form
        for (Questionnaire.Question question : questionnaire.questions()) {
            String optionId = answers.get(question.id());
            if (optionId == null) {
                continue;
            }
            Questionnaire.Option option = question.option(optionId).orElseThrow();
            Map<IdealType, Double> added = new EnumMap<>(IdealType.class);
            for (IdealType type : IdealType.values()) {
                double share = option.weights().get(type) / n;
                added.put(type, share);
                weights.merge(type, share, Double::sum);
            }
            contributions.add(new IdealTypeProfile.Contribution(question.id(), option.id(), question.sv(),
                    question.en(), option.sv(), option.en(), added));
            if (option.capacity() != null) {
                capacityPoints += option.capacity();
                capacityQuestions++;
            }
            if (option.competence() != null) {
                competence = option.competence();
            }
        }
        Capacity capacity = capacityQuestions == 0 ? Capacity.MEDIUM
                : capacity((double) capacityPoints / (MAX_CAPACITY_POINTS * capacityQuestions));
        if (competence == null) {
            competence = defaultCompetence(capacity);
        } else if (capacity == Capacity.LOW && competence.compareTo(CompetenceNeeded.IT_DEPARTMENT) > 0) {
            // own developers, but no time or money to use them for something new
            competence = CompetenceNeeded.IT_DEPARTMENT;
        }
        return profile(weights, capacity, competence, contributions, false);
    }

    /**
     * Before a municipality answers: the study's ordering by size (pragmatic most common among small, operational
     * among medium and large, strategic rare) as population bands, shifted a little for some SKR groups.
     */
    public IdealTypeProfile estimate(SkrGroup group, int population) {
        Questionnaire.Estimate estimate = questionnaire.estimate();
        Questionnaire.Band band = estimate.bands().stream()
                .filter(b -> b.maxPopulation() == null || population <= b.maxPopulation())
                .findFirst().orElseThrow();
        Map<IdealType, Double> weights = new EnumMap<>(band.weights());
        List<IdealTypeProfile.Contribution> contributions = new ArrayList<>();
        String sizeSv = band.maxPopulation() == null ? "fler än " + formatted(previousMax(band)) + " invånare"
                : "högst " + formatted(band.maxPopulation()) + " invånare";
        String sizeEn = band.maxPopulation() == null ? "more than " + previousMax(band) + " inhabitants"
                : "at most " + band.maxPopulation() + " inhabitants";
        contributions.add(new IdealTypeProfile.Contribution("estimate-size", "population", "Kommunens storlek",
                "Size of the municipality", formatted(population) + " invånare (" + sizeSv + ")",
                population + " inhabitants (" + sizeEn + ")", new EnumMap<>(band.weights())));
        Map<IdealType, Double> shift = group == null ? null : estimate.groupShifts().get(group.name());
        if (shift != null) {
            shift.forEach((type, delta) -> weights.merge(type, delta, Double::sum));
            weights.replaceAll((type, w) -> Math.max(0, w));
            contributions.add(new IdealTypeProfile.Contribution("estimate-group", group.name(), "Kommungrupp (SKR)",
                    "Municipal group (SKR)", group.name() + " " + group.swedishName(), group.name(),
                    new EnumMap<>(shift)));
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        weights.replaceAll((type, w) -> w / sum);
        return profile(weights, band.capacity(), band.competence(), contributions, true);
    }

    private int previousMax(Questionnaire.Band band) {
        int max = 0;
        for (Questionnaire.Band b : questionnaire.estimate().bands()) {
            if (b == band) {
                break;
            }
            max = b.maxPopulation();
        }
        return max;
    }

    private static String formatted(int number) {
        return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d", number).replace('\u00a0', ' ');
    }

    Capacity capacity(double share) {
        if (share >= questionnaire.capacityThresholds().high()) {
            return Capacity.HIGH;
        }
        return share >= questionnaire.capacityThresholds().medium() ? Capacity.MEDIUM : Capacity.LOW;
    }

    static CompetenceNeeded defaultCompetence(Capacity capacity) {
        return switch (capacity) {
            case LOW -> CompetenceNeeded.BASIC_IT;
            case MEDIUM -> CompetenceNeeded.IT_DEPARTMENT;
            case HIGH -> CompetenceNeeded.DEVELOPERS;
        };
    }

    private static IdealTypeProfile profile(Map<IdealType, Double> weights, Capacity capacity,
            CompetenceNeeded competence, List<IdealTypeProfile.Contribution> contributions, boolean estimated) {
        IdealType dominant = IdealTypeProfile.strongest(weights);
        double second = weights.entrySet().stream().filter(e -> e.getKey() != dominant)
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        double confidence = weights.get(dominant) - second;
        return new IdealTypeProfile(weights, dominant, confidence, capacity, competence, contributions, estimated);
    }

    private static Map<IdealType, Double> zero() {
        Map<IdealType, Double> weights = new EnumMap<>(IdealType.class);
        for (IdealType type : IdealType.values()) {
            weights.put(type, 0.0);
        }
        return weights;
    }
}
