package se.delbart.recommendation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
import se.delbart.catalog.SupportModel;
import se.delbart.profile.Capacity;
import se.delbart.shared.IdealType;

/**
 * Scores and explains candidates for one municipality, in plain Java. Each {@link Component} is computed as
 * documented on its method; the score is their weighted sum plus the type-aware adjustments from the study. What
 * the municipality publishes or has already adopted is left out; solutions needing more competence than it has
 * rank after all others.
 */
final class Scorer {

    static final int PEER_GROUP_SATURATION = 2;
    static final int PEER_TOTAL_SATURATION = 20;
    static final double EMPIRICAL_SATURATION = 3;
    static final double REASON_THRESHOLD = 0.3;
    /** Matches shown per declared need in "För era behov". */
    static final int PER_NEED = 3;
    static final double ADJUSTMENT_REASON_THRESHOLD = 0.02;

    private final RecommendationProperties weights;

    Scorer(RecommendationProperties weights) {
        this.weights = weights;
    }

    /**
     * The best {@code limit} recommendations. First "För era behov": for each declared need, in the order declared,
     * its {@value #PER_NEED} best-scoring matches (a solution under the need it matches best; none beyond the
     * municipality's capacity), so that an answer to its own need is never pushed down by light solutions for other
     * needs. Then "Fler som passar er": the rest, best first.
     */
    List<Recommendation> rank(Situation situation, List<Candidate> candidates, int limit) {
        Index index = new Index(situation, candidates, weights.similarProfile());
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.publisherCode().equals(situation.kommunkod()) || index.targetAdopted.contains(c.id())) {
                continue;
            }
            scored.add(base(situation, index, c));
        }
        // strategic pairing looks at what it uses and at the strongest other candidates
        List<Candidate> partners = new ArrayList<>(index.targetUses.stream().map(index.byId::get)
                .filter(java.util.Objects::nonNull).toList());
        scored.stream().sorted(Comparator.comparingDouble(Scored::base).reversed()).limit(10)
                .forEach(s -> partners.add(s.candidate));

        List<Recommendation> forNeeds = forNeeds(situation, index, scored, partners, limit);
        Set<UUID> placed = new HashSet<>();
        forNeeds.forEach(r -> placed.add(r.solutionId()));
        List<Recommendation> all = new ArrayList<>(forNeeds);
        all.addAll(rest(situation, index, scored.stream().filter(s -> !placed.contains(s.candidate.id())).toList(),
                partners, limit - forNeeds.size()));
        return all.subList(0, Math.min(limit, all.size()));
    }

    private List<Recommendation> forNeeds(Situation situation, Index index, List<Scored> scored,
            List<Candidate> partners, int limit) {
        Map<String, List<Recommendation>> byNeed = new HashMap<>();
        for (Scored s : scored) {
            if (s.need.matched() && !beyondCapacity(situation.competenceCeiling(), s.candidate.competenceForAdopter())) {
                byNeed.computeIfAbsent(s.need.need(), k -> new ArrayList<>()).add(finish(situation, index, s, partners));
            }
        }
        List<Recommendation> section = new ArrayList<>();
        for (Situation.NeedMatch need : situation.needs()) {
            List<Recommendation> matches = byNeed.remove(need.text());
            if (matches == null) {
                continue;
            }
            matches.sort(BEST_FIRST);
            matches.stream().limit(PER_NEED).map(r -> r.inSection(Recommendation.Section.NEEDS, need.text()))
                    .forEach(section::add);
        }
        return section.subList(0, Math.min(limit, section.size()));
    }

    /** The best {@code limit} of {@code scored}, best first, those beyond capacity after all others. */
    private List<Recommendation> rest(Situation situation, Index index, List<Scored> scored, List<Candidate> partners,
            int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // explain only what can reach the top: adjustments add at most maxAdjustment to the base, so once the base
        // falls that far below the limit-th score, nothing further in base order can enter (within each capacity class,
        // as those beyond capacity rank after all others)
        double maxAdjustment = weights.pragmaticAdjustment() * situation.weight(IdealType.PRAGMATIC)
                + weights.operationalAdjustment() * situation.weight(IdealType.OPERATIONAL)
                + weights.strategicAdjustment() * situation.weight(IdealType.STRATEGIC);
        List<Scored> byBase = new ArrayList<>(scored);
        byBase.sort(Comparator.comparingDouble(Scored::base).reversed());
        List<Recommendation> all = new ArrayList<>();
        for (boolean beyondClass : new boolean[] { false, true }) {
            List<Double> best = new ArrayList<>();
            for (Scored s : byBase) {
                if (beyondCapacity(situation.competenceCeiling(), s.candidate.competenceForAdopter()) != beyondClass) {
                    continue;
                }
                if (best.size() >= limit && s.base + maxAdjustment < best.get(limit - 1) - 0.001) {
                    break;
                }
                Recommendation r = finish(situation, index, s, partners);
                all.add(r);
                best.add(r.score());
                best.sort(Comparator.reverseOrder());
            }
            if (best.size() >= limit) {
                break;
            }
        }
        all.sort(Comparator.comparing(Recommendation::beyondCapacity).thenComparing(BEST_FIRST));
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static final Comparator<Recommendation> BEST_FIRST = Comparator
            .comparingDouble(Recommendation::score).reversed()
            .thenComparing(Recommendation::name).thenComparing(Recommendation::solutionId);

    // --- components ---------------------------------------------------------------------------------------------

    /**
     * Best need: 0.75 × its text match (strength relative to the need's best match) + 0.25 if a domain overlaps;
     * {@code words} are the need's words the solution holds, empty when the text did not match.
     */
    static NeedScore need(Situation situation, Candidate c) {
        NeedScore best = new NeedScore(0, null, null);
        for (Situation.NeedMatch need : situation.needs()) {
            NeedMatcher.Hit hit = need.hits().get(c.id());
            boolean domain = need.domains().stream().anyMatch(c.domains()::contains);
            double value = 0.75 * (hit == null ? 0 : hit.score()) + (domain ? 0.25 : 0);
            if (value > best.value() || (value == best.value() && hit != null && !best.matched())) {
                best = new NeedScore(value, need.text(), hit == null ? null : hit.words());
            }
        }
        return best;
    }

    /** {@code words} null: the need's text did not match, only its domain. */
    record NeedScore(double value, String need, List<String> words) {

        boolean matched() {
            return words != null;
        }
    }

    /** Σ over types of the municipality's weight × 1 if the publisher says the solution suits that type. */
    static double idealTypeFit(Situation situation, Candidate c) {
        return c.suitedTypes().stream().mapToDouble(situation::weight).sum();
    }

    /** Similarity of two profiles: 1 − half the L1 distance of their weights (1 = equal, 0 = opposite). */
    static double similarity(Map<IdealType, Double> a, Map<IdealType, Double> b) {
        double distance = 0;
        for (IdealType type : IdealType.values()) {
            distance += Math.abs(a.getOrDefault(type, 0.0) - b.getOrDefault(type, 0.0));
        }
        return 1 - distance / 2;
    }

    /** Σ similarity of similar municipalities running it in production, saturating at 3. */
    double empiricalFit(Situation situation, Index index, Candidate c) {
        double sum = 0;
        for (String kod : index.usage.producers(c.id())) {
            Double sim = index.similarPeers.get(kod);
            if (sim != null) {
                sum += sim;
            }
        }
        return Math.min(1, sum / EMPIRICAL_SATURATION);
    }

    /** Competence factor × effort factor; competence two steps beyond what it has makes it infeasible (0). */
    static double feasibility(Situation situation, Candidate c) {
        return competenceFactor(situation.competenceCeiling(), c.competenceForAdopter())
                * effortFactor(situation.capacity(), c.effortLevel());
    }

    static double competenceFactor(CompetenceNeeded ceiling, CompetenceNeeded needed) {
        if (needed == null) {
            return 0.7;
        }
        int gap = needed.ordinal() - ceiling.ordinal();
        return gap <= 0 ? 1 : gap == 1 ? 0.4 : 0;
    }

    static boolean beyondCapacity(CompetenceNeeded ceiling, CompetenceNeeded needed) {
        return needed != null && needed.ordinal() - ceiling.ordinal() >= 2;
    }

    static double effortFactor(Capacity capacity, EffortLevel level) {
        if (level == null) {
            return 0.6;
        }
        return switch (capacity) {
            case LOW -> level == EffortLevel.LOW ? 1 : level == EffortLevel.MEDIUM ? 0.5 : 0.1;
            case MEDIUM -> level == EffortLevel.LOW ? 1 : level == EffortLevel.MEDIUM ? 0.8 : 0.4;
            case HIGH -> level == EffortLevel.HIGH ? 0.8 : 1;
        };
    }

    /**
     * 0.6 × in production in its SKR group (saturating at 2) + 0.4 × in production anywhere, on a log scale
     * (ln(1+n)/ln(21), saturating at 20): each further adopter adds evidence, less and less.
     */
    static double peerProof(int inGroup, int inProduction) {
        return 0.6 * Math.min(1, (double) inGroup / PEER_GROUP_SATURATION)
                + 0.4 * Math.min(1, Math.log1p(inProduction) / Math.log1p(PEER_TOTAL_SATURATION));
    }

    /**
     * For the solution it already uses that is most often used together with this one: the share of that solution's
     * other users who also use this one.
     */
    static CoAdoption coAdoption(Index index, Candidate c) {
        CoAdoption best = new CoAdoption(0, null);
        Set<String> users = index.usage.activeUsers(c.id());
        if (users.isEmpty()) {
            return best;
        }
        for (Map.Entry<UUID, Set<String>> used : index.othersOfUsed.entrySet()) {
            Set<String> others = used.getValue();
            long both = 0;
            for (String kod : users) {
                if (others.contains(kod)) {
                    both++;
                }
            }
            double share = (double) both / others.size();
            if (share > best.value()) {
                best = new CoAdoption(share, used.getKey());
            }
        }
        return best;
    }

    record CoAdoption(double value, UUID with) {
    }

    /** Recency (1 within a year, 0.5 within two, else 0.2) × (1 if supported, else 0.5). */
    static double maintenance(Situation situation, Candidate c) {
        long days = c.updatedAt() == null ? Long.MAX_VALUE : Duration.between(c.updatedAt(), situation.now()).toDays();
        double recency = days <= 365 ? 1 : days <= 730 ? 0.5 : 0.2;
        return recency * (supported(c) ? 1 : 0.5);
    }

    static boolean supported(Candidate c) {
        return c.support() != null && c.support() != SupportModel.NONE;
    }

    // --- type-aware adjustments -----------------------------------------------------------------------------------

    /**
     * Pragmatic: proven (in production where built or by an adopter), light to adapt (adaptation ≤ 5 days, or effort
     * LOW when adaptation is not stated) and supported. Local solutions qualify as much as national ones: the study's
     * pragmatic blind spot is taking national offers without asking whether they fit.
     */
    static boolean pragmaticFriendly(Candidate c, int inProduction) {
        boolean proven = c.maturity() == Maturity.IN_PRODUCTION || inProduction > 0;
        boolean light = c.adaptationMaxDays() != null ? c.adaptationMaxDays() <= 5 : c.effortLevel() == EffortLevel.LOW;
        return proven && light && supported(c);
    }

    /**
     * The part of a score that depends only on the solution's own facts and the municipality's profile: NEED from a
     * need's domain alone, IDEAL_TYPE_FIT, FEASIBILITY, MAINTENANCE and the pragmatic (proven by its own maturity) and
     * operational adjustments. A solution nobody has adopted and no need text matched scores exactly this, plus a
     * possible strategic pairing. {@link CandidatePool} ranks groups of alike solutions by it.
     */
    double staticScore(Situation situation, Candidate c, boolean needDomain) {
        double score = weights.componentWeight(Component.NEED) * (needDomain ? 0.25 : 0)
                + weights.componentWeight(Component.IDEAL_TYPE_FIT) * idealTypeFit(situation, c)
                + weights.componentWeight(Component.FEASIBILITY) * feasibility(situation, c)
                + weights.componentWeight(Component.MAINTENANCE) * maintenance(situation, c);
        if (pragmaticFriendly(c, 0)) {
            score += weights.pragmaticAdjustment() * situation.weight(IdealType.PRAGMATIC);
        }
        double operational = weights.operationalAdjustment() * situation.weight(IdealType.OPERATIONAL) * 0.5;
        if (c.citizenBenefit()) {
            score += operational;
        }
        if (c.domains().size() >= 2) {
            score += operational;
        }
        return score;
    }

    RecommendationProperties weights() {
        return weights;
    }

    // --- assembly -----------------------------------------------------------------------------------------------

    private record Scored(Candidate candidate, Map<Component, Double> values, NeedScore need, CoAdoption co,
            int inGroup, int inProduction, int similarInProduction, double base) {
    }

    private Scored base(Situation situation, Index index, Candidate c) {
        Map<Component, Double> values = new EnumMap<>(Component.class);
        NeedScore need = need(situation, c);
        CoAdoption co = coAdoption(index, c);
        Set<String> producers = new HashSet<>(index.usage.producers(c.id()));
        producers.remove(situation.kommunkod());
        int inGroup = (int) producers.stream().filter(k -> situation.skrGroup().equals(situation.groups().get(k)))
                .count();
        int similar = (int) producers.stream().filter(index.similarPeers::containsKey).count();
        values.put(Component.NEED, need.value());
        values.put(Component.IDEAL_TYPE_FIT, idealTypeFit(situation, c));
        values.put(Component.EMPIRICAL_FIT, empiricalFit(situation, index, c));
        values.put(Component.FEASIBILITY, feasibility(situation, c));
        values.put(Component.PEER_PROOF, peerProof(inGroup, producers.size()));
        values.put(Component.CO_ADOPTION, co.value());
        values.put(Component.MAINTENANCE, maintenance(situation, c));
        double base = 0;
        for (var e : values.entrySet()) {
            base += weights.componentWeight(e.getKey()) * e.getValue();
        }
        return new Scored(c, values, need, co, inGroup, producers.size(), similar, base);
    }

    private Recommendation finish(Situation situation, Index index, Scored s, List<Candidate> partners) {
        Candidate c = s.candidate;
        Map<Component, Recommendation.ComponentScore> components = new EnumMap<>(Component.class);
        s.values.forEach((k, v) -> components.put(k,
                new Recommendation.ComponentScore(round(v), round(weights.componentWeight(k) * v))));
        List<Weighted> reasons = new ArrayList<>();
        Map<String, Double> adjustments = new LinkedHashMap<>();

        // component reasons, weighted by the points they gave
        double needPoints = weights.componentWeight(Component.NEED) * s.need.value();
        if (s.need.matched()) {
            reasons.add(new Weighted(needPoints, Reasons.need(s.need.need(), s.need.words())));
        }
        double fit = s.values.get(Component.IDEAL_TYPE_FIT);
        if (fit >= REASON_THRESHOLD) {
            IdealType strongest = c.suitedTypes().stream().max(Comparator.comparingDouble(situation::weight)).orElseThrow();
            reasons.add(new Weighted(weights.componentWeight(Component.IDEAL_TYPE_FIT) * fit,
                    Reasons.suits(strongest)));
        }
        if (s.similarInProduction > 0) {
            reasons.add(new Weighted(weights.componentWeight(Component.EMPIRICAL_FIT)
                    * s.values.get(Component.EMPIRICAL_FIT), Reasons.similarRunIt(s.similarInProduction)));
        }
        boolean beyond = beyondCapacity(situation.competenceCeiling(), c.competenceForAdopter());
        double competence = competenceFactor(situation.competenceCeiling(), c.competenceForAdopter());
        double feasibility = s.values.get(Component.FEASIBILITY);
        if (c.offeredAsService()) {
            // feasible because someone else runs it: say who, whatever it would take to run it oneself
            reasons.add(new Weighted(Math.max(weights.componentWeight(Component.FEASIBILITY) * feasibility, 0.01),
                    Reasons.offeredAsService(c.serviceProviders(), c.competence())));
        } else if (c.competence() == null) {
            reasons.add(new Weighted(-1, Reasons.competenceUnknown()));
        } else if (beyond) {
            reasons.add(new Weighted(-1, Reasons.beyondCapacity(c.competence())));
        } else if (competence < 1) {
            reasons.add(new Weighted(-1, Reasons.stretchesCapacity(c.competence())));
        } else if (feasibility >= 0.8) {
            reasons.add(new Weighted(weights.componentWeight(Component.FEASIBILITY) * feasibility,
                    Reasons.fitsCapacity(c.competence(), situation.competenceCeiling())));
        } else if (feasibility <= 0.5 && c.effortLevel() != null) {
            reasons.add(new Weighted(-1, Reasons.heavyEffort(c.effortLevel())));
        }
        if (s.inGroup > 0) {
            reasons.add(new Weighted(weights.componentWeight(Component.PEER_PROOF) * s.values.get(Component.PEER_PROOF),
                    Reasons.inProductionInGroup(s.inGroup, situation.skrGroup())));
        } else if (s.inProduction > 0) {
            reasons.add(new Weighted(weights.componentWeight(Component.PEER_PROOF) * s.values.get(Component.PEER_PROOF),
                    Reasons.inProduction(s.inProduction)));
        }
        if (s.co.value() >= REASON_THRESHOLD) {
            Candidate with = index.byId.get(s.co.with());
            reasons.add(new Weighted(weights.componentWeight(Component.CO_ADOPTION) * s.co.value(),
                    Reasons.usedTogether(with == null ? "" : with.name(),
                            index.usage.statusOf(index.target, s.co.with()))));
        }
        if (s.values.get(Component.MAINTENANCE) >= 1) {
            reasons.add(new Weighted(weights.componentWeight(Component.MAINTENANCE), Reasons.maintained()));
        }

        // type-aware adjustments, each scaled by the municipality's weight of that type
        double pragmatic = situation.weight(IdealType.PRAGMATIC);
        if (pragmaticFriendly(c, s.inProduction)) {
            double adj = weights.pragmaticAdjustment() * pragmatic;
            adjustments.put("pragmatic-proven-light-supported", round(adj));
            if (adj >= ADJUSTMENT_REASON_THRESHOLD) {
                reasons.add(new Weighted(adj, c.local() ? Reasons.provenLocal() : Reasons.provenLight()));
            }
        }
        double operational = situation.weight(IdealType.OPERATIONAL);
        if (c.citizenBenefit()) {
            double adj = weights.operationalAdjustment() * operational * 0.5;
            adjustments.put("operational-citizen-benefit", round(adj));
            if (adj >= ADJUSTMENT_REASON_THRESHOLD) {
                reasons.add(new Weighted(adj, Reasons.citizenBenefit()));
            }
        }
        if (c.domains().size() >= 2) {
            double adj = weights.operationalAdjustment() * operational * 0.5;
            adjustments.put("operational-cross-department", round(adj));
            if (adj >= ADJUSTMENT_REASON_THRESHOLD) {
                reasons.add(new Weighted(adj, Reasons.crossDepartment(c.domains().size())));
            }
        }
        double strategic = situation.weight(IdealType.STRATEGIC);
        Candidate partner = partners.stream()
                .filter(d -> !d.id().equals(c.id()) && d.local() != c.local()
                        && d.domains().stream().anyMatch(c.domains()::contains))
                .findFirst().orElse(null);
        if (partner != null) {
            double adj = weights.strategicAdjustment() * strategic;
            adjustments.put("strategic-national-local-pair", round(adj));
            if (adj >= ADJUSTMENT_REASON_THRESHOLD) {
                String domain = partner.domains().stream().filter(c.domains()::contains).findFirst().orElseThrow();
                reasons.add(new Weighted(adj, Reasons.complements(partner.name(), partner.local(), domain)));
            }
        }
        double score = s.base + adjustments.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Reason> ordered = reasons.stream()
                .sorted(Comparator.comparing((Weighted w) -> w.reason.caveat())
                        .thenComparing(Comparator.comparingDouble(Weighted::points).reversed()))
                .map(Weighted::reason).toList();
        return new Recommendation(c.id(), c.name(), c.summary(), c.publisherCode(), c.publisherName(), round(score),
                components, adjustments, ordered, beyond, Recommendation.Section.MORE, null);
    }

    private record Weighted(double points, Reason reason) {
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** What one ranking needs beyond the candidates: the target's adoptions and its similar peers. */
    static final class Index {
        final String target;
        final UsageStats usage;
        final Map<UUID, Candidate> byId = new HashMap<>();
        final Set<UUID> targetAdopted;
        final Set<UUID> targetUses;
        /** For each solution the target uses: the other municipalities using it (never empty). */
        final Map<UUID, Set<String>> othersOfUsed = new java.util.LinkedHashMap<>();
        /** Municipalities with a profile similar to the target's, and how similar. */
        final Map<String, Double> similarPeers = new HashMap<>();

        Index(Situation situation, List<Candidate> candidates, double similarThreshold) {
            this.target = situation.kommunkod();
            this.usage = situation.usage();
            candidates.forEach(c -> byId.put(c.id(), c));
            targetAdopted = usage.adopted(target);
            targetUses = usage.uses(target);
            for (UUID used : targetUses) {
                Set<String> others = new HashSet<>(usage.activeUsers(used));
                others.remove(target);
                if (!others.isEmpty()) {
                    othersOfUsed.put(used, others);
                }
            }
            // similarity is only needed for municipalities that run something
            similarPeers.putAll(similarPeers(situation, similarThreshold));
        }
    }

    /** Municipalities running something in production whose profile is at least {@code threshold} similar. */
    static Map<String, Double> similarPeers(Situation situation, double threshold) {
        Map<String, Double> similar = new HashMap<>();
        for (String kod : situation.usage().producingMunicipalities()) {
            Map<IdealType, Double> other = situation.peerWeights().get(kod);
            if (other != null && !kod.equals(situation.kommunkod())) {
                double sim = similarity(situation.weights(), other);
                if (sim >= threshold) {
                    similar.put(kod, sim);
                }
            }
        }
        return similar;
    }
}
