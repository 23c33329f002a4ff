package se.delbart.insight.needs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import se.delbart.catalog.Domain;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Origin;
import se.delbart.shared.IdealType;

/**
 * How pragmatic, operational and strategic municipalities differ in what they adopt, what they ask for and what they
 * report: one table per aspect, a column per ideal type. Plain Java. "Asked for" (declared needs and unanswered
 * searches) follows the k rule: a cell is hidden unless at least {@link UnmetNeedsAnalysis#K} municipalities of that
 * type share it.
 */
public final class TypeSupportAnalysis {

    private TypeSupportAnalysis() {
    }

    /** An adoption (not discontinued) of a published solution, with the adopter's current report if any. */
    public record AdoptionFact(String kommunkod, Set<String> domains, Origin origin, EffortLevel effortLevel,
            ReportFact report) {
    }

    /** A report's ratings (1–5), recommendation, and reported implementation days beside the stated range. */
    public record ReportFact(int operational, int citizen, int support, boolean recommend, Integer implementationDays,
            Integer statedMin, Integer statedMax) {
    }

    /** A table cell: {@code n} (adoptions, municipalities or reports), {@code value} (share in % or average). */
    public record Cell(Double value, int n, boolean hidden) {
        static final Cell HIDDEN = new Cell(null, 0, true);
    }

    public record Row(String key, Map<IdealType, Cell> cells) {
    }

    /** Municipalities of a type: self-assessed, estimated, and how many of them adopt anything. */
    public record TypeCount(int declared, int estimated, int adopters) {
        public int total() {
            return declared + estimated;
        }
    }

    public record Report(Map<IdealType, TypeCount> municipalities, List<Row> adoptedDomains, List<Row> adoptedOrigins,
            List<Row> adoptedEffort, List<Row> askedDomains, List<Row> askedTerms, List<Row> reported, int k) {
    }

    public static Report analyse(Map<String, MunicipalityFacts> facts, List<AdoptionFact> adoptions,
            List<Signal> signals) {
        Map<IdealType, TypeCount> counts = new EnumMap<>(IdealType.class);
        Map<IdealType, Set<String>> adopters = new EnumMap<>(IdealType.class);
        List<AdoptionFact> known = adoptions.stream().filter(a -> facts.containsKey(a.kommunkod())).toList();
        known.forEach(a -> adopters.computeIfAbsent(type(facts, a.kommunkod()), t -> new TreeSet<>()).add(a.kommunkod()));
        for (IdealType type : IdealType.values()) {
            int declared = (int) facts.values().stream().filter(f -> f.type() == type && !f.estimated()).count();
            int estimated = (int) facts.values().stream().filter(f -> f.type() == type && f.estimated()).count();
            counts.put(type, new TypeCount(declared, estimated, adopters.getOrDefault(type, Set.of()).size()));
        }
        Map<IdealType, List<AdoptionFact>> byType = new EnumMap<>(IdealType.class);
        for (IdealType type : IdealType.values()) {
            byType.put(type, known.stream().filter(a -> type(facts, a.kommunkod()) == type).toList());
        }
        List<Row> domains = shares(byType, java.util.Arrays.stream(Domain.values()).map(Domain::code).toList(),
                a -> a.domains());
        List<Row> origins = shares(byType, java.util.Arrays.stream(Origin.values()).map(Enum::name).toList(),
                a -> a.origin() == null ? Set.of() : Set.of(a.origin().name()));
        List<Row> effort = shares(byType, java.util.Arrays.stream(EffortLevel.values()).map(Enum::name).toList(),
                a -> a.effortLevel() == null ? Set.of() : Set.of(a.effortLevel().name()));
        List<Signal> located = signals.stream().filter(s -> s.kommunkod() != null && facts.containsKey(s.kommunkod()))
                .toList();
        Map<String, List<Signal>> byDomain = new TreeMap<>();
        Map<String, List<Signal>> byTerm = new TreeMap<>();
        Terms.Spellings spellings = new Terms.Spellings();
        located.forEach(s -> spellings.add(s.text()));
        for (Signal s : located) {
            s.domains().forEach(d -> byDomain.computeIfAbsent(d, x -> new ArrayList<>()).add(s));
            Terms.of(s.text()).forEach(t -> byTerm.computeIfAbsent(t, x -> new ArrayList<>()).add(s));
        }
        Map<String, List<Signal>> byWord = new TreeMap<>();
        // rows are labelled by the word as most often written (one stem, one word)
        byTerm.forEach((stem, list) -> byWord.put(spellings.of(stem), list));
        return new Report(counts, domains, origins, effort, asked(byDomain, facts), asked(byWord, facts),
                reported(byType), UnmetNeedsAnalysis.K);
    }

    private static IdealType type(Map<String, MunicipalityFacts> facts, String kommunkod) {
        return facts.get(kommunkod).type();
    }

    /** Per category: the share (%) of each type's adoptions that have it, and how many. Rows with no adoption dropped. */
    private static List<Row> shares(Map<IdealType, List<AdoptionFact>> byType, List<String> categories,
            Function<AdoptionFact, Collection<String>> of) {
        List<Row> rows = new ArrayList<>();
        for (String category : categories) {
            Map<IdealType, Cell> cells = new EnumMap<>(IdealType.class);
            int total = 0;
            for (IdealType type : IdealType.values()) {
                List<AdoptionFact> list = byType.get(type);
                int n = (int) list.stream().filter(a -> of.apply(a).contains(category)).count();
                total += n;
                cells.put(type, new Cell(list.isEmpty() ? null : percent(n, list.size()), n, false));
            }
            if (total > 0) {
                rows.add(new Row(category, cells));
            }
        }
        return rows;
    }

    /** Per category: distinct municipalities of each type that ask for it; hidden below k. Rows with nothing shown dropped. */
    private static List<Row> asked(Map<String, List<Signal>> byCategory, Map<String, MunicipalityFacts> facts) {
        List<Row> rows = new ArrayList<>();
        byCategory.forEach((category, signals) -> {
            Map<IdealType, Cell> cells = new EnumMap<>(IdealType.class);
            boolean any = false;
            for (IdealType type : IdealType.values()) {
                long n = signals.stream().filter(s -> facts.get(s.kommunkod()).type() == type)
                        .map(Signal::kommunkod).distinct().count();
                if (n >= UnmetNeedsAnalysis.K) {
                    cells.put(type, new Cell(null, (int) n, false));
                    any = true;
                } else {
                    cells.put(type, Cell.HIDDEN);
                }
            }
            if (any) {
                rows.add(new Row(category, cells));
            }
        });
        rows.sort(java.util.Comparator.comparingInt((Row r) -> -r.cells().values().stream().mapToInt(Cell::n).sum())
                .thenComparing(Row::key));
        return rows;
    }

    private static List<Row> reported(Map<IdealType, List<AdoptionFact>> byType) {
        Map<String, Map<IdealType, Cell>> rows = new LinkedHashMap<>();
        for (String key : List.of("operationalRating", "citizenRating", "supportRating", "wouldRecommend",
                "withinStatedEffort", "realToStatedEffort")) {
            rows.put(key, new EnumMap<>(IdealType.class));
        }
        for (IdealType type : IdealType.values()) {
            List<ReportFact> reports = byType.get(type).stream().map(AdoptionFact::report).filter(Objects::nonNull)
                    .toList();
            rows.get("operationalRating").put(type, average(reports.stream().map(r -> (double) r.operational()).toList()));
            rows.get("citizenRating").put(type, average(reports.stream().map(r -> (double) r.citizen()).toList()));
            rows.get("supportRating").put(type, average(reports.stream().map(r -> (double) r.support()).toList()));
            long recommend = reports.stream().filter(ReportFact::recommend).count();
            rows.get("wouldRecommend").put(type,
                    new Cell(reports.isEmpty() ? null : percent(recommend, reports.size()), reports.size(), false));
            List<ReportFact> withEffort = reports.stream()
                    .filter(r -> r.implementationDays() != null && r.statedMax() != null && r.statedMax() > 0).toList();
            long within = withEffort.stream().filter(r -> r.implementationDays() <= r.statedMax()).count();
            rows.get("withinStatedEffort").put(type,
                    new Cell(withEffort.isEmpty() ? null : percent(within, withEffort.size()), withEffort.size(), false));
            List<Double> ratios = withEffort.stream()
                    .map(r -> r.implementationDays() * 2.0 / ((r.statedMin() == null ? r.statedMax() : r.statedMin()) + r.statedMax()))
                    .sorted().toList();
            rows.get("realToStatedEffort").put(type, new Cell(median(ratios), ratios.size(), false));
        }
        List<Row> list = new ArrayList<>();
        rows.forEach((key, cells) -> list.add(new Row(key, cells)));
        return list;
    }

    private static Cell average(List<Double> values) {
        if (values.isEmpty()) {
            return new Cell(null, 0, false);
        }
        double avg = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Cell(Math.round(avg * 10) / 10.0, values.size(), false);
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 100) / 100.0;
    }

    private static double percent(long n, long of) {
        return Math.round(1000.0 * n / of) / 10.0;
    }
}
