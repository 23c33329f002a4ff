package se.delbart.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Maturity;
import se.delbart.shared.IdealType;

/**
 * Every published solution as a {@link Candidate}, grouped by what {@link Scorer#staticScore} depends on (suited types,
 * competence, effort, light to adapt, in production, supported, recency, citizen benefit, several domains) and by
 * domain. Solutions in one group score alike for any municipality before needs' texts and adoptions count, so one
 * score per group ranks the whole catalogue: {@link #best} is exact for that part and costs the number of groups (a
 * few thousand), not the number of solutions. Immutable; rebuilt when the catalogue changes.
 */
final class CandidatePool {

    static final CandidatePool EMPTY = new CandidatePool(List.of(), Instant.EPOCH, false);

    private record Key(Set<IdealType> suited, CompetenceNeeded competence, EffortLevel effort, boolean light,
            boolean inProduction, boolean supported, int recency, boolean citizen, boolean crossDepartment,
            String domain) {
    }

    /**
     * Alike solutions in one domain ({@code null}: no domain), by name then id (the ranking's tie-break), and the facts
     * their static score depends on, as numbers ({@code -1}: not stated).
     */
    record Group(Candidate representative, String domain, List<Candidate> members, int suitedMask, int competence,
            int effort, boolean proven, boolean citizen, boolean crossDepartment, double maintenance) {
    }

    private final Map<UUID, Candidate> byId;
    private final List<Group> groups;
    private final Instant builtAt;

    /** A pool of the whole catalogue. */
    CandidatePool(Collection<Candidate> candidates, Instant now) {
        this(candidates, now, false);
    }

    /**
     * {@code provenByAdoption}: every candidate given runs in production somewhere, which counts as proven for the
     * pragmatic adjustment whatever its own maturity (the pool of solutions with adopters, see {@link CandidateSelection}).
     */
    CandidatePool(Collection<Candidate> candidates, Instant now, boolean provenByAdoption) {
        this.builtAt = now;
        Map<UUID, Candidate> ids = new HashMap<>();
        Map<Key, List<Candidate>> grouped = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            ids.put(c.id(), c);
            for (String domain : c.domains().isEmpty() ? java.util.Collections.<String>singleton(null) : c.domains()) {
                grouped.computeIfAbsent(key(c, domain, now, provenByAdoption), k -> new ArrayList<>()).add(c);
            }
        }
        this.byId = Map.copyOf(ids);
        List<Group> list = new ArrayList<>(grouped.size());
        Comparator<Candidate> order = Comparator.comparing(Candidate::name).thenComparing(Candidate::id);
        Situation at = new Situation("", "", Map.of(), null, null, List.of(), Map.of(), Map.of(), UsageStats.EMPTY, now);
        grouped.forEach((key, members) -> {
            members.sort(order);
            Candidate rep = members.get(0);
            int mask = 0;
            for (IdealType t : rep.suitedTypes()) {
                mask |= 1 << t.ordinal();
            }
            list.add(new Group(rep, key.domain(), List.copyOf(members), mask,
                    rep.competence() == null ? -1 : rep.competence().ordinal(),
                    rep.effortLevel() == null ? -1 : rep.effortLevel().ordinal(), Scorer.pragmaticFriendly(rep, provenByAdoption ? 1 : 0),
                    rep.citizenBenefit(), rep.domains().size() >= 2, Scorer.maintenance(at, rep)));
        });
        this.groups = List.copyOf(list);
    }

    private static Key key(Candidate c, String domain, Instant now, boolean provenByAdoption) {
        long days = c.updatedAt() == null ? Long.MAX_VALUE : Duration.between(c.updatedAt(), now).toDays();
        boolean light = c.adaptationMaxDays() != null ? c.adaptationMaxDays() <= 5 : c.effortLevel() == EffortLevel.LOW;
        return new Key(Set.copyOf(c.suitedTypes()), c.competenceForAdopter(), c.effortLevel(), light,
                provenByAdoption || c.maturity() == Maturity.IN_PRODUCTION, Scorer.supported(c), days <= 365 ? 0 : days <= 730 ? 1 : 2,
                c.citizenBenefit(), c.domains().size() >= 2, domain);
    }

    Candidate get(UUID id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    int groups() {
        return groups.size();
    }

    Instant builtAt() {
        return builtAt;
    }

    Collection<Candidate> all() {
        return byId.values();
    }

    /**
     * The {@code n} best solutions by {@link Scorer#staticScore} (those needing competence beyond the municipality's
     * capacity last), leaving out what it publishes or has adopted.
     */
    List<Candidate> best(Situation situation, Scorer scorer, int n) {
        Set<String> needDomains = new HashSet<>();
        situation.needs().forEach(need -> needDomains.addAll(need.domains()));
        // sort keys: capacity beyond the ceiling, then the score as the ranking rounds it (best first), then the group
        long[] keys = new long[groups.size()];
        StaticScores scores = new StaticScores(situation, scorer.weights());
        for (int g = 0; g < keys.length; g++) {
            Group group = groups.get(g);
            double score = scores.of(group, group.domain() != null && needDomains.contains(group.domain()));
            keys[g] = (scores.beyond(group) ? 1L << 62 : 0) | ((30_000L - Math.round(score * 10_000)) << 24) | g;
        }
        keys = smallestSorted(keys, 2 * n + 64);
        Set<UUID> adopted = situation.usage().adopted(situation.kommunkod());
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        // groups that score alike (as the ranking rounds) form one level; within a level, by name then id, as the
        // ranking breaks ties: a k-way merge of the groups' sorted members, stopped at n
        int i = 0;
        while (i < keys.length && best.size() < n) {
            int j = i;
            while (j < keys.length && keys[j] >>> 24 == keys[i] >>> 24) {
                j++;
            }
            record Cursor(List<Candidate> members, int at) {
                Candidate head() {
                    return members.get(at);
                }
            }
            java.util.PriorityQueue<Cursor> merge = new java.util.PriorityQueue<>(
                    Comparator.comparing((Cursor c) -> c.head().name()).thenComparing(c -> c.head().id()));
            for (int k = i; k < j; k++) {
                merge.add(new Cursor(groups.get((int) (keys[k] & 0xFFFFFF)).members(), 0));
            }
            while (!merge.isEmpty() && best.size() < n) {
                Cursor cursor = merge.poll();
                Candidate c = cursor.head();
                if (!c.publisherCode().equals(situation.kommunkod()) && !adopted.contains(c.id())) {
                    best.putIfAbsent(c.id(), c);
                }
                if (cursor.at() + 1 < cursor.members().size()) {
                    merge.add(new Cursor(cursor.members(), cursor.at() + 1));
                }
            }
            i = j;
        }
        return new ArrayList<>(best.values());
    }

    /**
     * {@link Scorer#staticScore} for a group from its precomputed facts and per-request tables, a few array reads per
     * group (the pool has thousands); {@code CandidateSelectionTest} checks it gives the same numbers.
     */
    static final class StaticScores {
        private final double[] fit = new double[8];
        private final double[] competence = new double[5];
        private final boolean[] beyond = new boolean[5];
        private final double[] effort = new double[4];
        private final double need;
        private final double fitWeight;
        private final double feasibilityWeight;
        private final double maintenanceWeight;
        private final double pragmatic;
        private final double operational;

        StaticScores(Situation situation, RecommendationProperties weights) {
            for (int mask = 0; mask < 8; mask++) {
                for (IdealType t : IdealType.values()) {
                    if ((mask & 1 << t.ordinal()) != 0) {
                        fit[mask] += situation.weight(t);
                    }
                }
            }
            for (int c = -1; c < CompetenceNeeded.values().length; c++) {
                CompetenceNeeded needed = c < 0 ? null : CompetenceNeeded.values()[c];
                competence[c + 1] = Scorer.competenceFactor(situation.competenceCeiling(), needed);
                beyond[c + 1] = Scorer.beyondCapacity(situation.competenceCeiling(), needed);
            }
            for (int e = -1; e < EffortLevel.values().length; e++) {
                effort[e + 1] = Scorer.effortFactor(situation.capacity(), e < 0 ? null : EffortLevel.values()[e]);
            }
            need = weights.componentWeight(Component.NEED) * 0.25;
            fitWeight = weights.componentWeight(Component.IDEAL_TYPE_FIT);
            feasibilityWeight = weights.componentWeight(Component.FEASIBILITY);
            maintenanceWeight = weights.componentWeight(Component.MAINTENANCE);
            pragmatic = weights.pragmaticAdjustment() * situation.weight(IdealType.PRAGMATIC);
            operational = weights.operationalAdjustment() * situation.weight(IdealType.OPERATIONAL) * 0.5;
        }

        double of(Group g, boolean needDomain) {
            return (needDomain ? need : 0) + fitWeight * fit[g.suitedMask()]
                    + feasibilityWeight * competence[g.competence() + 1] * effort[g.effort() + 1]
                    + maintenanceWeight * g.maintenance() + (g.proven() ? pragmatic : 0)
                    + (g.citizen() ? operational : 0) + (g.crossDepartment() ? operational : 0);
        }

        boolean beyond(Group g) {
            return beyond[g.competence() + 1];
        }
    }

    /**
     * The {@code m} smallest keys, sorted, plus every other key of the last one's level (tied groups must all be
     * merged by name): a quickselect and a small sort instead of sorting thousands of groups per request.
     */
    static long[] smallestSorted(long[] keys, int m) {
        if (m >= keys.length) {
            java.util.Arrays.sort(keys);
            return keys;
        }
        int lo = 0;
        int hi = keys.length - 1;
        int k = m - 1;
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = keys[i];
                    keys[i++] = keys[j];
                    keys[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        long[] head = java.util.Arrays.copyOf(keys, m);
        java.util.Arrays.sort(head);
        long level = head[m - 1] >>> 24;
        int extra = 0;
        for (int i = m; i < keys.length; i++) {
            if (keys[i] >>> 24 == level) {
                extra++;
            }
        }
        if (extra == 0) {
            return head;
        }
        long[] withTies = java.util.Arrays.copyOf(head, m + extra);
        for (int i = m, at = m; i < keys.length; i++) {
            if (keys[i] >>> 24 == level) {
                withTies[at++] = keys[i];
            }
        }
        java.util.Arrays.sort(withTies);
        return withTies;
    }

    List<Group> groupList() {
        return groups;
    }
}
