package se.delbart.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.math.BigDecimal;


/**
 * An initiative's two values and its cost over the horizon, each with the formula and the numbers that went into it,
 * so that no figure is a black box. Plain arithmetic, documented with a worked example in docs/portfolio.md.
 *
 * <ul>
 * <li>Level value (0–100) = 100 × Σ(weight × score) / (4 × Σ weight), over the criteria that are scored; criteria
 * not scored are listed as missing, never counted as zero. Level 2's GOALS score is the mean of the goals scored,
 * REACH is {@link MunicipalityAssessment#reachScore(Integer)}.</li>
 * <li>Cost over H years = one-off + adaptation SEK + H × yearly + (internal days + adaptation days) × day rate.</li>
 * <li>The cost of not acting over H years = H × its yearly SEK, shown beside the cost, never netted silently.</li>
 * </ul>
 */
public record Valuation(Level level1, Level level2, Cost cost) {

    /** One criterion in a level's sum. {@code score} is null when it is not scored. */
    public record Term(Criterion criterion, int weight, Double score) {
    }

    /** A level's value, or null value when nothing (or only zero weights) is scored. */
    public record Level(Double value, List<Term> terms, int scored, int criteria) {

        public Level {
            terms = List.copyOf(terms);
        }

        /** The formula with its numbers, e.g. {@code 100 × (1×3 + 2×4) / (4 × 3) = 91.7}. */
        public String formula() {
            List<String> parts = new ArrayList<>();
            int weights = 0;
            for (Term t : terms) {
                if (t.score() != null) {
                    parts.add(t.weight() + "×" + number(t.score()));
                    weights += t.weight();
                }
            }
            if (value == null) {
                return "–";
            }
            return "100 × (" + String.join(" + ", parts) + ") / (" + Criterion.MAX_SCORE + " × " + weights + ") = "
                    + number(value);
        }

        public boolean complete() {
            return scored == criteria;
        }
    }

    /** The cost over the horizon and its parts; amounts not stated count as 0 and are listed as missing. */
    public record Cost(long total, int years, long oneOffSek, long adaptationSek, long yearlySek, int internalDays,
            int adaptationDays, long dayRateSek, List<String> missing, Long inactionSekPerYear) {

        public Cost {
            missing = List.copyOf(missing);
        }

        public long daysSek() {
            return (long) (internalDays + adaptationDays) * dayRateSek;
        }

        public Long inactionTotal() {
            return inactionSekPerYear == null ? null : inactionSekPerYear * years;
        }

        public String formula() {
            return oneOffSek + " + " + adaptationSek + " + " + years + " × " + yearlySek + " + (" + internalDays + " + "
                    + adaptationDays + ") × " + dayRateSek + " = " + total;
        }
    }

    public static Valuation of(Initiative initiative, PortfolioSetup setup) {
        return of(initiative.departmentAssessment().orElse(null), initiative.municipalityAssessment().orElse(null),
                setup);
    }

    public static Valuation of(DepartmentAssessment l1, MunicipalityAssessment l2, PortfolioSetup setup) {
        Weights w = setup.weights();
        List<Term> terms1 = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            if (c.level() == 1) {
                Score s = l1 == null ? null : l1.score(c);
                terms1.add(new Term(c, w.of(c), s == null ? null : (double) s.value()));
            }
        }
        List<Term> terms2 = new ArrayList<>();
        if (l2 != null) {
            terms2.add(new Term(Criterion.GOALS, w.of(Criterion.GOALS), goalMean(l2, setup.goals())));
            terms2.add(new Term(Criterion.CITIZEN, w.of(Criterion.CITIZEN), d(l2.citizenValue())));
            terms2.add(new Term(Criterion.INTEROPERABILITY, w.of(Criterion.INTEROPERABILITY),
                    d(l2.interoperability())));
            terms2.add(new Term(Criterion.STANDARDS, w.of(Criterion.STANDARDS), d(l2.standards())));
            terms2.add(new Term(Criterion.SCALABILITY, w.of(Criterion.SCALABILITY), d(l2.scalability())));
            terms2.add(new Term(Criterion.REACH, w.of(Criterion.REACH),
                    d(MunicipalityAssessment.reachScore(l2.reachDepartments()))));
        } else {
            for (Criterion c : Criterion.values()) {
                if (c.level() == 2) {
                    terms2.add(new Term(c, w.of(c), null));
                }
            }
        }
        return new Valuation(level(terms1), level(terms2), cost(l1, l2, setup));
    }

    /** The mean of the scores given to the municipality's current goals; null when none is scored. */
    static Double goalMean(MunicipalityAssessment l2, List<String> goals) {
        double sum = 0;
        int n = 0;
        for (String goal : goals) {
            Integer s = l2.goalScores().get(goal);
            if (s != null) {
                sum += s;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static Level level(List<Term> terms) {
        double weighted = 0;
        int weights = 0;
        int scored = 0;
        for (Term t : terms) {
            if (t.score() != null) {
                scored++;
                weighted += t.weight() * t.score();
                weights += t.weight();
            }
        }
        Double value = weights == 0 ? null : round1(100 * weighted / (Criterion.MAX_SCORE * weights));
        return new Level(value, terms, scored, terms.size());
    }

    private static Cost cost(DepartmentAssessment l1, MunicipalityAssessment l2, PortfolioSetup setup) {
        List<String> missing = new ArrayList<>();
        long oneOff = amount(l1 == null ? null : l1.oneOffSek(), "oneOffSek", missing);
        long adaptation = amount(l1 == null ? null : l1.adaptationSek(), "adaptationSek", missing);
        long yearly = amount(l1 == null ? null : l1.yearlySek(), "yearlySek", missing);
        int internal = (int) amount(l1 == null || l1.internalDays() == null ? null : (long) l1.internalDays(),
                "internalDays", missing);
        int adaptDays = (int) amount(l1 == null || l1.adaptationDays() == null ? null : (long) l1.adaptationDays(),
                "adaptationDays", missing);
        int years = setup.horizonYears();
        long total = oneOff + adaptation + years * yearly + (long) (internal + adaptDays) * setup.dayRateSek();
        return new Cost(total, years, oneOff, adaptation, yearly, internal, adaptDays, setup.dayRateSek(), missing,
                l2 == null ? null : l2.inactionSekPerYear());
    }

    private static long amount(Long value, String name, List<String> missing) {
        if (value == null) {
            missing.add(name);
            return 0;
        }
        return value;
    }

    private static Double d(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A number as the formulas show it: whole, or with up to two decimals (2.5, 2.33). */
    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.2f", value)).stripTrailingZeros()
                .toPlainString();
    }
}
