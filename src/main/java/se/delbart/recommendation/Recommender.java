package se.delbart.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;

import se.delbart.catalog.Domain;
import se.delbart.catalog.IdealTypeFit;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.municipality.Municipality;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.Need;
import se.delbart.profile.Profiles;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionSearch;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;

/**
 * Ranks published solutions for a municipality: gathers its profile, its needs matched through the search port and
 * every municipality's profile, takes the shared in-memory catalogue and adoption statistics from
 * {@link RecommendationData}, selects a bounded set of candidates ({@link CandidateSelection}) and lets the
 * {@link Scorer} score and explain them. Reading follows the profile's visibility. Each ranking is timed
 * ({@code delbart.recommendation.latency}).
 */
@Service
public class Recommender {

    private static final Logger log = LoggerFactory.getLogger(Recommender.class);
    public static final int MAX_LIMIT = 50;

    private final SolutionCatalog catalog;
    private final Profiles profiles;
    private final SolutionSearch search;
    private final RecommendationData data;
    private final Scorer scorer;
    private final Clock clock;
    private final Timer latency;
    private final ThreadPoolTaskExecutor refresher = refresher();
    private final NeedMatches needMatches;

    Recommender(SolutionCatalog catalog, Profiles profiles, SolutionSearch search, RecommendationData data,
            RecommendationProperties properties, Clock clock, MeterRegistry meters) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.search = search;
        this.data = data;
        this.scorer = new Scorer(properties);
        this.clock = clock;
        this.latency = Timer.builder("delbart.recommendation.latency")
                .description("Time to rank recommendations for one municipality (after the access check)")
                .publishPercentileHistogram().register(meters);
        this.needMatches = new NeedMatches(search, Ticker.systemTicker(), refresher);
        ExecutorServiceMetrics.monitor(meters, refresher.getThreadPoolExecutor(), "need-match-refresh");
    }

    /** One daemon thread for the need matches' background refreshes; at most 1,000 wait, more are dropped. */
    private static ThreadPoolTaskExecutor refresher() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("need-match-refresh-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1_000);
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    @PreDestroy
    void stopRefreshing() {
        refresher.shutdown();
    }

    /** The best {@code limit} (1..50) published solutions for the municipality, with components and reasons. */
    public List<Recommendation> recommend(Actor actor, String kommunkod, int limit) {
        profiles.checkReadable(actor, kommunkod);
        int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
        return latency.record(() -> rank(kommunkod, bounded));
    }

    private List<Recommendation> rank(String kommunkod, int limit) {
        RecommendationData.Snapshot shared = data.current();
        Situation situation = situation(kommunkod, shared);
        return scorer.rank(situation, CandidateSelection.select(situation, shared.pool(), shared.adopted(), scorer), limit);
    }

    /**
     * What the ranking knows of the municipality: its own profile (as declared, even when private), its needs'
     * matches, and its peers' profiles as others may see them ({@link Profiles#allAsPeersOf}).
     */
    Situation situation(String kommunkod, RecommendationData.Snapshot shared) {
        Map<String, IdealTypeProfile> all = profiles.allAsPeersOf(kommunkod);
        IdealTypeProfile profile = all.get(kommunkod);
        Map<String, Map<IdealType, Double>> peerWeights = new HashMap<>();
        all.forEach((kod, p) -> peerWeights.put(kod, p.weights()));
        List<Situation.NeedMatch> needs = profiles.needsOf(kommunkod).stream()
                .map(need -> match(need, shared.catalogVersion())).toList();
        return new Situation(kommunkod, shared.municipalities().get(kommunkod).skrGroup().name(),
                profile.weights(), profile.capacity(), profile.competenceCeiling(), needs, peerWeights,
                shared.groups(), shared.usage(), clock.instant());
    }

    /**
     * Solutions like the given published one: text (more-like-this) and co-adoption. The visibility check is the
     * only database read (one short query); more-like-this runs after it, outside any transaction, so that no pooled
     * connection waits for the search engine (the class is not transactional: its reads open their own).
     */
    public List<SimilarSolution> similar(Actor actor, UUID solutionId, int limit) {
        catalog.checkViewable(actor, solutionId);
        int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
        RecommendationData.Snapshot shared = data.current();
        Map<UUID, Double> text = new HashMap<>();
        try {
            List<SearchResult.Hit> hits = search.moreLikeThis(solutionId, bounded * 3);
            double top = hits.isEmpty() ? 1 : Math.max(hits.get(0).score(), 1e-9f);
            hits.forEach(h -> text.put(h.id(), h.score() / top));
        } catch (SearchUnavailableException e) {
            log.warn("Similar solutions without text similarity: {}", e.getMessage());
        }
        UsageStats usage = shared.usage();
        Set<String> ownUsers = usage.activeUsers(solutionId);
        Map<UUID, Integer> both = new HashMap<>();
        for (String kod : ownUsers) {
            usage.uses(kod).forEach(id -> both.merge(id, 1, Integer::sum));
        }
        both.remove(solutionId);
        Map<UUID, Double> co = new HashMap<>();
        both.forEach((id, n) -> co.put(id, (double) n / ownUsers.size()));
        Set<UUID> ids = new HashSet<>(text.keySet());
        ids.addAll(co.keySet());
        List<SimilarSolution> similar = new ArrayList<>();
        for (UUID id : ids) {
            Candidate s = shared.pool().get(id);
            if (s == null) {
                continue;
            }
            double t = text.getOrDefault(id, 0.0);
            double c = co.getOrDefault(id, 0.0);
            List<Reason> reasons = new ArrayList<>();
            if (t >= 0.3) {
                reasons.add(new Reason("similar-text", "Liknar den till innehållet", "Similar in content", false));
            }
            if (c > 0) {
                int n = both.get(id);
                reasons.add(new Reason("co-adoption", "Används av " + n + " av de kommuner som använder den här",
                        "Used by " + n + " of the municipalities that use this one", false));
            }
            similar.add(new SimilarSolution(id, s.name(), s.summary(), s.publisherCode(), s.publisherName(),
                    Scorer.round(0.7 * t + 0.3 * c), Scorer.round(t), Scorer.round(c), reasons));
        }
        similar.sort(Comparator.comparingDouble(SimilarSolution::score).reversed().thenComparing(SimilarSolution::name));
        return similar.subList(0, Math.min(bounded, similar.size()));
    }

    /**
     * The published solutions a need's text matches, by the same rule that makes "Matchar ert behov" (telling words,
     * a threshold): e.g. for national views of what municipalities ask for. Empty while the search engine is down.
     */
    public Set<UUID> solutionsMatching(String needText) {
        try {
            return Set.copyOf(needMatches.hits(needText, data.catalogVersion()).keySet());
        } catch (SearchUnavailableException e) {
            log.warn("Need '{}' not matched: {}", needText, e.getMessage());
            return Set.of();
        }
    }

    /** A need's text against the search port, through the {@link NeedMatches} kept between requests. */
    private Situation.NeedMatch match(Need need, long catalogVersion) {
        Map<UUID, NeedMatcher.Hit> hits = Map.of();
        try {
            hits = needMatches.hits(need.text(), catalogVersion);
        } catch (SearchUnavailableException e) {
            // the domains still match; the text does not until the search engine is back
            log.warn("Need '{}' matched by domain only: {}", need.text(), e.getMessage());
        }
        return new Situation.NeedMatch(need.text(), need.domains(), hits);
    }

    static Candidate candidate(Solution s, Municipality publisher) {
        SolutionDetails d = s.details();
        Set<String> domains = new HashSet<>();
        d.domains().stream().map(Domain::code).forEach(domains::add);
        Set<IdealType> types = EnumSet.noneOf(IdealType.class);
        d.fit().idealTypes().stream().map(IdealTypeFit::type).forEach(types::add);
        Integer adaptation = d.effort().adaptationDays() == null ? null : d.effort().adaptationDays().max();
        return new Candidate(s.id(), s.name(), s.summary(), s.publisherCode(),
                publisher == null ? s.publisherCode() : publisher.name(), domains, types,
                d.fit().competenceNeeded(), s.effortLevel(), adaptation, d.status(), d.origin(), d.effort().support(),
                d.benefit().citizen() != null, s.updatedAt());
    }
}
