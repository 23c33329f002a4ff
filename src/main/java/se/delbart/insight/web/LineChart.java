package se.delbart.insight.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import se.delbart.insight.DiffusionCurve;

/**
 * The geometry of a cumulative-adoption line chart, drawn by the template as inline SVG (no script). Lines differ by
 * colour AND dash pattern and carry their label at their end, so no meaning rests on colour alone; the page shows the
 * same numbers in a table.
 */
record LineChart(int width, int height, Box plot, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

    static final int WIDTH = 720;
    static final int HEIGHT = 340;
    private static final int LEFT = 48;
    private static final int RIGHT = 150;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;
    private static final int LABEL_GAP = 14;
    /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), and dash patterns to tell lines apart. */
    private static final String[] COLOURS = { "#a4161a", "#1e6b35", "#8a5a00", "#5b2a86", "#00656b", "#b3006b",
            "#7a3b00", "#3d4f7a", "#4a5563" };
    private static final String[] DASHES = { "6 3", "2 3", "8 3 2 3", "12 4", "4 4", "1 2", "10 2 2 2", "3 6", "" };

    record Box(int x, int y, int width, int height) {

        public int bottom() {
            return y + height;
        }

        public int right() {
            return x + width;
        }
    }

    /** A polyline: its points ("x,y x,y …"), stroke, dash pattern ("" for solid), width and end label. */
    record Line(String label, String points, String colour, String dash, double strokeWidth, double labelX,
            double labelY, boolean total) {
    }

    record Tick(double position, String label) {
    }

    static LineChart of(DiffusionCurve curve, String totalLabel) {
        int n = curve.months().size();
        Box plot = new Box(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        int max = Math.max(1, curve.max());
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        int top = ((max + step - 1) / step) * step;
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            yTicks.add(new Tick(y(v, top, plot), String.valueOf(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i += every) {
            xTicks.add(new Tick(x(i, n, plot), curve.months().get(i)));
        }
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < curve.series().size(); s++) {
            DiffusionCurve.Series series = curve.series().get(s);
            lines.add(line(series.group() + " (" + last(series.values()) + ")", series.values(), n, top, plot,
                    COLOURS[s % COLOURS.length], DASHES[s % DASHES.length], 2, false));
        }
        if (!curve.total().isEmpty()) {
            lines.add(line(totalLabel + " (" + last(curve.total()) + ")", curve.total(), n, top, plot, "#0b5394", "",
                    3.5, true));
        }
        return new LineChart(WIDTH, HEIGHT, plot, spreadLabels(lines, plot), xTicks, yTicks);
    }

    private static int last(List<Integer> values) {
        return values.isEmpty() ? 0 : values.get(values.size() - 1);
    }

    private static Line line(String label, List<Integer> values, int n, int top, Box plot, String colour, String dash,
            double width, boolean total) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            points.append(i == 0 ? "" : " ").append(fmt(x(i, n, plot))).append(',').append(fmt(y(values.get(i), top, plot)));
        }
        double endY = y(last(values), top, plot);
        return new Line(label, points.toString(), colour, dash, width, plot.right() + 6, endY + 4, total);
    }

    /** Moves end labels apart (top to bottom) so that lines ending at the same height stay readable. */
    private static List<Line> spreadLabels(List<Line> lines, Box plot) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::labelY));
        List<Line> placed = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (Line l : sorted) {
            double y = Math.max(l.labelY(), previous + LABEL_GAP);
            placed.add(new Line(l.label(), l.points(), l.colour(), l.dash(), l.strokeWidth(), l.labelX(), y, l.total()));
            previous = y;
        }
        return placed;
    }

    private static double x(int i, int n, Box plot) {
        return n <= 1 ? plot.x() + plot.width() / 2.0 : plot.x() + (double) i * plot.width() / (n - 1);
    }

    private static double y(int value, int top, Box plot) {
        return plot.bottom() - (double) value * plot.height() / top;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
