package se.delbart.shared.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart drawn as server-side SVG ({@code fragments/charts :: bars}): one row per
 * category, its values either stacked into one bar (parts of a whole) or grouped as one bar per series. Plain numbers
 * in, SVG coordinates out; the page shows the same figures in a table beside it, which is the chart's text alternative.
 *
 * @param rows    the categories from top to bottom
 * @param series  the legend, in drawing order
 * @param ticks   the value axis
 */
public record BarChart(int width, int height, int left, int right, int top, int bottom, List<Row> rows,
        List<Series> series, List<Tick> ticks) {

    /**
     * The width charts are drawn at: text is legible at this size (1:1 on a phone, where the chart scrolls in its own
     * region rather than shrink), and it scales up to the page's column on a wider screen.
     */
    public static final int WIDTH = 560;

    /** Fills that keep at least 3:1 against white and differ in lightness as well as hue. */
    static final List<String> FILLS = List.of("#1d4f91", "#b35900", "#2e7d32", "#7b1fa2", "#c62828", "#00695c",
            "#5d4037", "#455a64");

    public record Series(String label, String fill) {
    }

    /** A category: its label (shortened to fit; {@code fullLabel} in its tooltip) and its bars. */
    public record Row(String label, String fullLabel, double labelY, List<Bar> bars) {
    }

    /** One drawn bar or segment; {@code title} names its series and value, for a pointer's tooltip. */
    public record Bar(double x, double y, double width, double height, String fill, String title) {
    }

    public record Tick(double position, String label) {
    }

    /** The fill of the series at {@code index}, so that a table beside the chart can show the same colours. */
    public static String fill(int index) {
        return FILLS.get(index % FILLS.size());
    }

    /** What a compact chart's single bar says, for its accessible name: each part and its value. */
    public String summary() {
        return String.join(", ", rows.stream().flatMap(r -> r.bars().stream()).map(Bar::title).toList());
    }

    public double plotWidth() {
        return right - left;
    }

    public static Builder stacked(Locale locale) {
        return new Builder(true, locale);
    }

    public static Builder grouped(Locale locale) {
        return new Builder(false, locale);
    }

    /** Collects series and rows, then lays them out at a given width. */
    public static final class Builder {

        private static final int LABEL_CHARACTERS = 28;
        private final boolean stacked;
        private final NumberFormat numbers;
        private final List<String> seriesLabels = new ArrayList<>();
        private final List<String> rowLabels = new ArrayList<>();
        private final List<double[]> rowValues = new ArrayList<>();
        private Double max;
        private String unit = "";
        private boolean compact;
        private java.util.function.DoubleFunction<String> format;

        private Builder(boolean stacked, Locale locale) {
            this.stacked = stacked;
            this.numbers = NumberFormat.getNumberInstance(locale);
            this.numbers.setMaximumFractionDigits(1);
        }

        public Builder series(String... labels) {
            seriesLabels.addAll(List.of(labels));
            return this;
        }

        public Builder series(List<String> labels) {
            seriesLabels.addAll(labels);
            return this;
        }

        /** A row with one value per series; null is a missing figure: no bar, and "–" in its tooltip. */
        public Builder row(String label, List<? extends Number> values) {
            if (values.size() != seriesLabels.size()) {
                throw new IllegalArgumentException(
                        "row " + label + " has " + values.size() + " values for " + seriesLabels.size() + " series");
            }
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                Number n = values.get(i);
                v[i] = n == null ? Double.NaN : Math.max(0, n.doubleValue());
            }
            rowLabels.add(label);
            rowValues.add(v);
            return this;
        }

        /** The end of the value axis; by default the largest bar, rounded up. */
        public Builder max(double max) {
            this.max = max;
            return this;
        }

        /** One thin bar without labels or axis, to sit in a card: e.g. a score and its parts. */
        public Builder compact() {
            this.compact = true;
            return this;
        }

        /** How a value reads in its tooltip, e.g. "1 persondag"; by default the number and {@link #unit}. */
        public Builder format(java.util.function.DoubleFunction<String> format) {
            this.format = format;
            return this;
        }

        /** Appended to values in tooltips, e.g. " dagar". */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public BarChart build(int width) {
            int left = compact ? 1 : 200;
            int right = compact ? width - 1 : width - 20;
            int top = compact ? 1 : 10;
            int barHeight = stacked ? (compact ? 14 : 18) : 12;
            int groupHeight = stacked ? barHeight : barHeight * seriesLabels.size();
            int rowGap = compact ? 0 : 14;
            int bottom = top + rowLabels.size() * (groupHeight + rowGap);
            int height = compact ? bottom + 1 : bottom + 28;
            double end = max != null ? max : niceCeiling(largest());
            double scale = end <= 0 ? 0 : (right - left) / end;
            List<Series> series = new ArrayList<>();
            for (int s = 0; s < seriesLabels.size(); s++) {
                series.add(new Series(seriesLabels.get(s), fill(s)));
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < rowLabels.size(); r++) {
                double y = top + r * (groupHeight + rowGap) + rowGap / 2.0;
                double x = left;
                List<Bar> bars = new ArrayList<>();
                double[] values = rowValues.get(r);
                for (int s = 0; s < values.length; s++) {
                    boolean missing = Double.isNaN(values[s]);
                    double w = missing ? 0 : values[s] * scale;
                    String title = seriesLabels.get(s) + ": " + (missing ? "–"
                            : format != null ? format.apply(values[s]) : numbers.format(values[s]) + unit);
                    if (stacked) {
                        if (w > 0) {
                            bars.add(new Bar(round(x), y, round(w), barHeight, series.get(s).fill(), title));
                        }
                        x += w;
                    } else if (!missing) {
                        bars.add(new Bar(left, y + s * barHeight, round(w), barHeight - 2, series.get(s).fill(),
                                title));
                    }
                }
                String label = rowLabels.get(r);
                String shortLabel = label.length() > LABEL_CHARACTERS
                        ? label.substring(0, LABEL_CHARACTERS - 1).strip() + "…" : label;
                rows.add(new Row(shortLabel, label, y + groupHeight / 2.0 + 4, bars));
            }
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i <= (compact ? -1 : 4); i++) {
                double value = end * i / 4;
                ticks.add(new Tick(round(left + value * scale), numbers.format(value)));
            }
            return new BarChart(width, height, left, right, top, bottom, rows, series, ticks);
        }

        private double largest() {
            double largest = 0;
            for (double[] values : rowValues) {
                double total = 0;
                for (double v : values) {
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    total = stacked ? total + v : Math.max(total, v);
                }
                largest = Math.max(largest, total);
            }
            return largest;
        }
    }

    /** 1, 2, 2.5, 5 or 10 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
