package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SupportModel;
import se.delbart.profile.Capacity;
import se.delbart.shared.IdealType;

/** The bounded candidate set against scoring the whole catalogue. */
class CandidateSelectionTest {

    static final Instant NOW = ScorerTest.NOW;
    static final String[] DOMAINS = { "utbildning", "medborgarservice", "samhallsbyggnad", "vard-och-omsorg" };
    private final Scorer scorer = new Scorer(RecommendationProperties.defaults());

    static List<Candidate> catalogue(Random random, int n) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> domains = random.nextInt(4) == 0
                    ? Set.of(DOMAINS[0], DOMAINS[1 + random.nextInt(3)]) : Set.of(DOMAINS[random.nextInt(4)]);
            candidates.add(new Candidate(new UUID(7, i), "S" + random.nextInt(n), "s", "0" + (100 + random.nextInt(40)),
                    "X", domains, Set.of(IdealType.values()[random.nextInt(3)]),
                    random.nextInt(8) == 0 ? null : CompetenceNeeded.values()[random.nextInt(4)],
                    random.nextInt(8) == 0 ? null : EffortLevel.values()[random.nextInt(3)],
                    random.nextInt(6) == 0 ? null : random.nextInt(30), Maturity.values()[random.nextInt(4)],
                    Origin.values()[random.nextInt(3)], SupportModel.values()[random.nextInt(4)], random.nextBoolean(),
                    NOW.minus(random.nextInt(1000), ChronoUnit.DAYS)));
        }
        return candidates;
    }

    static List<UUID> ids(List<Recommendation> ranked) {
        return ranked.stream().map(Recommendation::solutionId).toList();
    }

    /**
     * Property: with no adoptions and no need texts, every solution scores exactly its static part, so the bounded
     * ranking equals scoring all of them (strategic weight 0: the pairing bonus depends on the whole list).
     */
    @Test
    void withoutAdoptionsTheBoundedRankingIsExact() {
        Random random = new Random(11);
        for (int run = 0; run < 40; run++) {
            List<Candidate> all = catalogue(random, 3_000);
            CandidatePool pool = new CandidatePool(all, NOW);
            double p = random.nextDouble();
            Capacity capacity = Capacity.values()[random.nextInt(3)];
            CompetenceNeeded ceiling = CompetenceNeeded.values()[1 + random.nextInt(3)];
            List<Situation.NeedMatch> needs = random.nextBoolean() ? List.of()
                    : List.of(Situation.NeedMatch.ofScores("behov", Set.of(DOMAINS[random.nextInt(4)]), Map.of()));
            Situation situation = new Situation("0101", "C8", ScorerTest.weights(p, 1 - p, 0), capacity, ceiling, needs,
                    Map.of(), Map.of(), List.<Usage>of(), NOW);
            List<Candidate> selected = CandidateSelection.select(situation, pool, scorer);
            assertThat(selected).hasSizeLessThanOrEqualTo(CandidateSelection.STATIC);
            assertThat(ids(scorer.rank(situation, selected, 10))).as("run %d", run)
                    .isEqualTo(ids(scorer.rank(situation, all, 10)));
        }
    }

    /** Peers in its group, co-adopted and popular solutions enter the set even when their static part is poor. */
    @Test
    void adoptionEvidenceBringsCandidatesBeyondTheStaticBest() {
        Random random = new Random(12);
        List<Candidate> all = new ArrayList<>(catalogue(random, 2_000));
        Candidate poor = new Candidate(new UUID(8, 1), "Tung men beprövad", "s", "0180", "Stockholm",
                Set.of("utbildning"), Set.of(), CompetenceNeeded.IT_DEPARTMENT, EffortLevel.HIGH, 60, Maturity.PILOT,
                Origin.NATIONAL, SupportModel.NONE, false, NOW.minus(900, ChronoUnit.DAYS));
        Candidate used = new Candidate(new UUID(8, 2), "Redan", "s", "0180", "Stockholm", Set.of("utbildning"),
                Set.of(), CompetenceNeeded.IT_DEPARTMENT, EffortLevel.HIGH, 60, Maturity.PILOT, Origin.NATIONAL,
                SupportModel.NONE, false, NOW.minus(900, ChronoUnit.DAYS));
        all.add(poor);
        all.add(used);
        CandidatePool pool = new CandidatePool(all, NOW);
        Map<String, Map<IdealType, Double>> peers = new HashMap<>();
        peers.put("0101", ScorerTest.weights(0.7, 0.2, 0.1));
        peers.put("0102", ScorerTest.weights(0.1, 0.2, 0.7));
        List<Usage> usages = List.of(new Usage(used.id(), "0101", true, true), new Usage(used.id(), "0102", true, true),
                new Usage(poor.id(), "0102", true, true));
        Situation situation = new Situation("0101", "C8", ScorerTest.weights(0.7, 0.2, 0.1), Capacity.MEDIUM,
                CompetenceNeeded.IT_DEPARTMENT, List.of(), peers, Map.of("0101", "C8", "0102", "C8"), usages, NOW);

        assertThat(pool.best(situation, scorer, CandidateSelection.STATIC)).doesNotContain(poor);
        List<Candidate> selected = CandidateSelection.select(situation, pool, scorer);
        assertThat(selected).contains(poor, used);
        Recommendation r = scorer.rank(situation, selected, CandidateSelection.STATIC + 10).stream()
                .filter(x -> x.solutionId().equals(poor.id())).findFirst().orElseThrow();
        assertThat(r.components().get(Component.CO_ADOPTION).value()).isEqualTo(1.0);
        assertThat(r.reasons()).extracting(Reason::sv)
                .contains("I drift hos 1 kommun i er kommungrupp (C8)",
                        "Används ofta tillsammans med Redan, som ni redan använder");
    }

    /** The pool's per-group arithmetic is the scorer's static score. */
    @Test
    void groupScoresAreTheScorersStaticScores() {
        Random random = new Random(13);
        CandidatePool pool = new CandidatePool(catalogue(random, 2_000), NOW);
        for (int run = 0; run < 20; run++) {
            double p = random.nextDouble();
            double o = random.nextDouble() * (1 - p);
            Situation situation = new Situation("0101", "C8", ScorerTest.weights(p, o, 1 - p - o),
                    Capacity.values()[random.nextInt(3)], CompetenceNeeded.values()[1 + random.nextInt(3)], List.of(),
                    Map.of(), Map.of(), List.<Usage>of(), NOW);
            CandidatePool.StaticScores scores = new CandidatePool.StaticScores(situation, scorer.weights());
            for (CandidatePool.Group g : pool.groupList()) {
                for (boolean needDomain : new boolean[] { false, true }) {
                    assertThat(scores.of(g, needDomain))
                            .isCloseTo(scorer.staticScore(situation, g.representative(), needDomain), within(1e-12));
                }
                assertThat(scores.beyond(g)).isEqualTo(
                        Scorer.beyondCapacity(situation.competenceCeiling(), g.representative().competence()));
            }
        }
    }

    @Test
    void topCountsKeepTheLargestAndLeaveOutWhatIsAdopted() {
        List<Usage> usages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int k = 0; k <= i; k++) {
                usages.add(new Usage(new UUID(0, i), "01" + (10 + k), true, true));
            }
        }
        UsageStats usage = UsageStats.of(usages);
        CandidateSelection.Counter counter = new CandidateSelection.Counter(usage.numberedSolutions());
        usage.producingMunicipalities().forEach(kod -> counter.addAll(usage.producesNumbers(kod)));
        assertThat(counter.top(usage, Set.of(new UUID(0, 9)), 3))
                .containsExactly(new UUID(0, 8), new UUID(0, 7), new UUID(0, 6));
    }
}
