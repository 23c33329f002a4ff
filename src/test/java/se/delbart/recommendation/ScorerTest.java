package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

/** Each component and the whole score with numbers checked by hand; the capacity rule as a property. */
class ScorerTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final Scorer scorer = new Scorer(RecommendationProperties.defaults());

    static Map<IdealType, Double> weights(double p, double o, double s) {
        Map<IdealType, Double> w = new EnumMap<>(IdealType.class);
        w.put(IdealType.PRAGMATIC, p);
        w.put(IdealType.OPERATIONAL, o);
        w.put(IdealType.STRATEGIC, s);
        return w;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    /** Local, proven, light, supported, for pragmatic municipalities, with citizen benefit; updated 100 days ago. */
    static final Candidate A = new Candidate(id("A"), "Skolskjuts", "s", "2281", "Sundsvall", Set.of("utbildning"),
            Set.of(IdealType.PRAGMATIC), CompetenceNeeded.NONE, EffortLevel.LOW, 3, Maturity.IN_PRODUCTION,
            Origin.LOCAL, SupportModel.PUBLISHER, true, NOW.minus(100, ChronoUnit.DAYS));
    /** National, needs developers, heavy, unsupported pilot for strategic ones; updated 800 days ago. */
    static final Candidate B = new Candidate(id("B"), "Plattform", "s", "0180", "Stockholm",
            Set.of("utbildning", "medborgarservice"), Set.of(IdealType.STRATEGIC), CompetenceNeeded.DEVELOPERS,
            EffortLevel.HIGH, 60, Maturity.PILOT, Origin.NATIONAL, SupportModel.NONE, false,
            NOW.minus(800, ChronoUnit.DAYS));
    static final Candidate OWN = new Candidate(id("own"), "Egen", "s", "2260", "Ånge", Set.of("utbildning"),
            Set.of(IdealType.PRAGMATIC), CompetenceNeeded.NONE, EffortLevel.LOW, 1, Maturity.IN_PRODUCTION,
            Origin.LOCAL, SupportModel.PUBLISHER, true, NOW);
    static final Candidate ADOPTED = new Candidate(id("adopted"), "Redan", "s", "2281", "Sundsvall",
            Set.of("utbildning"), Set.of(IdealType.PRAGMATIC), CompetenceNeeded.NONE, EffortLevel.LOW, 1,
            Maturity.IN_PRODUCTION, Origin.LOCAL, SupportModel.PUBLISHER, true, NOW);

    static Situation ange(List<Usage> usages) {
        Map<String, Map<IdealType, Double>> peers = new HashMap<>();
        peers.put("2260", weights(0.7, 0.2, 0.1));
        peers.put("2262", weights(0.7, 0.2, 0.1));
        peers.put("2280", weights(0.2, 0.6, 0.2));
        Map<String, String> groups = Map.of("2260", "C8", "2262", "C8", "2280", "C6");
        return new Situation("2260", "C8", weights(0.7, 0.2, 0.1), Capacity.LOW, CompetenceNeeded.BASIC_IT,
                List.of(Situation.NeedMatch.ofScores("skolskjuts", Set.of("utbildning"), Map.of(A.id(), 0.8))), peers,
                groups, usages, NOW);
    }

    /**
     * A pragmatic municipality with one declared need: the national offering that answers it (medium effort, an IT
     * department) scores below light, proven solutions for other needs, yet comes first, in "För era behov", with
     * the words it matched in its reason. The study warns against feasibility outweighing the need.
     */
    @Test
    void aDeclaredNeedComesFirstEvenWhenLighterSolutionsForOtherNeedsScoreHigher() {
        Candidate answer = new Candidate(id("answer"), "Nationell e-arkivtjänst", "s", "0000", "DIGG",
                Set.of("intern-administration"), Set.of(IdealType.STRATEGIC), CompetenceNeeded.IT_DEPARTMENT,
                EffortLevel.MEDIUM, 20, Maturity.PILOT, Origin.NATIONAL, SupportModel.NONE, false,
                NOW.minus(500, ChronoUnit.DAYS));
        Situation situation = new Situation("2260", "C8", weights(0.7, 0.2, 0.1), Capacity.LOW,
                CompetenceNeeded.BASIC_IT, List.of(new Situation.NeedMatch("Ett e-arkiv vi har råd med",
                        Set.of(), Map.of(answer.id(), new NeedMatcher.Hit(1.0, List.of("e-arkiv", "råd"))))),
                Map.of("2260", weights(0.7, 0.2, 0.1)), Map.of("2260", "C8"), List.<Usage>of(), NOW);

        List<Recommendation> ranked = scorer.rank(situation, List.of(A, B, answer), 10);

        assertThat(ranked.get(0).solutionId()).isEqualTo(answer.id());
        assertThat(ranked.get(0).section()).isEqualTo(Recommendation.Section.NEEDS);
        assertThat(ranked.get(0).need()).isEqualTo("Ett e-arkiv vi har råd med");
        assertThat(ranked.get(0).reasons().get(0).sv()).isEqualTo("Matchar ert behov \u201dEtt e-arkiv vi har råd med\u201d: e-arkiv, råd");
        Recommendation light = ranked.stream().filter(r -> r.solutionId().equals(A.id())).findFirst().orElseThrow();
        assertThat(light.score()).isGreaterThan(ranked.get(0).score());
        assertThat(light.section()).isEqualTo(Recommendation.Section.MORE);
        assertThat(light.need()).isNull();
        assertThat(light.reasons()).extracting(Reason::code).doesNotContain("need");
    }

    /** At most three matches per need in "För era behov"; the rest rank among the others. */
    @Test
    void eachNeedShowsItsThreeBestMatchesFirst() {
        List<Candidate> matching = new ArrayList<>();
        Map<UUID, NeedMatcher.Hit> hits = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            Candidate c = new Candidate(id("m" + i), "Match " + i, "s", "2281", "Sundsvall", Set.of("utbildning"),
                    Set.of(IdealType.PRAGMATIC), CompetenceNeeded.NONE, EffortLevel.LOW, 3, Maturity.IN_PRODUCTION,
                    Origin.LOCAL, SupportModel.PUBLISHER, true, NOW.minus(100 + i * 400L, ChronoUnit.DAYS));
            matching.add(c);
            hits.put(c.id(), new NeedMatcher.Hit(1.0, List.of("skolskjuts")));
        }
        Situation situation = new Situation("2260", "C8", weights(0.7, 0.2, 0.1), Capacity.LOW,
                CompetenceNeeded.BASIC_IT, List.of(new Situation.NeedMatch("skolskjuts", Set.of(), hits)),
                Map.of("2260", weights(0.7, 0.2, 0.1)), Map.of("2260", "C8"), List.<Usage>of(), NOW);

        List<Recommendation> ranked = scorer.rank(situation, matching, 10);

        assertThat(ranked).hasSize(5);
        assertThat(ranked.subList(0, 3)).allMatch(r -> r.section() == Recommendation.Section.NEEDS);
        assertThat(ranked.subList(3, 5)).allMatch(r -> r.section() == Recommendation.Section.MORE);
        assertThat(ranked.subList(0, 3)).extracting(Recommendation::score).isSortedAccordingTo(
                Comparator.reverseOrder());
        assertThat(ranked.get(2).score()).isGreaterThanOrEqualTo(ranked.get(3).score());
    }

    @Test
    void componentsScoreAndReasonsForAMainlyPragmaticMunicipality() {
        List<Usage> usages = List.of(new Usage(A.id(), "2262", true, true), new Usage(A.id(), "2280", true, true),
                new Usage(ADOPTED.id(), "2260", false, false));
        List<Recommendation> ranked = scorer.rank(ange(usages), List.of(B, A, OWN, ADOPTED), 10);

        assertThat(ranked).extracting(Recommendation::name).containsExactly("Skolskjuts", "Plattform");
        Recommendation a = ranked.get(0);
        // need .75×.8+.25 = .85; fit .7; empirical 1 similar (2262, sim 1)/3; feasibility 1×1;
        // peer .6×(1/2)+.4×ln(3)/ln(21) = .3+.14434 = .44434; co 0; maintenance 1×1
        assertThat(a.components().get(Component.NEED).value()).isEqualTo(0.85);
        assertThat(a.components().get(Component.IDEAL_TYPE_FIT).value()).isEqualTo(0.7);
        assertThat(a.components().get(Component.EMPIRICAL_FIT).value()).isEqualTo(0.3333);
        assertThat(a.components().get(Component.FEASIBILITY).value()).isEqualTo(1.0);
        assertThat(a.components().get(Component.PEER_PROOF).value()).isEqualTo(0.4443);
        assertThat(a.components().get(Component.CO_ADOPTION).value()).isEqualTo(0.0);
        assertThat(a.components().get(Component.MAINTENANCE).value()).isEqualTo(1.0);
        // base .3×.85+.15×.7+.1×(1/3)+.2×1+.1×.44434+.1×1 = .737767; + pragmatic .15×.7 + citizen .1×.2×.5
        // + strategic pair with B .1×.1
        assertThat(a.adjustments()).containsEntry("pragmatic-proven-light-supported", 0.105)
                .containsEntry("operational-citizen-benefit", 0.01).containsEntry("strategic-national-local-pair", 0.01);
        assertThat(a.score()).isCloseTo(0.737767 + 0.105 + 0.01 + 0.01, within(1e-4));
        assertThat(a.beyondCapacity()).isFalse();
        assertThat(a.reasons().get(0).sv()).isEqualTo("Matchar ert behov: skolskjuts");
        assertThat(a.section()).isEqualTo(Recommendation.Section.NEEDS);
        assertThat(a.reasons()).extracting(Reason::code).contains("feasible", "peer-proof", "empirical-fit",
                "pragmatic-proven-local", "maintained", "ideal-type-fit");
        assertThat(a.reasons()).extracting(Reason::sv).contains("Kräver ingen egen utvecklare — passar er kapacitet",
                "I drift hos 1 kommun i er kommungrupp (C8)");

        Recommendation b = ranked.get(1);
        // need .25 (domain only); fit .1; feasibility 0 (developers, two steps beyond); maintenance .2×.5
        assertThat(b.components().get(Component.NEED).value()).isEqualTo(0.25);
        assertThat(b.components().get(Component.FEASIBILITY).value()).isEqualTo(0.0);
        assertThat(b.components().get(Component.MAINTENANCE).value()).isEqualTo(0.1);
        assertThat(b.score()).isCloseTo(0.075 + 0.015 + 0.01 + 0.01 + 0.01, within(1e-9));
        assertThat(b.beyondCapacity()).isTrue();
        assertThat(b.reasons().get(b.reasons().size() - 1).code()).isEqualTo("beyond-capacity");
        assertThat(b.section()).isEqualTo(Recommendation.Section.MORE);
    }

    @Test
    void coAdoptionIsTheShareOfTheOtherUsersOfWhatItUses() {
        // Ånge uses ADOPTED (active); so do 2262 and 2280; 2262 also uses A: 1 of 2
        List<Usage> usages = List.of(new Usage(ADOPTED.id(), "2260", true, true),
                new Usage(ADOPTED.id(), "2262", true, true), new Usage(ADOPTED.id(), "2280", false, true),
                new Usage(A.id(), "2262", false, true));
        Recommendation a = scorer.rank(ange(usages), List.of(A, ADOPTED), 5).get(0);
        assertThat(a.components().get(Component.CO_ADOPTION).value()).isEqualTo(0.5);
        assertThat(a.reasons()).extracting(Reason::sv).contains("Används ofta tillsammans med Redan, som ni redan använder");
    }

    @Test
    void theCoAdoptionReasonSaysWhetherTheMunicipalityRunsPlansOrImplementsTheOtherSolution() {
        for (var status : List.of(se.delbart.adoption.AdoptionStatus.PLANNING,
                se.delbart.adoption.AdoptionStatus.IMPLEMENTING)) {
            // Ånge only plans (or implements) ADOPTED: it does not use it yet
            List<Usage> usages = List.of(new Usage(ADOPTED.id(), "2260", false, true, status),
                    new Usage(ADOPTED.id(), "2262", true, true), new Usage(ADOPTED.id(), "2280", false, true),
                    new Usage(A.id(), "2262", false, true));
            Recommendation a = scorer.rank(ange(usages), List.of(A, ADOPTED), 5).get(0);
            String expected = status == se.delbart.adoption.AdoptionStatus.PLANNING
                    ? "Används ofta tillsammans med Redan, som ni planerar att införa"
                    : "Används ofta tillsammans med Redan, som ni håller på att införa";
            assertThat(a.reasons()).extracting(Reason::sv).contains(expected)
                    .noneMatch(reason -> reason.contains("redan använder"));
            assertThat(a.reasons()).extracting(Reason::en).noneMatch(reason -> reason.contains("already use"));
        }
    }

    @Test
    void singleComponents() {
        assertThat(Scorer.similarity(weights(0.7, 0.2, 0.1), weights(0.2, 0.6, 0.2))).isCloseTo(0.5, within(1e-12));
        assertThat(Scorer.competenceFactor(CompetenceNeeded.BASIC_IT, CompetenceNeeded.IT_DEPARTMENT)).isEqualTo(0.4);
        assertThat(Scorer.competenceFactor(CompetenceNeeded.DEVELOPERS, CompetenceNeeded.DEVELOPERS)).isEqualTo(1);
        assertThat(Scorer.effortFactor(Capacity.MEDIUM, EffortLevel.HIGH)).isEqualTo(0.4);
        assertThat(Scorer.peerProof(3, 20)).isEqualTo(1.0);
        // .4 × ln 2 / ln 21 = .4 × .693147 / 3.044522
        assertThat(Scorer.peerProof(0, 1)).isCloseTo(0.091069, within(1e-6));
    }

    @Test
    void anOperationalMunicipalitySeesCitizenAndCrossDepartmentValue() {
        Candidate cross = new Candidate(id("cross"), "Tvärs", "s", "2281", "Sundsvall",
                Set.of("utbildning", "medborgarservice"), Set.of(), CompetenceNeeded.IT_DEPARTMENT, EffortLevel.MEDIUM,
                20, Maturity.IN_PRODUCTION, Origin.NATIONAL, SupportModel.VENDOR, true, NOW);
        Situation operational = new Situation("2284", "C6", weights(0.1, 0.8, 0.1), Capacity.HIGH,
                CompetenceNeeded.DEVELOPERS, List.of(), Map.of(), Map.of(), List.of(), NOW);
        Recommendation r = scorer.rank(operational, List.of(cross), 1).get(0);
        assertThat(r.adjustments()).containsEntry("operational-citizen-benefit", 0.04)
                .containsEntry("operational-cross-department", 0.04);
        assertThat(r.reasons()).extracting(Reason::sv).contains("Ger invånarnytta utöver förvaltningens egen nytta");
    }

    /**
     * Property: for a municipality without an IT department (ceiling BASIC_IT), a solution needing developers is
     * never ranked first unless every candidate needs more than it has, and then its reasons say so.
     */
    @Test
    void developersAreNeverTopForAMunicipalityWithoutItUnlessNothingElseFits() {
        Random random = new Random(6);
        CompetenceNeeded[] competences = CompetenceNeeded.values();
        EffortLevel[] efforts = EffortLevel.values();
        IdealType[] types = IdealType.values();
        String[] domains = { "utbildning", "medborgarservice", "samhallsbyggnad" };
        int onlyBeyond = 0;
        for (int run = 0; run < 3_000; run++) {
            List<Candidate> candidates = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                candidates.add(new Candidate(UUID.randomUUID(), "S" + i, "s", "0180", "X",
                        Set.of(domains[random.nextInt(3)]), Set.of(types[random.nextInt(3)]),
                        random.nextInt(5) == 0 ? null : competences[random.nextInt(4)],
                        random.nextInt(5) == 0 ? null : efforts[random.nextInt(3)], random.nextInt(30),
                        Maturity.values()[random.nextInt(4)], Origin.values()[random.nextInt(3)],
                        SupportModel.values()[random.nextInt(4)], random.nextBoolean(),
                        NOW.minus(random.nextInt(1000), ChronoUnit.DAYS)));
            }
            double p = random.nextDouble();
            double o = random.nextDouble() * (1 - p);
            Map<UUID, Double> text = new HashMap<>();
            candidates.forEach(c -> text.put(c.id(), random.nextDouble()));
            List<Usage> usages = new ArrayList<>();
            for (Candidate c : candidates) {
                for (int k = 0; k < random.nextInt(4); k++) {
                    usages.add(new Usage(c.id(), "23" + (10 + random.nextInt(30)), random.nextBoolean(), true));
                }
            }
            Situation situation = new Situation("2260", "C8", weights(p, o, 1 - p - o), Capacity.LOW,
                    CompetenceNeeded.BASIC_IT, List.of(Situation.NeedMatch.ofScores("behov", Set.of("utbildning"), text)),
                    Map.of(), Map.of(), usages, NOW);
            Recommendation top = scorer.rank(situation, candidates, 10).get(0);
            Candidate first = candidates.stream().filter(c -> c.id().equals(top.solutionId())).findFirst().orElseThrow();
            if (first.competence() == CompetenceNeeded.DEVELOPERS) {
                onlyBeyond++;
                assertThat(candidates).as("run %d", run).allMatch(c -> c.competence() != null
                        && c.competence().ordinal() >= CompetenceNeeded.IT_DEPARTMENT.ordinal() + 1);
                assertThat(top.reasons()).extracting(Reason::code).contains("beyond-capacity");
                assertThat(top.reasons()).extracting(Reason::sv)
                        .anyMatch(s -> s.contains("visas bara för att inget annat passade bättre"));
            }
        }
        // the seeded runs include the "nothing else fits" case, so the second branch is exercised too
        assertThat(onlyBeyond).isPositive();
    }

    /**
     * A solution that needs developers to run is beyond a municipality with basic IT, unless someone hosts and
     * supports it for others: then it counts as feasible, and the reason names who (issue: implementation paths).
     */
    @Test
    void aSolutionSomeoneRunsForOthersIsFeasibleWithoutOwnDevelopersAndTheReasonNamesWho() {
        Situation situation = ange(List.of());
        List<Recommendation> alone = scorer.rank(situation, List.of(B), 10);
        assertThat(alone.get(0).beyondCapacity()).isTrue();

        Candidate hosted = B.withServiceProviders(List.of("Sundsvall"));
        Recommendation r = scorer.rank(situation, List.of(hosted), 10).get(0);
        assertThat(r.beyondCapacity()).isFalse();
        assertThat(r.components().get(Component.FEASIBILITY).value())
                .isGreaterThan(alone.get(0).components().get(Component.FEASIBILITY).value());
        assertThat(r.reasons()).extracting(Reason::code).contains("offered-as-service").doesNotContain("beyond-capacity");
        assertThat(r.reasons()).extracting(Reason::sv)
                .contains("Sundsvall erbjuder drift och support till andra kommuner — ni behöver varken IT-avdelning "
                        + "eller egna utvecklare för att använda den");
        assertThat(Reasons.offeredAsService(List.of("Sundsvall", "Umeå", "Adda"), CompetenceNeeded.NONE).en())
                .isEqualTo("Sundsvall, Umeå and Adda offer hosting and support to other municipalities");
    }
}
