package se.delbart.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The worked example of docs/portfolio.md, checked by hand. */
class ValuationTest {

    private static final PortfolioSetup SETUP = new PortfolioSetup(List.of("Soc"), List.of("Mål A", "Mål B"),
            List.of(), 3, 6_000, Weights.DEFAULT, 0);

    static DepartmentAssessment level1() {
        Map<Criterion, Score> s = new EnumMap<>(Criterion.class);
        s.put(Criterion.TIME_SAVED, new Score(3, null));
        s.put(Criterion.LESS_ADMIN, new Score(2, null));
        s.put(Criterion.SERVICE_QUALITY, new Score(4, null));
        s.put(Criterion.WORK_ENVIRONMENT, new Score(1, null));
        return new DepartmentAssessment(s, 100_000L, 30_000L, 10, 5, 20_000L, 8, null);
    }

    static MunicipalityAssessment level2() {
        return new MunicipalityAssessment(Map.of("Mål A", 3, "Mål B", 2), 4, null, 2, 1, 3, 3, "Köer", 50_000L);
    }

    @Test
    void levelOneIsTheWeightedMeanOnAHundredScale() {
        // 100 × (1×3 + 1×2 + 1×4 + 1×1) / (4 × 4) = 1000 / 16 = 62.5
        Valuation v = Valuation.of(level1(), null, SETUP);
        assertThat(v.level1().value()).isEqualTo(62.5);
        assertThat(v.level1().formula()).isEqualTo("100 × (1×3 + 1×2 + 1×4 + 1×1) / (4 × 4) = 62.5");
        assertThat(v.level2().value()).isNull();
        assertThat(v.level2().scored()).isZero();
    }

    @Test
    void levelTwoWeighsGoalsAndCitizenValueTwice() {
        // goals mean (3 + 2) / 2 = 2.5; reach 3 departments → 2
        // 100 × (2×2.5 + 2×4 + 1×2 + 1×1 + 1×3 + 1×2) / (4 × 8) = 100 × 21 / 32 = 65.625 → 65.6
        Valuation v = Valuation.of(level1(), level2(), SETUP);
        assertThat(v.level2().value()).isEqualTo(65.6);
        assertThat(v.level2().formula()).isEqualTo("100 × (2×2.5 + 2×4 + 1×2 + 1×1 + 1×3 + 1×2) / (4 × 8) = 65.6");
    }

    @Test
    void costOverTheHorizonIncludesAdaptationAndDays() {
        // 100 000 + 20 000 + 3 × 30 000 + (10 + 5) × 6 000 = 300 000; not acting: 3 × 50 000
        Valuation.Cost c = Valuation.of(level1(), level2(), SETUP).cost();
        assertThat(c.total()).isEqualTo(300_000);
        assertThat(c.formula()).isEqualTo("100000 + 20000 + 3 × 30000 + (10 + 5) × 6000 = 300000");
        assertThat(c.inactionTotal()).isEqualTo(150_000);
        assertThat(c.missing()).isEmpty();
    }

    @Test
    void unscoredCriteriaAreLeftOutNotCountedAsZero() {
        DepartmentAssessment partial = new DepartmentAssessment(Map.of(Criterion.TIME_SAVED, new Score(4, null)),
                null, null, null, null, null, null, null);
        Valuation v = Valuation.of(partial, null, SETUP);
        assertThat(v.level1().value()).isEqualTo(100.0);
        assertThat(v.level1().scored()).isEqualTo(1);
        assertThat(v.cost().total()).isZero();
        assertThat(v.cost().missing()).contains("oneOffSek", "yearlySek", "internalDays");
    }

    @Test
    void reachCountsDepartmentsBeyondTheFirst() {
        assertThat(MunicipalityAssessment.reachScore(1)).isZero();
        assertThat(MunicipalityAssessment.reachScore(3)).isEqualTo(2);
        assertThat(MunicipalityAssessment.reachScore(9)).isEqualTo(4);
    }

    @Test
    void budgetViewWarnsWhenRunningCostsSitInTheDevelopmentBudget() {
        Initiative i = InitiativeLifecycleTest.proposed();
        i.assessAtDepartmentLevel(level1(), "ange", java.time.Instant.now());
        i.moveTo(InitiativeStatus.PRIORITISED, "Ja", "chef", java.time.Instant.now());
        PortfolioSetup setup = new PortfolioSetup(List.of("Soc"), List.of(), List.of(
                new Budget(2027, BudgetKind.UTVECKLING, 200_000), new Budget(2027, BudgetKind.DRIFT, 0)), 3, 6_000,
                Weights.DEFAULT, 0);
        BudgetView view = BudgetView.of(List.of(i), setup, 2027);
        // first year: 100 000 + 20 000 + 30 000 + 15 × 6 000 = 240 000 against 200 000
        assertThat(view.years().get(0).lines().get(BudgetKind.UTVECKLING).committedSek()).isEqualTo(240_000);
        assertThat(view.warnings()).extracting(BudgetView.Warning::code)
                .containsExactly("DEVELOPMENT_OVER", "RUNNING_COSTS_IN_DEVELOPMENT", "RUNNING_COSTS_IN_DEVELOPMENT");
    }
}
