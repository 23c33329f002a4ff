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
 * fit, feasibility, maintenance, need domains, type-aware adjustments) — exact for solutions nobody has adopted — and
 * the {@link #STATIC} best of that kind among solutions in production somewhere, counted as proven
 * ({@link #adoptedPool});</li>
 * <li>the {@link #PEERS} most run in production by its SKR group or by municipalities with a similar profile;</li>
 * <li>the {@link #CO_ADOPTED} most used by its {@link #NEIGHBOURS} neighbours, the municipalities that share most of
 * what it uses (the candidates the CO_ADOPTION component can reward);</li>
 * <li>the {@link #POPULAR} with most active adopters overall;</li>
 * <li>what it uses itself (partners for the strategic pairing; never recommended).</li>
 * </ol>
 * The {@link Scorer} then scores only these with every component and reason.
 */
final class CandidateSelection {

    static final int STATIC = 150;
    static final int PEERS = 100;
    static final int CO_ADOPTED = 100;
    static final int POPULAR = 50;
    /** How many of the municipalities sharing most of what it uses count for co-adoption candidates. */
    static final int NEIGHBOURS = 30;

    private CandidateSelection() {
    }

    static List<Candidate> select(Situation situation, CandidatePool pool, Scorer scorer) {
        return select(situation, pool, CandidatePool.EMPTY, scorer);
    }

    /** {@code proven}: the pool of solutions running in production somewhere ({@link #adoptedPool}). */
    static List<Candidate> select(Situation situation, CandidatePool pool, CandidatePool proven, Scorer scorer) {
        String target = situation.kommunkod();
        UsageStats usage = situation.usage();
        Set<UUID> adopted = usage.adopted(target);
        Map<UUID, Candidate> selected = new LinkedHashMap<>();
        for (Situation.NeedMatch need : situation.needs()) {
            need.hits().keySet().forEach(id -> add(pool, selected, id));
        }
        pool.best(situation, scorer, STATIC).forEach(c -> selected.putIfAbsent(c.id(), c));
        proven.best(situation, scorer, STATIC).forEach(c -> selected.putIfAbsent(c.id(), c));

        Map<String, Double> similar = Scorer.similarPeers(situation, scorer.weights().similarProfile());
        Counter peers = new Counter(usage.numberedSolutions());
        for (String kod : usage.producingMunicipalities()) {
            if (!kod.equals(target) && (situation.skrGroup().equals(situation.groups().get(kod))
                    || similar.containsKey(kod))) {
                peers.addAll(usage.producesNumbers(kod));
            }
        }
        peers.top(usage, adopted, PEERS).forEach(id -> add(pool, selected, id));

        // co-adoption: the municipalities sharing most of what it uses (its neighbours), and what they use
        // (each shared solution counts 1 / its other users: the CO_ADOPTION share a neighbour can give)
        Map<String, double[]> overlap = new HashMap<>();
        for (UUID used : usage.uses(target)) {
            Set<String> users = usage.activeUsers(used);
            int others = users.contains(target) ? users.size() - 1 : users.size();
            for (String kod : users) {
                if (!kod.equals(target)) {
                    overlap.computeIfAbsent(kod, k -> new double[1])[0] += 1.0 / others;
                }
            }
        }
        List<String> neighbours = overlap.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(NEIGHBOURS).map(Map.Entry::getKey).toList();
        Counter co = new Counter(usage.numberedSolutions());
        neighbours.forEach(kod -> co.addAll(usage.usesNumbers(kod)));
        co.top(usage, adopted, CO_ADOPTED).forEach(id -> add(pool, selected, id));

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

    /** The pool of published solutions running in production somewhere (rebuilt when adoptions change). */
    static CandidatePool adoptedPool(CandidatePool pool, UsageStats usage, java.time.Instant now) {
        List<Candidate> proven = new ArrayList<>();
        for (String kod : usage.producingMunicipalities()) {
            for (UUID id : usage.produces(kod)) {
                Candidate c = pool.get(id);
                if (c != null) {
                    proven.add(c);
                }
            }
        }
        return new CandidatePool(new java.util.LinkedHashSet<>(proven), now, true);
    }

    private static void add(CandidatePool pool, Map<UUID, Candidate> selected, UUID id) {
        Candidate c = pool.get(id);
        if (c != null) {
            selected.putIfAbsent(id, c);
        }
    }

    /** Counts per solution number; remembers which numbers it touched, so finding the top costs only those. */
    static final class Counter {
        private final int[] counts;
        private int[] touched = new int[64];
        private int touchedSize;

        Counter(int solutions) {
            counts = new int[solutions];
        }

        void addAll(int[] numbers) {
            for (int n : numbers) {
                if (counts[n]++ == 0) {
                    if (touchedSize == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, touchedSize * 2);
                    }
                    touched[touchedSize++] = n;
                }
            }
        }

        int count(int number) {
            return counts[number];
        }

        /** The {@code n} solutions counted most (ties: smaller number), leaving out what is already adopted. */
        List<UUID> top(UsageStats usage, Set<UUID> adopted, int n) {
            Comparator<Integer> worstFirst = Comparator.comparingInt((Integer k) -> counts[k])
                    .thenComparing(Comparator.reverseOrder());
            PriorityQueue<Integer> heap = new PriorityQueue<>(n + 1, worstFirst);
            for (int i = 0; i < touchedSize; i++) {
                int k = touched[i];
                if (heap.size() >= n && worstFirst.compare(k, heap.peek()) <= 0) {
                    continue;
                }
                if (adopted.contains(usage.solutionNumbered(k))) {
                    continue;
                }
                heap.add(k);
                if (heap.size() > n) {
                    heap.poll();
                }
            }
            List<UUID> ids = new ArrayList<>(heap.size());
            while (!heap.isEmpty()) {
                ids.add(usage.solutionNumbered(heap.poll()));
            }
            java.util.Collections.reverse(ids);
            return ids;
        }
    }
}
