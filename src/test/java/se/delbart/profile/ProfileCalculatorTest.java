package se.delbart.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;
import se.delbart.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/** Profile computation with numbers checked by hand against questionnaire-v1.json. */
class ProfileCalculatorTest {

    static final Questionnaire QUESTIONNAIRE = QuestionnaireConfig.load(JsonMapper.builder().build(),
            QuestionnaireConfig.CURRENT);
    private final ProfileCalculator calculator = new ProfileCalculator(QUESTIONNAIRE);

    /** A small municipality without a development budget (the done-when case for Ånge). */
    static Map<String, String> smallWithoutDevelopmentBudget() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("capacity", "low");
        answers.put("unit", "it-operations");
        answers.put("operations-crowd-out", "mostly");
        answers.put("budgets", "none");
        answers.put("valuation", "not-systematically");
        answers.put("decisions", "ad-hoc");
        answers.put("forums", "no");
        answers.put("enthusiasts", "very");
        answers.put("agile", "rarely");
        answers.put("national", "only-way");
        answers.put("planning-cycle", "rarely");
        answers.put("collaboration", "when-needed");
        return answers;
    }

    @Test
    void theQuestionnaireHasTwelveQuestionsWhoseOptionsEachSumToOne() {
        assertThat(QUESTIONNAIRE.questions()).hasSize(12);
        assertThat(QUESTIONNAIRE.version()).isEqualTo(1);
    }

    @Test
    void aSmallMunicipalityWithoutDevelopmentBudgetIsMainlyPragmatic() {
        IdealTypeProfile profile = calculator.compute(smallWithoutDevelopmentBudget());
        // P: (.8+.7+.8+.75+.8+.8+.5+.8+.6+.85+.7+.5)/12 = 8.6/12; O: 2.2/12; S: 1.2/12
        assertThat(profile.weight(IdealType.PRAGMATIC)).isCloseTo(8.6 / 12, within(1e-12));
        assertThat(profile.weight(IdealType.OPERATIONAL)).isCloseTo(2.2 / 12, within(1e-12));
        assertThat(profile.weight(IdealType.STRATEGIC)).isCloseTo(0.1, within(1e-12));
        assertThat(profile.dominant()).isEqualTo(IdealType.PRAGMATIC);
        assertThat(profile.confidence()).isCloseTo(6.4 / 12, within(1e-12));
        // no capacity points on capacity, operations-crowd-out, budgets, planning-cycle
        assertThat(profile.capacity()).isEqualTo(Capacity.LOW);
        assertThat(profile.competenceCeiling()).isEqualTo(CompetenceNeeded.BASIC_IT);
        assertThat(profile.estimated()).isFalse();
        assertThat(profile.contributions()).hasSize(12);
        var budgets = profile.contributions().get(3);
        assertThat(budgets.questionId()).isEqualTo("budgets");
        assertThat(budgets.added().get(IdealType.PRAGMATIC)).isCloseTo(0.75 / 12, within(1e-12));
        assertThat(budgets.leaning()).isEqualTo(IdealType.PRAGMATIC);
    }

    @Test
    void twoAnswersAreAveragedAndATieGoesToTheFirstType() {
        IdealTypeProfile profile = calculator.compute(Map.of("capacity", "strong", "budgets", "none"));
        // capacity/strong (.05 .6 .35) and budgets/none (.75 .2 .05): mean (.4 .4 .2)
        assertThat(profile.weight(IdealType.PRAGMATIC)).isCloseTo(0.4, within(1e-12));
        assertThat(profile.weight(IdealType.OPERATIONAL)).isCloseTo(0.4, within(1e-12));
        assertThat(profile.weight(IdealType.STRATEGIC)).isCloseTo(0.2, within(1e-12));
        assertThat(profile.dominant()).isEqualTo(IdealType.PRAGMATIC);
        assertThat(profile.confidence()).isCloseTo(0, within(1e-12));
        // 2 of 4 capacity points = 0.5: MEDIUM (thresholds 0.375 and 0.75); own developers kept
        assertThat(profile.capacity()).isEqualTo(Capacity.MEDIUM);
        assertThat(profile.competenceCeiling()).isEqualTo(CompetenceNeeded.DEVELOPERS);
        assertThat(profile.contributions().get(1).added().get(IdealType.PRAGMATIC)).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void developersWithoutAnyRoomToUseThemCountAsAnItDepartment() {
        IdealTypeProfile profile = calculator.compute(Map.of("capacity", "strong", "budgets", "none",
                "operations-crowd-out", "mostly", "planning-cycle", "rarely"));
        // 2 of 8 points = 0.25: LOW
        assertThat(profile.capacity()).isEqualTo(Capacity.LOW);
        assertThat(profile.competenceCeiling()).isEqualTo(CompetenceNeeded.IT_DEPARTMENT);
    }

    @Test
    void anOperationalMunicipalityIsMainlyOperational() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("capacity", "strong");
        answers.put("unit", "separate-unit");
        answers.put("valuation", "per-department");
        answers.put("decisions", "per-department");
        answers.put("national", "prefer-local");
        IdealTypeProfile profile = calculator.compute(answers);
        // O: (.6+.75+.8+.8+.85)/5 = 3.8/5 = .76
        assertThat(profile.weight(IdealType.OPERATIONAL)).isCloseTo(0.76, within(1e-12));
        assertThat(profile.dominant()).isEqualTo(IdealType.OPERATIONAL);
        assertThat(profile.capacity()).isEqualTo(Capacity.HIGH);
    }

    @Test
    void theEstimateFollowsSizeAndGroup() {
        // Ånge: about 9 000 inhabitants, C8: band ≤ 15 000 (.65 .25 .10) shifted (+.05 −.05 0)
        IdealTypeProfile ange = calculator.estimate(SkrGroup.C8, 9_000);
        assertThat(ange.estimated()).isTrue();
        assertThat(ange.weight(IdealType.PRAGMATIC)).isCloseTo(0.70, within(1e-12));
        assertThat(ange.weight(IdealType.OPERATIONAL)).isCloseTo(0.20, within(1e-12));
        assertThat(ange.capacity()).isEqualTo(Capacity.LOW);
        assertThat(ange.contributions()).extracting(IdealTypeProfile.Contribution::questionId)
                .containsExactly("estimate-size", "estimate-group");
        // Sundsvall: about 99 000, B3: band ≤ 150 000, no shift
        IdealTypeProfile sundsvall = calculator.estimate(SkrGroup.B3, 99_000);
        assertThat(sundsvall.dominant()).isEqualTo(IdealType.OPERATIONAL);
        assertThat(sundsvall.weight(IdealType.OPERATIONAL)).isCloseTo(0.57, within(1e-12));
        assertThat(sundsvall.capacity()).isEqualTo(Capacity.MEDIUM);
    }

    @Test
    void unknownQuestionsAndOptionsAreFieldErrors() {
        assertThatThrownBy(() -> calculator.compute(Map.of("capacity", "huge", "nope", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("answers.capacity", "answers.nope"));
        assertThatThrownBy(() -> calculator.compute(Map.of())).isInstanceOf(InvalidInputException.class);
    }

    /** Property: whatever is answered, the weights are in [0,1], sum to 1, and are the sum of the contributions. */
    @Test
    void weightsAlwaysSumToOneAndAreTheSumOfTheContributions() {
        Random random = new Random(20261125);
        for (int run = 0; run < 2_000; run++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Questionnaire.Question q : QUESTIONNAIRE.questions()) {
                if (random.nextInt(3) > 0) {
                    answers.put(q.id(), q.options().get(random.nextInt(q.options().size())).id());
                }
            }
            if (answers.isEmpty()) {
                continue;
            }
            IdealTypeProfile profile = calculator.compute(answers);
            double sum = 0;
            Map<IdealType, Double> fromContributions = new EnumMap<>(IdealType.class);
            profile.contributions().forEach(c -> c.added().forEach((t, w) -> fromContributions.merge(t, w, Double::sum)));
            for (IdealType type : IdealType.values()) {
                assertThat(profile.weight(type)).isBetween(0.0, 1.0);
                assertThat(fromContributions.get(type)).isCloseTo(profile.weight(type), within(1e-12));
                sum += profile.weight(type);
            }
            assertThat(sum).as("answers %s", answers).isCloseTo(1.0, within(1e-12));
            assertThat(profile.confidence()).isBetween(0.0, 1.0);
        }
        for (SkrGroup group : SkrGroup.values()) {
            for (int population : new int[] { 2_000, 15_000, 15_001, 60_000, 1_000_000 }) {
                IdealTypeProfile estimate = calculator.estimate(group, population);
                assertThat(estimate.weights().values().stream().mapToDouble(Double::doubleValue).sum())
                        .isCloseTo(1.0, within(1e-12));
            }
        }
    }
}
