package se.delbart.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.profile.Capacity;
import se.delbart.shared.IdealType;

/**
 * Everything known about the municipality recommendations are for, and about its peers: plain values, gathered by
 * {@link Recommender}, scored by {@link Scorer}.
 *
 * @param peerWeights profile weights of every municipality (declared or estimated)
 * @param groups SKR group code of every municipality
 * @param usage who uses what (aggregated from all adoptions)
 */
record Situation(String kommunkod, String skrGroup, Map<IdealType, Double> weights, Capacity capacity,
        CompetenceNeeded competenceCeiling, List<NeedMatch> needs, Map<String, Map<IdealType, Double>> peerWeights,
        Map<String, String> groups, UsageStats usage, Instant now) {

    /** The same from a plain list of adoptions (tests, evaluation). */
    Situation(String kommunkod, String skrGroup, Map<IdealType, Double> weights, Capacity capacity,
            CompetenceNeeded competenceCeiling, List<NeedMatch> needs, Map<String, Map<IdealType, Double>> peerWeights,
            Map<String, String> groups, List<Usage> usages, Instant now) {
        this(kommunkod, skrGroup, weights, capacity, competenceCeiling, needs, peerWeights, groups,
                UsageStats.of(usages), now);
    }

    /**
     * A declared need and the solutions its text matched ({@link NeedMatcher}): strength 0..1 (best match 1) and the
     * need's words each one holds.
     */
    record NeedMatch(String text, Set<String> domains, Map<UUID, NeedMatcher.Hit> hits) {

        /** A need whose matches carry strengths only (tests, evaluation). */
        static NeedMatch ofScores(String text, Set<String> domains, Map<UUID, Double> scores) {
            Map<UUID, NeedMatcher.Hit> hits = new java.util.HashMap<>();
            scores.forEach((id, score) -> hits.put(id, new NeedMatcher.Hit(score, List.of())));
            return new NeedMatch(text, domains, hits);
        }
    }

    double weight(IdealType type) {
        return weights.getOrDefault(type, 0.0);
    }
}
