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

    static final CandidatePool EMPTY = new CandidatePool(List.of(), Instant.EPOCH);

    private record Key(Set<IdealType> suited, CompetenceNeeded competence, EffortLevel effort, boolean light,
            boolean inProduction, boolean supported, int recency, boolean citizen, boolean crossDepartment,
            String domain) {
    }

    /** Alike solutions in one domain ({@code null}: no domain), by name then id (the ranking's tie-break). */
    record Group(Candidate representative, String domain, List<Candidate> members) {
    }

    private final Map<UUID, Candidate> byId;
    private final List<Group> groups;
    private final Instant builtAt;

    CandidatePool(Collection<Candidate> candidates, Instant now) {
        this.builtAt = now;
        Map<UUID, Candidate> ids = new HashMap<>();
        Map<Key, List<Candidate>> grouped = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            ids.put(c.id(), c);
            for (String domain : c.domains().isEmpty() ? java.util.Collections.<String>singleton(null) : c.domains()) {
                grouped.computeIfAbsent(key(c, domain, now), k -> new ArrayList<>()).add(c);
            }
        }
        this.byId = Map.copyOf(ids);
        List<Group> list = new ArrayList<>(grouped.size());
        Comparator<Candidate> order = Comparator.comparing(Candidate::name).thenComparing(Candidate::id);
        grouped.forEach((key, members) -> {
            members.sort(order);
            list.add(new Group(members.get(0), key.domain(), List.copyOf(members)));
        });
        this.groups = List.copyOf(list);
    }

    private static Key key(Candidate c, String domain, Instant now) {
        long days = c.updatedAt() == null ? Long.MAX_VALUE : Duration.between(c.updatedAt(), now).toDays();
        boolean light = c.adaptationMaxDays() != null ? c.adaptationMaxDays() <= 5 : c.effortLevel() == EffortLevel.LOW;
        return new Key(Set.copyOf(c.suitedTypes()), c.competence(), c.effortLevel(), light,
                c.maturity() == Maturity.IN_PRODUCTION, Scorer.supported(c), days <= 365 ? 0 : days <= 730 ? 1 : 2,
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
        record Ranked(Group group, boolean beyond, double score) {
        }
        List<Ranked> ranked = new ArrayList<>(groups.size());
        for (Group g : groups) {
            Candidate rep = g.representative();
            ranked.add(new Ranked(g, Scorer.beyondCapacity(situation.competenceCeiling(), rep.competence()),
                    scorer.staticScore(situation, rep, g.domain() != null && needDomains.contains(g.domain()))));
        }
        ranked.sort(Comparator.comparing(Ranked::beyond).thenComparing(Comparator.comparingDouble(Ranked::score).reversed()));
        Set<UUID> adopted = situation.usage().adopted(situation.kommunkod());
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        for (Ranked r : ranked) {
            for (Candidate c : r.group().members()) {
                if (!c.publisherCode().equals(situation.kommunkod()) && !adopted.contains(c.id())) {
                    best.putIfAbsent(c.id(), c);
                    if (best.size() >= n) {
                        return new ArrayList<>(best.values());
                    }
                }
            }
        }
        return new ArrayList<>(best.values());
    }
}
