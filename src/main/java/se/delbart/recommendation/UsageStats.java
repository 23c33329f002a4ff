package se.delbart.recommendation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who uses what, aggregated once from all adoptions and shared by every ranking until adoptions change: adopters per
 * solution (active, in production), solutions per municipality (any status, active, in production), and the solutions
 * by number of active adopters. Immutable; {@link RecommendationData} builds a new one after a change.
 */
final class UsageStats {

    static final UsageStats EMPTY = of(List.of());

    private final Map<UUID, Set<String>> activeUsers = new HashMap<>();
    private final Map<UUID, Set<String>> producers = new HashMap<>();
    private final Map<String, Set<UUID>> adopted = new HashMap<>();
    private final Map<String, Set<UUID>> uses = new HashMap<>();
    private final Map<String, Set<UUID>> produces = new HashMap<>();
    /** The municipality's adoption status per solution, where known. */
    private final Map<String, Map<UUID, se.delbart.adoption.AdoptionStatus>> statuses = new HashMap<>();
    private final List<UUID> popular;
    private final int size;
    /** Dense numbers for solutions with an adoption, so per-request counting uses arrays, not maps. */
    private final Map<UUID, Integer> number = new HashMap<>();
    private final List<UUID> numbered = new ArrayList<>();
    private final Map<String, int[]> producesNumbers = new HashMap<>();
    private final Map<String, int[]> usesNumbers = new HashMap<>();

    private UsageStats(Collection<Usage> usages) {
        for (Usage u : usages) {
            adopted.computeIfAbsent(u.kommunkod(), k -> new LinkedHashSet<>()).add(u.solutionId());
            if (u.status() != null) {
                statuses.computeIfAbsent(u.kommunkod(), k -> new HashMap<>()).put(u.solutionId(), u.status());
            }
            if (u.active()) {
                activeUsers.computeIfAbsent(u.solutionId(), k -> new LinkedHashSet<>()).add(u.kommunkod());
                uses.computeIfAbsent(u.kommunkod(), k -> new LinkedHashSet<>()).add(u.solutionId());
            }
            if (u.inProduction()) {
                producers.computeIfAbsent(u.solutionId(), k -> new LinkedHashSet<>()).add(u.kommunkod());
                produces.computeIfAbsent(u.kommunkod(), k -> new LinkedHashSet<>()).add(u.solutionId());
            }
        }
        List<UUID> ranked = new ArrayList<>(activeUsers.keySet());
        ranked.sort(Comparator.comparingInt((UUID id) -> activeUsers.get(id).size()).reversed()
                .thenComparing(Comparator.comparingInt((UUID id) -> producers(id).size()).reversed())
                .thenComparing(Comparator.naturalOrder()));
        this.popular = List.copyOf(ranked);
        this.size = usages.size();
        for (Usage u : usages) {
            number.computeIfAbsent(u.solutionId(), id -> {
                numbered.add(id);
                return numbered.size() - 1;
            });
        }
        produces.forEach((kod, ids) -> producesNumbers.put(kod, ids.stream().mapToInt(number::get).toArray()));
        uses.forEach((kod, ids) -> usesNumbers.put(kod, ids.stream().mapToInt(number::get).toArray()));
    }

    /** Adoptions in the given order (oldest first keeps "what it uses" in the order it adopted). */
    static UsageStats of(Collection<Usage> usages) {
        return new UsageStats(usages);
    }

    /** Municipalities planning, implementing or running the solution. */
    Set<String> activeUsers(UUID solution) {
        return activeUsers.getOrDefault(solution, Set.of());
    }

    /** Municipalities running the solution in production. */
    Set<String> producers(UUID solution) {
        return producers.getOrDefault(solution, Set.of());
    }

    /** Everything the municipality has an adoption record for, in any status. */
    Set<UUID> adopted(String kommunkod) {
        return adopted.getOrDefault(kommunkod, Set.of());
    }

    /** What the municipality plans, implements or runs, in the order it adopted them. */
    Set<UUID> uses(String kommunkod) {
        return uses.getOrDefault(kommunkod, Set.of());
    }

    /**
     * How far the municipality has come with the solution: its adoption status where known, else IN_PRODUCTION or
     * (active) PLANNING as far as the usage says; null without an active adoption.
     */
    se.delbart.adoption.AdoptionStatus statusOf(String kommunkod, UUID solution) {
        se.delbart.adoption.AdoptionStatus known = statuses.getOrDefault(kommunkod, Map.of()).get(solution);
        if (known != null) {
            return known;
        }
        if (produces(kommunkod).contains(solution)) {
            return se.delbart.adoption.AdoptionStatus.IN_PRODUCTION;
        }
        return uses(kommunkod).contains(solution) ? se.delbart.adoption.AdoptionStatus.PLANNING : null;
    }

    /** What the municipality runs in production. */
    Set<UUID> produces(String kommunkod) {
        return produces.getOrDefault(kommunkod, Set.of());
    }

    /** Municipalities that run anything in production. */
    Set<String> producingMunicipalities() {
        return produces.keySet();
    }

    /** Solutions with at least one active adopter, most adopters first. */
    List<UUID> popular() {
        return popular;
    }

    /** How many solutions have an adoption record (the range of their numbers). */
    int numberedSolutions() {
        return numbered.size();
    }

    UUID solutionNumbered(int n) {
        return numbered.get(n);
    }

    /** {@link #produces} as solution numbers. */
    int[] producesNumbers(String kommunkod) {
        return producesNumbers.getOrDefault(kommunkod, new int[0]);
    }

    /** {@link #uses} as solution numbers. */
    int[] usesNumbers(String kommunkod) {
        return usesNumbers.getOrDefault(kommunkod, new int[0]);
    }

    int size() {
        return size;
    }
}
