package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cumulative curves per SKR group on a hand-built set of adoptions. */
class DiffusionTest {

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    final List<Diffusion.Event> events = List.of(
            new Diffusion.Event("C8", at("2026-01-15"), at("2026-03-01")),
            new Diffusion.Event("C8", at("2026-02-02"), null),
            new Diffusion.Event("B3", at("2026-02-28"), at("2026-02-28")),
            new Diffusion.Event("A1", at("2026-04-30"), at("2026-05-01")));

    @Test
    void anyStatusCountsFromTheStartMonthToTheEnd() {
        DiffusionCurve curve = Diffusion.curve("all", null, events, DiffusionMeasure.ANY, YearMonth.of(2026, 5));

        assertThat(curve.months()).containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05");
        assertThat(curve.series()).extracting(DiffusionCurve.Series::group).containsExactly("A1", "B3", "C8");
        assertThat(curve.series().get(0).values()).containsExactly(0, 0, 0, 1, 1);
        assertThat(curve.series().get(1).values()).containsExactly(0, 1, 1, 1, 1);
        assertThat(curve.series().get(2).values()).containsExactly(1, 2, 2, 2, 2);
        assertThat(curve.total()).containsExactly(1, 3, 3, 4, 4);
        assertThat(curve.series().get(2).groupName()).isEqualTo("Landsbygdskommun");
    }

    @Test
    void inProductionCountsOnlyThoseThatReachedIt() {
        DiffusionCurve curve = Diffusion.curve("all", null, events, DiffusionMeasure.IN_PRODUCTION,
                YearMonth.of(2026, 6));

        assertThat(curve.months()).containsExactly("2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(curve.total()).containsExactly(1, 2, 2, 3, 3);
        assertThat(curve.max()).isEqualTo(3);
    }

    @Test
    void nothingInScopeGivesAnEmptyCurve() {
        DiffusionCurve curve = Diffusion.curve("x", null, List.of(new Diffusion.Event("C8", at("2026-01-15"), null)),
                DiffusionMeasure.IN_PRODUCTION, YearMonth.of(2026, 6));

        assertThat(curve.isEmpty()).isTrue();
        assertThat(curve.max()).isZero();
    }
}
