package se.delbart.portfolio.web;

import java.util.ArrayList;
import java.util.List;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.InitiativeView;

/**
 * The geometry of the value/cost chart, drawn by the template as inline SVG (no script): each initiative is a numbered
 * mark at (cost over the horizon, value), its shape telling the origin (circle national, square local, diamond
 * joint), so no meaning rests on colour; the value is level 2 where assessed, else level 1. The page shows the same
 * numbers in a table beside it.
 */
record ValueCostChart(int width, int height, int left, int top, int plotWidth, int plotHeight, List<Point> points,
        List<Tick> xTicks, List<Tick> yTicks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    record Point(int number, double x, double y, String shape, String title, Origin origin, boolean levelTwo) {
    }

    record Tick(double position, String label) {
    }

    public int bottom() {
        return top + plotHeight;
    }

    public int right() {
        return left + plotWidth;
    }

    static ValueCostChart of(List<InitiativeView> views) {
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        long maxCost = 1;
        for (InitiativeView v : views) {
            maxCost = Math.max(maxCost, v.valuation().cost().total());
        }
        long step = niceStep(maxCost);
        long axisMax = ((maxCost + step - 1) / step) * step;
        List<Point> points = new ArrayList<>();
        int n = 0;
        for (InitiativeView v : views) {
            n++;
            Double l2 = v.valuation().level2().value();
            Double value = l2 != null ? l2 : v.valuation().level1().value();
            if (value == null) {
                continue;
            }
            double x = LEFT + pw * (double) v.valuation().cost().total() / axisMax;
            double y = TOP + ph * (1 - value / 100.0);
            Origin origin = v.initiative().origin();
            points.add(new Point(n, round(x), round(y), shape(origin, x, y), v.initiative().title(), origin,
                    l2 != null));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (long c = 0; c <= axisMax; c += step) {
            xTicks.add(new Tick(round(LEFT + pw * (double) c / axisMax), Amounts.format(c / 1000) + " tkr"));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int val = 0; val <= 100; val += 25) {
            yTicks.add(new Tick(round(TOP + ph * (1 - val / 100.0)), String.valueOf(val)));
        }
        return new ValueCostChart(WIDTH, HEIGHT, LEFT, TOP, pw, ph, points, xTicks, yTicks);
    }

    /** An SVG path for the mark: circle (national), square (local), diamond (joint). */
    private static String shape(Origin origin, double x, double y) {
        double r = 7;
        return switch (origin) {
            case NATIONAL -> "M " + round(x - r) + " " + round(y) + " a " + r + " " + r + " 0 1 0 " + (2 * r)
                    + " 0 a " + r + " " + r + " 0 1 0 " + (-2 * r) + " 0 Z";
            case LOCAL -> "M " + round(x - r) + " " + round(y - r) + " h " + (2 * r) + " v " + (2 * r) + " h "
                    + (-2 * r) + " Z";
            case JOINT -> "M " + round(x) + " " + round(y - r - 2) + " L " + round(x + r + 2) + " " + round(y) + " L "
                    + round(x) + " " + round(y + r + 2) + " L " + round(x - r - 2) + " " + round(y) + " Z";
        };
    }

    private static long niceStep(long max) {
        long[] steps = { 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000,
                50_000_000, 100_000_000 };
        for (long s : steps) {
            if (max / s <= 5) {
                return s;
            }
        }
        return Math.max(1, max / 5);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
