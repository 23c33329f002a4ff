package se.delbart.portfolio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The budget view (recommendation 2): per year of the horizon and per budget, the stated budget, what prioritised and
 * started initiatives cost (committed) and what proposed and assessed ones would add (pipeline); and warnings where
 * operations eat into the development budget. An initiative costs, in its first year, one-off + adaptation SEK +
 * yearly + (internal + adaptation days) × day rate, and in each later year its yearly cost.
 */
public record BudgetView(List<Year> years, List<Warning> warnings) {

    public record Line(BudgetKind kind, Long budgetSek, long committedSek, long pipelineSek) {
        public Long leftSek() {
            return budgetSek == null ? null : budgetSek - committedSek;
        }
    }

    public record Year(int year, Map<BudgetKind, Line> lines) {
    }

    /** {@code code}: DRIFT_OVER, DEVELOPMENT_OVER or RUNNING_COSTS_IN_DEVELOPMENT; amount in SEK. */
    public record Warning(String code, int year, long amountSek) {
    }

    static BudgetView of(List<Initiative> initiatives, PortfolioSetup setup, int firstYear) {
        int years = setup.horizonYears();
        long[][] committed = new long[years][BudgetKind.values().length];
        long[][] pipeline = new long[years][BudgetKind.values().length];
        long[] runningInDevelopment = new long[years];
        for (Initiative i : initiatives) {
            if (i.status().isClosed() || i.status() == InitiativeStatus.DEFERRED) {
                continue;
            }
            Valuation.Cost cost = Valuation.of(i, setup).cost();
            for (int y = 0; y < years; y++) {
                long amount = y == 0 ? cost.oneOffSek() + cost.adaptationSek() + cost.yearlySek() + cost.daysSek()
                        : cost.yearlySek();
                long[][] target = i.status().isCommitted() ? committed : pipeline;
                target[y][i.budget().ordinal()] += amount;
                if (i.status().isCommitted() && i.budget() == BudgetKind.UTVECKLING && y > 0) {
                    runningInDevelopment[y] += cost.yearlySek();
                }
            }
        }
        List<Year> rows = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            int year = firstYear + y;
            Map<BudgetKind, Line> lines = new EnumMap<>(BudgetKind.class);
            for (BudgetKind kind : BudgetKind.values()) {
                Long budget = setup.hasBudget(year, kind) ? setup.budget(year, kind) : null;
                lines.put(kind, new Line(kind, budget, committed[y][kind.ordinal()], pipeline[y][kind.ordinal()]));
            }
            rows.add(new Year(year, lines));
            Line drift = lines.get(BudgetKind.DRIFT);
            if (drift.budgetSek() != null && drift.committedSek() > drift.budgetSek()) {
                warnings.add(new Warning("DRIFT_OVER", year, drift.committedSek() - drift.budgetSek()));
            }
            Line dev = lines.get(BudgetKind.UTVECKLING);
            if (dev.budgetSek() != null && dev.committedSek() > dev.budgetSek()) {
                warnings.add(new Warning("DEVELOPMENT_OVER", year, dev.committedSek() - dev.budgetSek()));
            }
            if (runningInDevelopment[y] > 0) {
                warnings.add(new Warning("RUNNING_COSTS_IN_DEVELOPMENT", year, runningInDevelopment[y]));
            }
        }
        return new BudgetView(rows, warnings);
    }
}
