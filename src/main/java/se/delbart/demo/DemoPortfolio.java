package se.delbart.demo;

import java.util.List;
import java.util.Map;

/** A municipality's example portfolio (demo/portfolios.json): its settings and initiatives with their assessments. */
record DemoPortfolio(String municipality, List<String> departments, List<String> goals, List<BudgetYear> budgets,
        List<Initiative> initiatives) {

    /** Budgets for the year {@code offset} years from now. */
    record BudgetYear(int offset, long drift, long utveckling) {
    }

    /** {@code solution}: a key of demo/solutions.json, or null for an own idea; {@code need}: free text. */
    record Initiative(String title, String description, String need, String origin, String solution,
            List<String> departments, String budget, Level1 level1, Level2 level2, List<Step> steps) {
    }

    /** Scores as [score, note]. */
    record Level1(Map<String, List<Object>> scores, Long oneOffSek, Long yearlySek, Integer internalDays,
            Integer adaptationDays, Long adaptationSek, Integer weeksToValue, String risks) {
    }

    record Level2(Map<String, Integer> goals, Integer citizen, String citizenNote, Integer interoperability,
            Integer standards, Integer scalability, Integer reach, String inactionNote, Long inactionSekPerYear) {
    }

    record Step(String status, String motivation) {
    }
}
