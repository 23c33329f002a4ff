package se.delbart.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * Candidate generation: a bounded set (a few hundred) of published solutions worth scoring, so a ranking costs the
 * same at 100 or 100 000 solutions. The union of
 * <ol>
 * <li>what the needs' texts matched through the search port (at most {@link Recommender#NEED_HITS} per need);</li>
 * <li>the {@link #STATIC} best by the part of the score that needs no adoptions ({@link CandidatePool#best}: profile
 * fit, feasibility, maintenance, need domains, type-aware adjustments) — exact for solutions nobody has adopted;</li>
 * <li>the {@link #PEERS} most run in production by its SKR group or by municipalities with a similar profile;</li>
 * <li>the {@link #CO_ADOPTED} most used by the municipalities that use what it uses;</li>
 * <li>the {@link #POPULAR} with most active adopters overall;</li>
 * <li>what it uses itself (partners for the strategic pairing; never recommended).</li>
 * </ol>
 * The {@link Scorer} then scores only these with every component and reason.
 */
final class CandidateSelection {

    static final int STATIC = 300;
    static final int PEERS = 150;
    static final int CO_ADOPTED = 150;
    static final int POPULAR = 100;

    private CandidateSelection() {
    }

    static List<Candidate> select(Situation situation, CandidatePool pool, Scorer scorer) {
        String target = situation.kommunkod();
        UsageStats usage = situation.usage();
        Set<UUID> adopted = usage.adopted(target);
        Map<UUID, Candidate> selected = new LinkedHashMap<>();
        for (Situation.NeedMatch need : situation.needs()) {
            need.textScores().keySet().forEach(id -> add(pool, selected, id));
        }
        pool.best(situation, scorer, STATIC).forEach(c -> selected.putIfAbsent(c.id(), c));

        Map<String, Double> similar = Scorer.similarPeers(situation, scorer.weights().similarProfile());
        Map<UUID, int[]> peers = new HashMap<>();
        for (String kod : usage.producingMunicipalities()) {
            if (!kod.equals(target) && (situation.skrGroup().equals(situation.groups().get(kod))
                    || similar.containsKey(kod))) {
                usage.produces(kod).forEach(id -> peers.computeIfAbsent(id, k -> new int[1])[0]++);
            }
        }
        top(peers, adopted, PEERS).forEach(id -> add(pool, selected, id));

        Map<UUID, int[]> co = new HashMap<>();
        for (UUID used : usage.uses(target)) {
            for (String kod : usage.activeUsers(used)) {
                if (!kod.equals(target)) {
                    usage.uses(kod).forEach(id -> co.computeIfAbsent(id, k -> new int[1])[0]++);
                }
            }
        }
        top(co, adopted, CO_ADOPTED).forEach(id -> add(pool, selected, id));

        int popular = 0;
        for (UUID id : usage.popular()) {
            if (popular >= POPULAR) {
                break;
            }
            Candidate c = pool.get(id);
            if (c != null && !adopted.contains(id) && !c.publisherCode().equals(target)) {
                selected.putIfAbsent(id, c);
                popular++;
            }
        }
        usage.uses(target).forEach(id -> add(pool, selected, id));
        return new ArrayList<>(selected.values());
    }

    private static void add(CandidatePool pool, Map<UUID, Candidate> selected, UUID id) {
        Candidate c = pool.get(id);
        if (c != null) {
            selected.putIfAbsent(id, c);
        }
    }

    /** The {@code n} ids with the highest counts (ties: smaller id), leaving out what is already adopted. */
    static List<UUID> top(Map<UUID, int[]> counts, Set<UUID> adopted, int n) {
        Comparator<Map.Entry<UUID, int[]>> worstFirst = Comparator
                .comparingInt((Map.Entry<UUID, int[]> e) -> e.getValue()[0])
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        PriorityQueue<Map.Entry<UUID, int[]>> heap = new PriorityQueue<>(n + 1, worstFirst);
        for (Map.Entry<UUID, int[]> e : counts.entrySet()) {
            if (adopted.contains(e.getKey())) {
                continue;
            }
            heap.add(e);
            if (heap.size() > n) {
                heap.poll();
            }
        }
        List<UUID> ids = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            ids.add(heap.poll().getKey());
        }
        java.util.Collections.reverse(ids);
        return ids;
    }
}
