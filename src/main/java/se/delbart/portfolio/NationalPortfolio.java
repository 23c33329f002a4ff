package se.delbart.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Origin;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.LoginRequiredException;
import se.delbart.profile.Profiles;
import se.delbart.shared.Actor;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.Role;

/**
 * The national view of the portfolios for analysts (national recommendations 1 and 3): aggregates only, and only
 * where at least {@link #MIN_MUNICIPALITIES} municipalities contribute, the same k ≥ 3 rule as the other insights.
 */
@Service
public class NationalPortfolio {

    public static final int MIN_MUNICIPALITIES = 3;

    private final Initiatives initiatives;
    private final PortfolioSettingsStore settings;
    private final SolutionCatalog catalog;
    private final Profiles profiles;
    private final Municipalities municipalities;

    NationalPortfolio(Initiatives initiatives, PortfolioSettingsStore settings, SolutionCatalog catalog,
            Profiles profiles, Municipalities municipalities) {
        this.initiatives = initiatives;
        this.settings = settings;
        this.catalog = catalog;
        this.profiles = profiles;
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    public NationalPortfolioView view(Actor actor) {
        if (actor == null) {
            throw new LoginRequiredException("Log in as an analyst");
        }
        if (actor.role() != Role.ANALYST && actor.role() != Role.ADMIN) {
            throw new NotPermittedException("The national portfolio view is for analysts");
        }
        List<Initiative> all = initiatives.findBySolutionIdIsNotNull();
        Set<UUID> ids = new HashSet<>();
        all.forEach(i -> i.solutionId().ifPresent(ids::add));
        Map<UUID, String> names = ids.isEmpty() ? Map.of() : catalog.publishedNames(ids);
        Map<String, IdealTypeProfile> types = profiles.allForAggregates();
        Map<String, Municipality> facts = new HashMap<>();
        municipalities.findAllByKommunkodIn(all.stream().map(Initiative::kommunkod).distinct().toList())
                .forEach(m -> facts.put(m.kommunkod(), m));
        Map<String, PortfolioSetup> setups = new HashMap<>();
        Function<String, PortfolioSetup> setupOf = k -> setups.computeIfAbsent(k, code -> settings.findById(code)
                .map(PortfolioSettings::setup).orElseGet(() -> PortfolioSettings.defaults(code).setup()));

        Map<UUID, List<Initiative>> national = new LinkedHashMap<>();
        for (Initiative i : all) {
            UUID s = i.details().solutionId();
            if (i.origin() == Origin.NATIONAL && names.containsKey(s)) {
                national.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        List<NationalPortfolioView.SolutionRow> rows = new ArrayList<>();
        for (var e : national.entrySet()) {
            NationalPortfolioView.Group total = group("ALL", e.getValue(), setupOf);
            if (total.municipalities() < MIN_MUNICIPALITIES) {
                continue;
            }
            int[] hidden = { 0 };
            List<NationalPortfolioView.Group> byType = breakdown(e.getValue(), i -> {
                IdealTypeProfile p = types.get(i.kommunkod());
                return p == null ? null : p.dominant().name();
            }, setupOf, hidden, total.municipalities());
            List<NationalPortfolioView.Group> byGroup = breakdown(e.getValue(), i -> {
                Municipality m = facts.get(i.kommunkod());
                return m == null ? null : m.skrGroup().name();
            }, setupOf, hidden, total.municipalities());
            rows.add(new NationalPortfolioView.SolutionRow(e.getKey(), names.get(e.getKey()), total, byType, byGroup,
                    hidden[0]));
        }
        rows.sort(Comparator.comparingInt((NationalPortfolioView.SolutionRow r) -> -r.all().municipalities())
                .thenComparing(NationalPortfolioView.SolutionRow::name));
        return new NationalPortfolioView(rows, localWins(all, names), MIN_MUNICIPALITIES);
    }

    /**
     * Groups of at least {@link #MIN_MUNICIPALITIES}; and, so that no small group can be read off as the difference
     * between the total and the groups shown, the municipalities in hidden groups together must be none or at least
     * as many (the smallest shown groups are hidden too until they are).
     */
    static List<NationalPortfolioView.Group> breakdown(List<Initiative> initiatives,
            Function<Initiative, String> key, Function<String, PortfolioSetup> setupOf, int[] hidden, int total) {
        Map<String, List<Initiative>> byKey = new TreeMap<>();
        for (Initiative i : initiatives) {
            String k = key.apply(i);
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        List<NationalPortfolioView.Group> shown = new ArrayList<>();
        int hiddenGroups = 0;
        for (var e : byKey.entrySet()) {
            NationalPortfolioView.Group g = group(e.getKey(), e.getValue(), setupOf);
            if (g.municipalities() >= MIN_MUNICIPALITIES) {
                shown.add(g);
            } else {
                hiddenGroups++;
            }
        }
        while (!shown.isEmpty()) {
            int rest = total - shown.stream().mapToInt(NationalPortfolioView.Group::municipalities).sum();
            if (rest == 0 || rest >= MIN_MUNICIPALITIES) {
                break;
            }
            shown.remove(shown.stream().min(Comparator.comparingInt(NationalPortfolioView.Group::municipalities))
                    .orElseThrow());
            hiddenGroups++;
        }
        hidden[0] += hiddenGroups;
        return shown;
    }

    static NationalPortfolioView.Group group(String key, List<Initiative> initiatives,
            Function<String, PortfolioSetup> setupOf) {
        Set<String> municipalities = new TreeSet<>();
        int prioritised = 0;
        int deferred = 0;
        int rejected = 0;
        List<Double> l1 = new ArrayList<>();
        List<Double> l2 = new ArrayList<>();
        List<Double> adaptation = new ArrayList<>();
        for (Initiative i : initiatives) {
            municipalities.add(i.kommunkod());
            switch (i.status()) {
                case PRIORITISED, STARTED, REALISED -> prioritised++;
                case DEFERRED -> deferred++;
                case REJECTED -> rejected++;
                default -> {
                }
            }
            Valuation v = Valuation.of(i, setupOf.apply(i.kommunkod()));
            if (v.level1().value() != null) {
                l1.add(v.level1().value());
            }
            if (v.level2().value() != null) {
                l2.add(v.level2().value());
            }
            i.departmentAssessment().map(DepartmentAssessment::adaptationDays)
                    .ifPresent(d -> adaptation.add(d.doubleValue()));
        }
        return new NationalPortfolioView.Group(key, municipalities.size(), initiatives.size(), prioritised, deferred,
                rejected, mean(l1), mean(l2), mean(adaptation));
    }

    /**
     * Local or joint catalogue solutions prioritised (or started, realised) in a portfolio where a national initiative
     * for the same need was deferred or rejected; counted by municipality, shown from {@link #MIN_MUNICIPALITIES}.
     */
    static List<NationalPortfolioView.LocalWin> localWins(List<Initiative> all, Map<UUID, String> names) {
        Map<String, List<Initiative>> byPortfolioAndNeed = new HashMap<>();
        for (Initiative i : all) {
            String need = Guidance.needKey(i.details());
            if (need != null) {
                byPortfolioAndNeed.computeIfAbsent(i.kommunkod() + "|" + need, k -> new ArrayList<>()).add(i);
            }
        }
        Map<UUID, Set<String>> winners = new HashMap<>();
        Map<UUID, Set<String>> alternatives = new HashMap<>();
        for (List<Initiative> group : byPortfolioAndNeed.values()) {
            List<Initiative> lostNational = group.stream().filter(i -> i.origin() == Origin.NATIONAL
                    && (i.status() == InitiativeStatus.DEFERRED || i.status() == InitiativeStatus.REJECTED)).toList();
            if (lostNational.isEmpty()) {
                continue;
            }
            for (Initiative i : group) {
                boolean won = i.status() == InitiativeStatus.PRIORITISED || i.status() == InitiativeStatus.STARTED
                        || i.status() == InitiativeStatus.REALISED;
                UUID s = i.details().solutionId();
                if (won && i.origin() != Origin.NATIONAL && names.containsKey(s)) {
                    winners.computeIfAbsent(s, k -> new TreeSet<>()).add(i.kommunkod());
                    lostNational.forEach(n -> {
                        String name = names.get(n.details().solutionId());
                        if (name != null) {
                            alternatives.computeIfAbsent(s, k -> new TreeSet<>()).add(name);
                        }
                    });
                }
            }
        }
        List<NationalPortfolioView.LocalWin> wins = new ArrayList<>();
        winners.forEach((s, ms) -> {
            if (ms.size() >= MIN_MUNICIPALITIES) {
                wins.add(new NationalPortfolioView.LocalWin(s, names.get(s), ms.size(),
                        List.copyOf(alternatives.getOrDefault(s, Set.of()))));
            }
        });
        wins.sort(Comparator.comparingInt((NationalPortfolioView.LocalWin w) -> -w.municipalities())
                .thenComparing(NationalPortfolioView.LocalWin::name));
        return wins;
    }

    /**
     * How many municipalities prioritised each local solution over a national alternative for the same need (only
     * counts of at least {@link #MIN_MUNICIPALITIES}): a component of the scale-candidate score.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> localWinCounts() {
        List<Initiative> all = initiatives.findBySolutionIdIsNotNull();
        Set<UUID> ids = new HashSet<>();
        all.forEach(i -> i.solutionId().ifPresent(ids::add));
        Map<UUID, String> names = ids.isEmpty() ? Map.of() : catalog.publishedNames(ids);
        Map<UUID, Integer> counts = new HashMap<>();
        localWins(all, names).forEach(w -> counts.put(w.solutionId(), w.municipalities()));
        return counts;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null
                : Valuation.round1(values.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
}
