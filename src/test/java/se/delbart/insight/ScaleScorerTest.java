package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SolutionType;
import se.delbart.catalog.SupportModel;
import se.delbart.shared.IdealType;

/** The scale score's components and total on a fixture computed by hand (numbers in the comments). */
class ScaleScorerTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final ScaleScorer scorer = new ScaleScorer(InsightProperties.Scale.defaults());

    static Instant monthsAgo(int months) {
        return NOW.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    static SolutionFacts solution(Origin origin, SupportModel support, DayRange implementation, DayRange adaptation) {
        return new SolutionFacts(UUID.randomUUID(), "Skolskjutsansökan", "E-tjänst", "2260", "Ånge",
                Set.of(Domain.UTBILDNING), SolutionType.SOFTWARE, origin, implementation, adaptation, 20_000L, 5_000L,
                support, List.of("skolskjuts"), monthsAgo(30));
    }

    static Experience report(int implementation, Integer adaptation, int operational, int citizen, int support) {
        return new Experience(implementation, adaptation, null, null, null, null, operational, citizen, support, null,
                true);
    }

    static Adopter adopter(String kod, String group, String county, IdealType type, boolean estimated,
            AdoptionStatus status, int startedMonthsAgo, Experience report) {
        return new Adopter(kod, group, county, type, estimated, status, monthsAgo(startedMonthsAgo),
                status == AdoptionStatus.IN_PRODUCTION ? monthsAgo(startedMonthsAgo) : null, report);
    }

    /** Three in production (two C8 in one county, one B3), one implementing, one discontinued. */
    static List<Adopter> adopters() {
        return List.of(
                adopter("2282", "C8", "22", IdealType.PRAGMATIC, false, AdoptionStatus.IN_PRODUCTION, 20,
                        report(8, 3, 4, 5, 4)),
                adopter("2283", "C8", "22", IdealType.PRAGMATIC, true, AdoptionStatus.IN_PRODUCTION, 6,
                        report(12, 5, 3, 4, 5)),
                adopter("2480", "B3", "24", IdealType.OPERATIONAL, true, AdoptionStatus.IN_PRODUCTION, 3, null),
                adopter("0180", "A1", "01", IdealType.STRATEGIC, false, AdoptionStatus.IMPLEMENTING, 1,
                        report(20, null, 5, 5, 3)),
                adopter("2584", "C9", "25", IdealType.PRAGMATIC, true, AdoptionStatus.DISCONTINUED, 30, null));
    }

    @Test
    void componentsAndScoreMatchTheHandComputation() {
        ScaleCandidate c = scorer.score(solution(Origin.LOCAL, SupportModel.PUBLISHER, new DayRange(5, 10),
                new DayRange(2, 6)), adopters(), NOW);

        // spread: in production 3 of 5 = 0.6; groups {B3, C8} 2 of 4 = 0.5; counties {22, 24} 2 of 4 = 0.5;
        // ideal types {pragmatic, operational} 2 of 3 = 0.6667; mean = 2.2667 / 4 = 0.5667
        assertThat(c.part(ScaleComponent.SPREAD).value()).isCloseTo(0.5667, within(1e-4));
        // momentum: four not discontinued, three of them started in the last 12 months: 3 / (4 + 1) = 0.6
        assertThat(c.part(ScaleComponent.MOMENTUM).value()).isCloseTo(0.6, within(1e-9));
        // benefit: report means 4.5, 3.5 and 5 → 4.3333; (4.3333 − 1) / 4 = 0.8333
        assertThat(c.part(ScaleComponent.BENEFIT).value()).isCloseTo(0.8333, within(1e-4));
        // effort realism: reported 8, 12, 20 → median 12 over the stated maximum 10: 10 / 12 = 0.8333
        assertThat(c.part(ScaleComponent.EFFORT_REALISM).value()).isCloseTo(0.8333, within(1e-4));
        // adaptation: reported 3 and 5 → median 4 (the stated 6 is not used); 1 − 4 / 40 = 0.9
        assertThat(c.part(ScaleComponent.ADAPTATION).value()).isCloseTo(0.9, within(1e-9));
        // maintenance: publisher support 1, support ratings 4, 5, 3 → 4 → 0.75; mean 0.875
        assertThat(c.part(ScaleComponent.MAINTENANCE).value()).isCloseTo(0.875, within(1e-9));
        assertThat(c.part(ScaleComponent.LOCAL_ORIGIN).value()).isEqualTo(1.0);
        // no portfolio prioritised it over a national alternative
        assertThat(c.part(ScaleComponent.LOCAL_WINS).value()).isZero();
        // weights sum to 1.05 (local wins 0.05 included): (0.3·0.5667 + 0.15·0.6 + 0.2·0.8333 + 0.1·0.8333 + 0.1·0.9
        // + 0.1·0.875 + 0.05·1 + 0.05·0) / 1.05 = (0.17 + 0.09 + 0.16667 + 0.08333 + 0.09 + 0.0875 + 0.05) / 1.05
        // = 0.7375 / 1.05 = 0.7024
        assertThat(c.score()).isCloseTo(0.7024, within(1e-4));
        assertThat(c.components().stream().mapToDouble(ScaleCandidate.Part::points).sum()).isCloseTo(c.score(),
                within(1e-3));

        ScaleCandidate.Facts f = c.facts();
        assertThat(f.inProduction()).isEqualTo(3);
        assertThat(f.skrGroups()).containsExactly("B3", "C8");
        assertThat(f.counties()).containsExactly("22", "24");
        assertThat(f.idealTypes()).containsEntry(IdealType.PRAGMATIC, 2).containsEntry(IdealType.OPERATIONAL, 1)
                .doesNotContainKey(IdealType.STRATEGIC);
        assertThat(f.selfAssessedProfiles()).isEqualTo(1);
        assertThat(f.estimatedProfiles()).isEqualTo(2);
        assertThat(f.recentAdoptions()).isEqualTo(3);
        assertThat(f.earlierAdoptions()).isEqualTo(1);
        assertThat(f.ratingN()).isEqualTo(3);
        assertThat(c.reason()).isEqualTo("I drift hos 3 kommuner i 2 kommungrupper och 2 län; 3 nya senaste året; betyg 4,3 (n=3)");
        assertThat(c.reasonEn()).isEqualTo(
                "In production in 3 municipalities in 2 SKR groups and 2 counties; 3 new in the last year; rating 4.3 (n=3)");
        assertThat(c.part(ScaleComponent.SPREAD).detail()).contains("pragmatisk 2", "operationell 1",
                "1 självskattade, 2 uppskattade");
        assertThat(c.part(ScaleComponent.EFFORT_REALISM).detail())
                .isEqualTo("Rapporterad median 12 persondagar mot angivna 5–10 (n=3)");
    }

    @Test
    void withoutAdoptersOnlyTheStatedComponentsCount() {
        ScaleCandidate c = scorer.score(solution(Origin.JOINT, SupportModel.COMMUNITY, new DayRange(5, 10),
                new DayRange(2, 10)), List.of(), NOW);

        assertThat(c.part(ScaleComponent.SPREAD).value()).isZero();
        assertThat(c.part(ScaleComponent.MOMENTUM).value()).isZero();
        assertThat(c.part(ScaleComponent.BENEFIT).value()).isZero();
        assertThat(c.part(ScaleComponent.EFFORT_REALISM).value()).isZero();
        // stated adaptation maximum 10: 1 − 10 / 40 = 0.75; community support 0.5; joint origin 0.5
        assertThat(c.part(ScaleComponent.ADAPTATION).value()).isEqualTo(0.75);
        assertThat(c.part(ScaleComponent.MAINTENANCE).value()).isEqualTo(0.5);
        assertThat(c.part(ScaleComponent.LOCAL_ORIGIN).value()).isEqualTo(0.5);
        // (0.1·0.75 + 0.1·0.5 + 0.05·0.5) / 1.05 = 0.15 / 1.05 = 0.1429
        assertThat(c.score()).isCloseTo(0.1429, within(1e-4));
        assertThat(c.reason()).isEqualTo("Inte i drift hos någon kommun ännu; 0 nya senaste året; inga betyg ännu");
        assertThat(c.part(ScaleComponent.ADAPTATION).detail()).isEqualTo("Angivet högst 10 persondagar lokal anpassning");
    }

    @Test
    void effortWithinTheStatedRangeIsFullyRealisticAndCountsSaturate() {
        List<Adopter> many = new java.util.ArrayList<>();
        String[] groups = { "A1", "A2", "B3", "B4", "C6", "C8" };
        for (int i = 0; i < 6; i++) {
            many.add(adopter("k" + i, groups[i], "c" + i, IdealType.values()[i % 3], false,
                    AdoptionStatus.IN_PRODUCTION, 24, report(10, 50, 5, 5, 5)));
        }
        ScaleCandidate c = scorer.score(solution(Origin.NATIONAL, SupportModel.NONE, new DayRange(5, 10),
                new DayRange(2, 6)), many, NOW);

        // 6 in production, 6 groups, 6 counties, 3 types: every part saturated
        assertThat(c.part(ScaleComponent.SPREAD).value()).isEqualTo(1.0);
        // all started two years ago: no momentum
        assertThat(c.part(ScaleComponent.MOMENTUM).value()).isZero();
        assertThat(c.part(ScaleComponent.BENEFIT).value()).isEqualTo(1.0);
        // median 10 = stated maximum 10
        assertThat(c.part(ScaleComponent.EFFORT_REALISM).value()).isEqualTo(1.0);
        // reported 50 days is above the cap of 40
        assertThat(c.part(ScaleComponent.ADAPTATION).value()).isZero();
        // no support (0), rated 5 (1): 0.5
        assertThat(c.part(ScaleComponent.MAINTENANCE).value()).isEqualTo(0.5);
        assertThat(c.part(ScaleComponent.LOCAL_ORIGIN).value()).isZero();
        // (0.3 + 0.2 + 0.1 + 0.1·0.5) / 1.05 = 0.65 / 1.05 = 0.619
        assertThat(c.score()).isCloseTo(0.619, within(1e-4));
    }

    @Test
    void weightsAreDividedByTheirSum() {
        InsightProperties.Scale doubled = new InsightProperties.Scale(0.6, 0.3, 0.4, 0.2, 0.2, 0.2, 0.1, 5, 4, 4, 12,
                1, 40, 0.1, 5);
        for (ScaleComponent component : ScaleComponent.values()) {
            assertThat(doubled.weight(component)).isCloseTo(InsightProperties.Scale.defaults().weight(component),
                    within(1e-12));
        }
        assertThat(InsightProperties.Scale.defaults().weight(ScaleComponent.SPREAD)).isCloseTo(0.30 / 1.05,
                within(1e-12));
    }

    @Test
    void localWinsCountFromThePortfoliosAndSaturate() {
        SolutionFacts s = solution(Origin.LOCAL, SupportModel.PUBLISHER, new DayRange(5, 10), new DayRange(2, 6));
        ScaleCandidate three = scorer.score(s, List.of(), NOW, 3);
        // 3 of the saturation 5
        assertThat(three.part(ScaleComponent.LOCAL_WINS).value()).isEqualTo(0.6);
        assertThat(three.part(ScaleComponent.LOCAL_WINS).points()).isCloseTo(0.05 / 1.05 * 0.6, within(1e-4));
        assertThat(three.part(ScaleComponent.LOCAL_WINS).detail())
                .isEqualTo("Prioriterad framför ett nationellt alternativ i 3 kommuners portföljer");
        assertThat(scorer.score(s, List.of(), NOW, 9).part(ScaleComponent.LOCAL_WINS).value()).isEqualTo(1.0);
        assertThat(three.score()).isGreaterThan(scorer.score(s, List.of(), NOW, 0).score());
    }
}
