package se.delbart.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Domain;
import se.delbart.catalog.IdealTypeFit;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.Need;
import se.delbart.profile.Profiles;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchSort;
import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionSearch;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;

/**
 * Gathers what the {@link Scorer} needs (published solutions, adoptions, every municipality's profile, the
 * municipality's needs matched through the search port) and ranks. Reading follows the profile's visibility.
 */
@Service
@Transactional(readOnly = true)
public class Recommender {

    private static final Logger log = LoggerFactory.getLogger(Recommender.class);
    public static final int MAX_LIMIT = 50;
    static final int NEED_HITS = 100;
    private static final Set<AdoptionStatus> ACTIVE = EnumSet.of(AdoptionStatus.PLANNING, AdoptionStatus.IMPLEMENTING,
            AdoptionStatus.IN_PRODUCTION);

    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final Profiles profiles;
    private final Municipalities municipalities;
    private final SolutionSearch search;
    private final Scorer scorer;
    private final Clock clock;

    Recommender(SolutionCatalog catalog, AdoptionRegistry adoptions, Profiles profiles, Municipalities municipalities,
            SolutionSearch search, RecommendationProperties properties, Clock clock) {
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.profiles = profiles;
        this.municipalities = municipalities;
        this.search = search;
        this.scorer = new Scorer(properties);
        this.clock = clock;
    }

    /** The best {@code limit} (1..50) published solutions for the municipality, with components and reasons. */
    public List<Recommendation> recommend(Actor actor, String kommunkod, int limit) {
        profiles.checkReadable(actor, kommunkod);
        int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
        Map<String, Municipality> all = new LinkedHashMap<>();
        municipalities.findAllByOrderByNameAsc().forEach(m -> all.put(m.kommunkod(), m));
        Municipality target = all.get(kommunkod);
        IdealTypeProfile profile = profiles.profileOf(kommunkod);
        Map<String, Map<IdealType, Double>> peerWeights = new HashMap<>();
        profiles.all().forEach((kod, p) -> peerWeights.put(kod, p.weights()));
        Map<String, String> groups = new HashMap<>();
        all.values().forEach(m -> groups.put(m.kommunkod(), m.skrGroup().name()));
        List<Situation.NeedMatch> needs = profiles.needsOf(kommunkod).stream().map(this::match).toList();
        Situation situation = new Situation(kommunkod, target.skrGroup().name(), profile.weights(),
                profile.capacity(), profile.competenceCeiling(), needs, peerWeights, groups, usages(), clock.instant());
        return scorer.rank(situation, candidates(all), bounded);
    }

    /** Solutions like the given published one: text (more-like-this) and co-adoption. */
    public List<SimilarSolution> similar(Actor actor, UUID solutionId, int limit) {
        catalog.get(actor, solutionId);
        int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
        Map<UUID, Double> text = new HashMap<>();
        try {
            List<SearchResult.Hit> hits = search.moreLikeThis(solutionId, bounded * 3);
            double top = hits.isEmpty() ? 1 : Math.max(hits.get(0).score(), 1e-9f);
            hits.forEach(h -> text.put(h.id(), h.score() / top));
        } catch (SearchUnavailableException e) {
            log.warn("Similar solutions without text similarity: {}", e.getMessage());
        }
        Map<UUID, Set<String>> users = new HashMap<>();
        for (Usage u : usages()) {
            if (u.active()) {
                users.computeIfAbsent(u.solutionId(), k -> new HashSet<>()).add(u.kommunkod());
            }
        }
        Set<String> ownUsers = users.getOrDefault(solutionId, Set.of());
        Map<UUID, Double> co = new HashMap<>();
        if (!ownUsers.isEmpty()) {
            users.forEach((id, who) -> {
                long both = who.stream().filter(ownUsers::contains).count();
                if (both > 0 && !id.equals(solutionId)) {
                    co.put(id, (double) both / ownUsers.size());
                }
            });
        }
        Set<UUID> ids = new HashSet<>(text.keySet());
        ids.addAll(co.keySet());
        Map<String, String> names = new HashMap<>();
        municipalities.findAllByOrderByNameAsc().forEach(m -> names.put(m.kommunkod(), m.name()));
        List<SimilarSolution> similar = new ArrayList<>();
        for (UUID id : ids) {
            var solution = catalog.findPublished(id);
            if (solution.isEmpty()) {
                continue;
            }
            Solution s = solution.get();
            double t = text.getOrDefault(id, 0.0);
            double c = co.getOrDefault(id, 0.0);
            List<Reason> reasons = new ArrayList<>();
            if (t >= 0.3) {
                reasons.add(new Reason("similar-text", "Liknar den till innehållet", "Similar in content", false));
            }
            if (c > 0) {
                long n = Math.round(c * ownUsers.size());
                reasons.add(new Reason("co-adoption", "Används av " + n + " av de kommuner som använder den här",
                        "Used by " + n + " of the municipalities that use this one", false));
            }
            similar.add(new SimilarSolution(id, s.name(), s.summary(), s.publisherCode(),
                    names.getOrDefault(s.publisherCode(), s.publisherCode()), Scorer.round(0.7 * t + 0.3 * c),
                    Scorer.round(t), Scorer.round(c), reasons));
        }
        similar.sort(Comparator.comparingDouble(SimilarSolution::score).reversed().thenComparing(SimilarSolution::name));
        return similar.subList(0, Math.min(bounded, similar.size()));
    }

    private Situation.NeedMatch match(Need need) {
        Map<UUID, Double> scores = new HashMap<>();
        try {
            SearchResult result = search.search(new SearchQuery(need.text(), Map.of(), SearchSort.RELEVANCE, 0,
                    NEED_HITS));
            double top = result.hits().isEmpty() ? 1 : Math.max(result.hits().get(0).score(), 1e-9f);
            result.hits().forEach(h -> scores.put(h.id(), h.score() / top));
        } catch (SearchUnavailableException e) {
            // the domains still match; the text does not until the search engine is back
            log.warn("Need '{}' matched by domain only: {}", need.text(), e.getMessage());
        }
        return new Situation.NeedMatch(need.text(), need.domains(), scores);
    }

    private List<Usage> usages() {
        return adoptions.all().stream().map(a -> new Usage(a.solutionId(), a.municipalityCode(),
                a.status() == AdoptionStatus.IN_PRODUCTION, ACTIVE.contains(a.status()))).toList();
    }

    private List<Candidate> candidates(Map<String, Municipality> municipalities) {
        List<Candidate> candidates = new ArrayList<>();
        int page = 0;
        Page<Solution> solutions;
        do {
            solutions = catalog.publishedPage(page++, 500);
            for (Solution s : solutions) {
                candidates.add(candidate(s, municipalities.get(s.publisherCode())));
            }
        } while (solutions.hasNext());
        return candidates;
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
