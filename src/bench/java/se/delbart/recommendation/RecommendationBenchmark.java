package se.delbart.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import se.delbart.bench.AdoptionGenerator;
import se.delbart.bench.CorpusGenerator;
import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SupportModel;
import se.delbart.municipality.SkrGroup;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.ProfileCalculator;
import se.delbart.profile.Questionnaire;
import se.delbart.search.SolutionDocument;
import se.delbart.search.lucene.LuceneSolutionSearch;
import se.delbart.shared.IdealType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Latency of one recommendation ranking at 290 municipalities × 100k published solutions × 50k adoptions
 * (docs/benchmarks.md, "Recommendations"). Each call ranks the top 10 for the next municipality of the register (all
 * 290 in turn, each with its estimated profile and 0–3 declared needs), exactly as {@link Recommender} does after its
 * database reads: need texts → search port (the real Lucene adapter over the {@link CorpusGenerator} corpus),
 * {@link CandidateSelection} over the shared {@link CandidatePool} and {@link UsageStats}, {@link Scorer}.
 * <ul>
 * <li>{@code WARM}: the needs' search hits come from the cache {@link Recommender} keeps while the catalogue is
 * unchanged;</li>
 * <li>{@code COLD}: every need is searched on every call (first request after a catalogue change);</li>
 * <li>{@code FULL_SCAN}: the previous design for comparison — aggregate all adoptions and score all 100k solutions
 * per request (warm needs).</li>
 * </ul>
 * Not measured here: the per-request database reads (access check, the municipality's needs, every municipality's
 * profile) and HTTP. Run: {@code docs/bench/run-recommendation-jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RecommendationBenchmark {

    static final int SOLUTIONS = 100_000;
    static final int ADOPTIONS = 50_000;
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** Need texts municipalities declare, with their domains; municipality k declares k % 4 of them. */
    static final String[][] NEEDS = {
        {"Digital ansökan om skolskjuts", "utbildning"},
        {"Planera hemtjänstens besök och personal", "vard-och-omsorg"},
        {"Automatisera handläggningen av ekonomiskt bistånd", "individ-och-familjeomsorg"},
        {"Felanmälan med foto och position", "samhallsbyggnad"},
        {"Leverera handlingar till e-arkiv", "intern-administration"},
        {"Boka lokaler och söka föreningsbidrag", "kultur-och-fritid"},
        {"Chattbot som svarar invånarna dygnet runt", "medborgarservice"},
        {"Bygglovsansökan helt digitalt", "samhallsbyggnad"},
        {"Trygghetslarm och digital tillsyn på natten", "vard-och-omsorg"},
    };

    public enum Variant { WARM, COLD, FULL_SCAN }

    @Param({"WARM", "COLD", "FULL_SCAN"})
    public Variant variant;

    private LuceneSolutionSearch search;
    private List<Candidate> candidates;
    private CandidatePool pool;
    private CandidatePool adopted;
    private List<Usage> usages;
    private UsageStats usage;
    private final Scorer scorer = new Scorer(RecommendationProperties.defaults());
    private List<Target> targets;
    private Map<String, Map<IdealType, Double>> peerWeights;
    private Map<String, String> groups;
    private final Map<String, Map<UUID, NeedMatcher.Hit>> needCache = new HashMap<>();
    private NeedMatcher matcher;
    private int next;

    record Target(String kod, String group, IdealTypeProfile profile, List<String[]> needs) {
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<SolutionDocument> corpus = CorpusGenerator.list(SOLUTIONS);
        Path directory = Path.of("target", "bench-index", "lucene-" + SOLUTIONS).toAbsolutePath();
        Files.createDirectories(directory);
        search = new LuceneSolutionSearch(directory);
        if (search.count() != SOLUTIONS || search.needsRebuild()) {
            long started = System.nanoTime();
            search.rebuild(corpus.stream(), done -> { });
            System.out.printf("%n[setup] indexed %d documents in %.1f s%n", search.count(), (System.nanoTime() - started) / 1e9);
        }
        candidates = corpus.stream().map(RecommendationBenchmark::candidate).toList();
        usages = AdoptionGenerator.generate(corpus, ADOPTIONS).stream()
                .map(a -> new Usage(a.solutionId(), a.kommunkod(), a.status().equals("IN_PRODUCTION"),
                        Set.of("PLANNING", "IMPLEMENTING", "IN_PRODUCTION").contains(a.status())))
                .toList();
        long started = System.nanoTime();
        pool = new CandidatePool(candidates, NOW);
        long poolMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        usage = UsageStats.of(usages);
        long usageMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        adopted = CandidateSelection.adoptedPool(pool, usage, NOW);
        long adoptedMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%n[setup] pool of %d solutions in %d groups built in %d ms; %d adoptions aggregated in %d ms;"
                + " pool of the %d solutions in production somewhere (%d groups) in %d ms%n", pool.size(), pool.groups(),
                poolMs, usage.size(), usageMs, adopted.size(), adopted.groups(), adoptedMs);

        Questionnaire questionnaire;
        try (InputStream in = RecommendationBenchmark.class.getResourceAsStream("/profile/questionnaire-v1.json")) {
            questionnaire = JsonMapper.builder().build().readValue(in, Questionnaire.class).validated();
        }
        ProfileCalculator calculator = new ProfileCalculator(questionnaire);
        targets = new ArrayList<>();
        peerWeights = new HashMap<>();
        groups = new HashMap<>();
        List<AdoptionGenerator.Kommun> kommuner = AdoptionGenerator.municipalities();
        for (int k = 0; k < kommuner.size(); k++) {
            AdoptionGenerator.Kommun m = kommuner.get(k);
            IdealTypeProfile profile = calculator.estimate(SkrGroup.valueOf(m.skrGroup()), (int) m.population());
            List<String[]> needs = new ArrayList<>();
            for (int n = 0; n < k % 4; n++) {
                needs.add(NEEDS[(k * 7 + n * 3) % NEEDS.length]);
            }
            targets.add(new Target(m.code(), m.skrGroup(), profile, needs));
            peerWeights.put(m.code(), profile.weights());
            groups.put(m.code(), m.skrGroup());
        }
        matcher = new NeedMatcher(search);
        for (String[] need : NEEDS) {
            needCache.put(need[0], matcher.match(need[0], NeedMatches.NEED_HITS));
        }
        if (variant == Variant.WARM && !Boolean.getBoolean("bench.skipExactness")) {
            exactness();
        }
    }

    /**
     * A load-independent complement to JMH's wall-clock samples (the machine is shared): the thread CPU time of each
     * ranking (WARM path) over all 290 municipalities, 5 rounds, percentiles of rounds 3–5; plus the mean wall time of
     * the phases. {@code java -cp … se.delbart.recommendation.RecommendationBenchmark}
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("bench.skipExactness", "true");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        RecommendationBenchmark b = new RecommendationBenchmark();
        b.variant = Variant.WARM;
        b.setUp();
        List<Long> cpu = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long select = 0;
            long rank = 0;
            long size = 0;
            for (Target t : b.targets) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Situation situation = b.situation(t, false);
                List<Candidate> selected = CandidateSelection.select(situation, b.pool, b.adopted, b.scorer);
                long t1 = System.nanoTime();
                b.scorer.rank(situation, selected, 10);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                select += t1 - t0;
                rank += t2 - t1;
                size += selected.size();
                if (round >= 2) {
                    cpu.add(c2 - c0);
                    wall.add(t2 - t0);
                }
            }
            int n = b.targets.size();
            System.out.printf("round %d: select %.2f ms, rank %.2f ms (mean wall), %d candidates (mean)%n", round,
                    select / 1e6 / n, rank / 1e6 / n, size / n);
        }
        System.out.println("CPU time per ranking:  " + percentiles(cpu));
        System.out.println("wall time per ranking: " + percentiles(wall));
        b.close();
    }

    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        java.util.Collections.sort(sorted);
        java.util.function.IntFunction<Double> at = p -> sorted.get(Math.max(0,
                (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        return String.format(java.util.Locale.ROOT, "n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                sorted.size(), at.apply(50), at.apply(95), at.apply(99), sorted.get(sorted.size() - 1) / 1e6);
    }

    /**
     * How often the bounded ranking's top 10 equals scoring all 100k solutions, for every 29th municipality (10; a full
     * scan takes seconds), printed for the docs.
     */
    private void exactness() {
        int same = 0;
        int overlap = 0;
        int checked = 0;
        long started = System.nanoTime();
        for (int k = 0; k < targets.size(); k += 29) {
            Situation situation = situation(targets.get(k), false);
            List<UUID> bounded = scorer.rank(situation, CandidateSelection.select(situation, pool, adopted, scorer), 10)
                    .stream().map(Recommendation::solutionId).toList();
            List<UUID> full = scorer.rank(situation, candidates, 10).stream().map(Recommendation::solutionId).toList();
            checked++;
            same += bounded.equals(full) ? 1 : 0;
            Set<UUID> common = new HashSet<>(bounded);
            common.retainAll(full);
            overlap += common.size();
        }
        System.out.printf("%n[exactness] %d municipalities: top 10 identical (same order) for %d, %d of %d items in common"
                + " (%.1f s)%n", checked, same, overlap, checked * 10, (System.nanoTime() - started) / 1e9);
    }

    private Situation situation(Target t, boolean cold) {
        List<Situation.NeedMatch> needs = new ArrayList<>(t.needs().size());
        for (String[] need : t.needs()) {
            Map<UUID, NeedMatcher.Hit> hits = cold ? matcher.match(need[0], NeedMatches.NEED_HITS)
                    : needCache.get(need[0]);
            needs.add(new Situation.NeedMatch(need[0], Set.of(need[1]), hits));
        }
        return new Situation(t.kod(), t.group(), t.profile().weights(), t.profile().capacity(),
                t.profile().competenceCeiling(), needs, peerWeights, groups, usage, NOW);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        search.close();
    }

    @Benchmark
    public List<Recommendation> recommend() {
        Target t = targets.get(next++ % targets.size());
        if (variant == Variant.FULL_SCAN) {
            Situation s = situation(t, false);
            Situation fresh = new Situation(s.kommunkod(), s.skrGroup(), s.weights(), s.capacity(),
                    s.competenceCeiling(), s.needs(), s.peerWeights(), s.groups(), usages, s.now());
            return scorer.rank(fresh, candidates, 10);
        }
        Situation situation = situation(t, variant == Variant.COLD);
        return scorer.rank(situation, CandidateSelection.select(situation, pool, adopted, scorer), 10);
    }

    /** The corpus document as the recommender sees it; support, adaptation and citizen benefit derived from its id. */
    static Candidate candidate(SolutionDocument d) {
        long bits = d.id().getLeastSignificantBits();
        EffortLevel effort = d.effortLevel() == null ? null : EffortLevel.valueOf(d.effortLevel());
        Set<IdealType> types = EnumSet.noneOf(IdealType.class);
        d.idealTypes().forEach(t -> types.add(IdealType.valueOf(t)));
        Integer adaptation = effort == null ? null : switch (effort) {
            case LOW -> 3;
            case MEDIUM -> 15;
            case HIGH -> 45;
        };
        return new Candidate(d.id(), d.name(), d.summary(), d.publisherCode(), d.publisherName(), new HashSet<>(d.domains()),
                types, d.competenceNeeded() == null ? null : CompetenceNeeded.valueOf(d.competenceNeeded()), effort,
                adaptation, Maturity.valueOf(d.status()), Origin.valueOf(d.origin()),
                SupportModel.values()[(int) Math.floorMod(bits, 4L)], Math.floorMod(bits >> 8, 2L) == 0,
                d.publishedAt().isAfter(NOW) ? NOW : d.publishedAt().plus(Math.floorMod(bits >> 16, 300L), ChronoUnit.DAYS)
                        .isAfter(NOW) ? NOW : d.publishedAt().plus(Math.floorMod(bits >> 16, 300L), ChronoUnit.DAYS));
    }
}
