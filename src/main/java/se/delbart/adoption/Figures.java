package se.delbart.adoption;

import java.util.List;
import java.util.Objects;

/** Median and range of reported figures, with how many reports gave one (n). Plain arithmetic, unit-tested. */
public record Figures(int n, Double median, Long min, Long max) {

    public static final Figures NONE = new Figures(0, null, null, null);

    public static Figures of(List<? extends Number> values) {
        List<Long> sorted = values.stream().filter(Objects::nonNull).map(Number::longValue).sorted().toList();
        if (sorted.isEmpty()) {
            return NONE;
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new Figures(n, median, sorted.get(0), sorted.get(n - 1));
    }

    /** Average of 1–5 ratings, rounded to one decimal, with n. */
    public record Rating(int n, Double average) {
        public static Rating of(List<Integer> ratings) {
            List<Integer> given = ratings.stream().filter(Objects::nonNull).toList();
            if (given.isEmpty()) {
                return new Rating(0, null);
            }
            double average = given.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return new Rating(given.size(), Math.round(average * 10) / 10.0);
        }
    }
}
