package se.delbart.insight;

import java.util.List;

/**
 * The diffusion page's data: the curve for the chosen scope and measure, and a row per domain and per published
 * solution with its adoptions (any status), those that reached production, and those started in the last 12 months.
 */
public record DiffusionView(DiffusionCurve curve, List<Row> domains, List<Row> solutions) {

    /** {@code key} is a domain code or a solution id; {@code firstMonth} the month of its first adoption (or null). */
    public record Row(String key, String label, int adoptions, int inProduction, int lastYear, String firstMonth) {
    }
}
