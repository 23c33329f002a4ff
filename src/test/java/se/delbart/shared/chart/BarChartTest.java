package se.delbart.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Test
    void stackedSegmentsFollowEachOtherAndSumToTheRowsTotal() {
        BarChart chart = BarChart.stacked(SWEDISH).max(100).series("A", "B", "C")
                .row("Lösning", List.of(20, 30, 10)).build(720);
        List<BarChart.Bar> bars = chart.rows().get(0).bars();
        assertThat(bars).hasSize(3);
        double scale = chart.plotWidth() / 100;
        assertThat(bars.get(0).x()).isEqualTo(chart.left());
        assertThat(bars.get(1).x()).isCloseTo(bars.get(0).x() + bars.get(0).width(), org.assertj.core.data.Offset.offset(0.2));
        double total = bars.stream().mapToDouble(BarChart.Bar::width).sum();
        assertThat(total).isCloseTo(60 * scale, org.assertj.core.data.Offset.offset(0.5));
        assertThat(bars).extracting(BarChart.Bar::title).containsExactly("A: 20", "B: 30", "C: 10");
        assertThat(bars).extracting(BarChart.Bar::fill).doesNotHaveDuplicates();
    }

    @Test
    void groupedBarsStartAtTheAxisAndAMissingFigureHasNoBar() {
        BarChart chart = BarChart.grouped(SWEDISH).unit(" %").series("Pragmatisk", "Operationell", "Strategisk")
                .row("Lokal", Arrays.asList(40.5, null, 80.0)).build(720);
        List<BarChart.Bar> bars = chart.rows().get(0).bars();
        assertThat(bars).hasSize(2).allSatisfy(b -> assertThat(b.x()).isEqualTo(chart.left()));
        assertThat(bars).extracting(BarChart.Bar::title).containsExactly("Pragmatisk: 40,5 %", "Strategisk: 80 %");
        assertThat(bars.get(1).width()).isCloseTo(2 * bars.get(0).width() * 80 / 81, org.assertj.core.data.Offset.offset(0.5));
        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "25", "50", "75", "100");
    }

    @Test
    void theAxisEndsAtARoundNumberAboveTheLargestBar() {
        assertThat(BarChart.niceCeiling(73)).isEqualTo(100);
        assertThat(BarChart.niceCeiling(18)).isEqualTo(20);
        assertThat(BarChart.niceCeiling(21)).isEqualTo(25);
        assertThat(BarChart.niceCeiling(0)).isEqualTo(1);
        BarChart chart = BarChart.grouped(SWEDISH).series("Angivet", "Rapporterat").row("Införande", List.of(30, 42))
                .build(720);
        assertThat(chart.ticks().get(chart.ticks().size() - 1).label()).isEqualTo("50");
    }

    @Test
    void longLabelsAreShortenedAndKeptWholeForTheTooltip() {
        String name = "E-tjänst för ansökan om bostadsanpassningsbidrag med handläggarstöd";
        BarChart chart = BarChart.stacked(SWEDISH).series("A").row(name, List.of(1)).build(720);
        assertThat(chart.rows().get(0).label()).hasSizeLessThanOrEqualTo(30).endsWith("…");
        assertThat(chart.rows().get(0).fullLabel()).isEqualTo(name);
    }

    @Test
    void aCompactChartIsOneThinBarThatSaysItsParts() {
        BarChart chart = BarChart.stacked(SWEDISH).compact().max(100).series("Behov", "Kapacitet")
                .row("Lösning", List.of(25.5, 20)).build(240);
        assertThat(chart.ticks()).isEmpty();
        assertThat(chart.height()).isLessThan(20);
        assertThat(chart.summary()).isEqualTo("Behov: 25,5, Kapacitet: 20");
    }

    @Test
    void aRowNeedsOneValuePerSeries() {
        assertThatThrownBy(() -> BarChart.stacked(SWEDISH).series("A", "B").row("x", List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
