package se.delbart.insight;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.delbart.municipality.SkrGroup;

/**
 * Adoption curves in plain Java: for each month from the first adoption in scope to {@code until}, how many
 * adoptions had started (ANY: recorded in any status, discontinued ones included, as they were adopted) or had reached
 * production (IN_PRODUCTION: the first time they did, even if discontinued later), per SKR group. Months are UTC.
 */
final class Diffusion {

    /** One adoption: the adopter's SKR group, when it started and when it first ran in production (null: never). */
    record Event(String skrGroup, Instant startedAt, Instant inProductionAt) {

        Instant at(DiffusionMeasure measure) {
            return measure == DiffusionMeasure.ANY ? startedAt : inProductionAt;
        }
    }

    private Diffusion() {
    }

    static DiffusionCurve curve(String scope, String scopeLabel, Collection<Event> events, DiffusionMeasure measure,
            YearMonth until) {
        Map<String, Map<YearMonth, Integer>> perGroup = new TreeMap<>();
        YearMonth first = null;
        for (Event e : events) {
            Instant at = e.at(measure);
            if (at == null) {
                continue;
            }
            YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
            if (month.isAfter(until)) {
                continue;
            }
            first = first == null || month.isBefore(first) ? month : first;
            perGroup.computeIfAbsent(e.skrGroup(), g -> new TreeMap<>()).merge(month, 1, Integer::sum);
        }
        if (first == null) {
            return new DiffusionCurve(scope, scopeLabel, measure, List.of(), List.of(), List.of());
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(until); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<DiffusionCurve.Series> series = new ArrayList<>();
        int[] total = new int[months.size()];
        for (Map.Entry<String, Map<YearMonth, Integer>> g : perGroup.entrySet()) {
            List<Integer> values = new ArrayList<>();
            int sum = 0;
            for (int i = 0; i < months.size(); i++) {
                sum += g.getValue().getOrDefault(months.get(i), 0);
                values.add(sum);
                total[i] += sum;
            }
            series.add(new DiffusionCurve.Series(g.getKey(), groupName(g.getKey()), values));
        }
        return new DiffusionCurve(scope, scopeLabel, measure, months.stream().map(YearMonth::toString).toList(),
                series, java.util.Arrays.stream(total).boxed().toList());
    }

    private static String groupName(String code) {
        return SkrGroup.isCode(code) ? SkrGroup.valueOf(code).swedishName() : code;
    }
}
