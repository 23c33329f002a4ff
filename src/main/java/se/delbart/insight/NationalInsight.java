package se.delbart.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import se.delbart.adoption.AdoptionRecord;
import se.delbart.adoption.AdoptionStatistics;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Origin;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.municipality.SkrGroup;
import se.delbart.portfolio.NationalPortfolio;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.Profiles;
import se.delbart.search.SolutionSearch;
import se.delbart.shared.BackgroundExecutors;
import se.delbart.shared.NotFoundException;

/**
 * National insight for analysts: gathers published solutions, every adoption with its reports, the municipalities and
 * their profiles in a fixed number of queries (never one per solution), and hands them to the plain-Java
 * {@link ScaleScorer}, {@link OverlapFinder} and {@link Diffusion}. Who may call it is decided by the security
 * configuration (ANALYST, ADMIN). Only published solutions are considered.
 */
@Service
@Transactional(readOnly = true)
public class NationalInsight {

    static final int PAGE = 500;
    private static final Set<Origin> LOCAL_EFFORTS = EnumSet.of(Origin.LOCAL, Origin.JOINT);
    /** How long the overlap warm-up waits at most for the index to hold the catalogue, and how often it looks. */
    private static final Duration WARM_UP_PATIENCE = Duration.ofMinutes(10);
    private static final Duration WARM_UP_POLL = Duration.ofSeconds(2);

    private final SolutionCatalog catalog;
    private final AdoptionStatistics adoptions;
    private final Municipalities municipalities;
    private final Profiles profiles;
    private final InsightProperties properties;
    private final ScaleScorer scorer;
    private final NationalPortfolio portfolios;
    private final Clock clock;

    private final PlatformTransactionManager transactions;
    /** One thread with a short queue: a computation is only ever asked for while none runs. */
    private final ThreadPoolTaskExecutor neighbourhoodComputer;
    /** The local efforts' more-like-this neighbours, computed in the background after a change. */
    private final SimilarityNeighbourhood neighbourhood;

    NationalInsight(SolutionCatalog catalog, AdoptionStatistics adoptions, Municipalities municipalities,
            Profiles profiles, SolutionSearch search, InsightProperties properties, Clock clock,
            PlatformTransactionManager transactions, NationalPortfolio portfolios, MeterRegistry meters) {
        this.portfolios = portfolios;
        this.neighbourhoodComputer = BackgroundExecutors.singleThread("overlap-neighbourhood", 1, meters);
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.municipalities = municipalities;
        this.profiles = profiles;
        this.properties = properties;
        this.scorer = new ScaleScorer(properties.scale());
        this.clock = clock;
        this.transactions = transactions;
        this.neighbourhood = new SimilarityNeighbourhood(search, clock, neighbourhoodComputer,
                properties.overlap().neighbours(), properties.overlap().cacheFor());
    }

    /**
     * After start, the overlap neighbourhood is computed in the background (once the search index holds the published
     * catalogue), so the first analyst to open the overlap page does not wait for it
     * ({@code delbart.insight.overlap.warm-up-at-start}).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpOverlaps() {
        if (properties.overlap().warmUpAtStart()) {
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            neighbourhood.warmUp(catalog::countPublished, () -> readOnly.execute(status -> overlapCatalogue()),
                    WARM_UP_PATIENCE, WARM_UP_POLL);
        }
    }

    @PreDestroy
    void stopComputing() {
        neighbourhoodComputer.shutdown();
    }

    public InsightProperties properties() {
        return properties;
    }

    /**
     * Published solutions ranked by their scale score, best first. {@code domain} keeps those in the domain;
     * {@code group} keeps those published or adopted (not discontinued) by a municipality of that SKR group.
     */
    public List<ScaleCandidate> scaleCandidates(Domain domain, SkrGroup group) {
        Map<String, Municipality> places = municipalities();
        Map<UUID, SolutionFacts> solutions = published(places);
        Map<String, IdealTypeProfile> profileOf = profiles.allForAggregates();
        Map<UUID, List<Adopter>> adoptersOf = new HashMap<>();
        for (AdoptionRecord r : adoptions.records()) {
            Municipality m = places.get(r.municipalityCode());
            IdealTypeProfile p = profileOf.get(r.municipalityCode());
            if (m == null || p == null || !solutions.containsKey(r.solutionId())) {
                continue;
            }
            Instant inProduction = r.inProductionAt() == null && r.status() == AdoptionStatus.IN_PRODUCTION
                    ? r.startedAt() : r.inProductionAt();
            adoptersOf.computeIfAbsent(r.solutionId(), k -> new ArrayList<>()).add(new Adopter(m.kommunkod(),
                    m.skrGroup().name(), m.countyCode(), p.dominant(), p.estimated(), r.status(), r.startedAt(),
                    inProduction, r.report()));
        }
        Instant now = clock.instant();
        Map<UUID, Integer> localWins = portfolios.localWinCounts();
        List<ScaleCandidate> ranked = new ArrayList<>();
        for (SolutionFacts s : solutions.values()) {
            List<Adopter> adopters = adoptersOf.getOrDefault(s.id(), List.of());
            if (domain != null && !s.domains().contains(domain)) {
                continue;
            }
            if (group != null && !inGroup(s, adopters, places, group)) {
                continue;
            }
            ranked.add(scorer.score(s, adopters, now, localWins.getOrDefault(s.id(), 0)));
        }
        ranked.sort(Comparator.comparingDouble(ScaleCandidate::score).reversed().thenComparing(ScaleCandidate::name)
                .thenComparing(ScaleCandidate::solutionId));
        return ranked;
    }

    private static boolean inGroup(SolutionFacts s, List<Adopter> adopters, Map<String, Municipality> places,
            SkrGroup group) {
        Municipality publisher = places.get(s.publisherCode());
        return publisher != null && publisher.skrGroup() == group
                || adopters.stream().anyMatch(a -> a.active() && a.skrGroup().equals(group.name()));
    }

    /**
     * Groups of similar local efforts (local or joint origin) published by different municipalities; {@code domain}
     * keeps the groups with a member in that domain.
     */
    public List<OverlapGroup> overlaps(Domain domain) {
        SimilarityNeighbourhood.Catalogue catalogue = overlapCatalogue();
        Map<UUID, Map<UUID, Double>> similar = neighbourhood.of(catalogue.published(), catalogue.local()).similar();
        List<OverlapGroup> groups = new OverlapFinder(properties.overlap().similarity())
                .group(catalogue.local(), similar);
        if (domain == null) {
            return groups;
        }
        return groups.stream().filter(g -> g.members().stream().anyMatch(m -> m.domains().contains(domain.code())))
                .toList();
    }

    /** The published solutions and the local efforts (local or joint origin) among them. */
    private SimilarityNeighbourhood.Catalogue overlapCatalogue() {
        Map<UUID, SolutionFacts> solutions = published(municipalities());
        return new SimilarityNeighbourhood.Catalogue(solutions.values(),
                solutions.values().stream().filter(s -> LOCAL_EFFORTS.contains(s.origin())).toList());
    }

    /**
     * When the similarity behind {@link #overlaps} was computed (it follows catalogue changes in the background); null
     * before the first computation.
     */
    public Instant overlapsComputedAt() {
        return neighbourhood.computedAt();
    }

    /**
     * The adoption curve of everything, a domain or a solution (at most one of them), with the per-domain and
     * per-solution rows.
     */
    public DiffusionView diffusion(Domain domain, UUID solutionId, DiffusionMeasure measure) {
        Map<String, Municipality> places = municipalities();
        Map<UUID, SolutionFacts> solutions = published(places);
        if (solutionId != null && !solutions.containsKey(solutionId)) {
            throw new NotFoundException("Solution", solutionId);
        }
        Instant now = clock.instant();
        Instant yearAgo = now.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        YearMonth until = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        List<Diffusion.Event> scoped = new ArrayList<>();
        Map<String, int[]> byDomain = new LinkedHashMap<>();
        Map<String, String> firstByDomain = new HashMap<>();
        Map<UUID, int[]> bySolution = new HashMap<>();
        Map<UUID, String> firstBySolution = new HashMap<>();
        for (AdoptionRecord r : adoptions.records()) {
            SolutionFacts s = solutions.get(r.solutionId());
            Municipality m = places.get(r.municipalityCode());
            if (s == null || m == null) {
                continue;
            }
            Instant inProduction = r.inProductionAt() == null && r.status() == AdoptionStatus.IN_PRODUCTION
                    ? r.startedAt() : r.inProductionAt();
            boolean inScope = solutionId != null ? s.id().equals(solutionId)
                    : domain == null || s.domains().contains(domain);
            if (inScope) {
                scoped.add(new Diffusion.Event(m.skrGroup().name(), r.startedAt(), inProduction));
            }
            String month = YearMonth.from(r.startedAt().atOffset(ZoneOffset.UTC)).toString();
            tally(bySolution.computeIfAbsent(s.id(), k -> new int[3]), inProduction, r.startedAt(), yearAgo);
            firstBySolution.merge(s.id(), month, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            for (Domain d : s.domains()) {
                tally(byDomain.computeIfAbsent(d.code(), k -> new int[3]), inProduction, r.startedAt(), yearAgo);
                firstByDomain.merge(d.code(), month, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        String scope = solutionId != null ? solutionId.toString() : domain != null ? domain.code() : "all";
        String label = solutionId != null ? solutions.get(solutionId).name() : domain != null ? domain.code() : null;
        DiffusionCurve curve = Diffusion.curve(scope, label, scoped, measure, until);
        List<DiffusionView.Row> domainRows = new ArrayList<>();
        for (Domain d : Domain.values()) {
            int[] t = byDomain.get(d.code());
            if (t != null) {
                domainRows.add(new DiffusionView.Row(d.code(), d.code(), t[0], t[1], t[2],
                        firstByDomain.get(d.code())));
            }
        }
        List<DiffusionView.Row> solutionRows = new ArrayList<>();
        bySolution.forEach((id, t) -> solutionRows.add(new DiffusionView.Row(id.toString(), solutions.get(id).name(),
                t[0], t[1], t[2], firstBySolution.get(id))));
        solutionRows.sort(Comparator.comparingInt(DiffusionView.Row::adoptions).reversed()
                .thenComparing(DiffusionView.Row::label));
        return new DiffusionView(curve, domainRows, solutionRows);
    }

    private static void tally(int[] counts, Instant inProduction, Instant startedAt, Instant yearAgo) {
        counts[0]++;
        if (inProduction != null) {
            counts[1]++;
        }
        if (!startedAt.isBefore(yearAgo)) {
            counts[2]++;
        }
    }

    /** Published solutions (a page of {@value #PAGE} per query), by id in publication order. */
    private Map<UUID, SolutionFacts> published(Map<String, Municipality> places) {
        Map<UUID, SolutionFacts> solutions = new LinkedHashMap<>();
        int page = 0;
        Page<Solution> batch;
        do {
            batch = catalog.publishedPage(page++, PAGE);
            for (Solution s : batch) {
                Municipality publisher = places.get(s.publisherCode());
                solutions.put(s.id(), SolutionFacts.of(s, publisher == null ? null : publisher.name()));
            }
        } while (batch.hasNext());
        return solutions;
    }

    private Map<String, Municipality> municipalities() {
        Map<String, Municipality> all = new HashMap<>();
        municipalities.findAllByOrderByNameAsc().forEach(m -> all.put(m.kommunkod(), m));
        return all;
    }
}
