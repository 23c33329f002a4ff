package se.delbart.portfolio.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.Criterion;
import se.delbart.portfolio.DepartmentAssessment;
import se.delbart.portfolio.InitiativeDetails;
import se.delbart.portfolio.MunicipalityAssessment;
import se.delbart.portfolio.Score;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.portfolio.Weights;
import se.delbart.portfolio.PortfolioSetup;
import se.delbart.portfolio.InitiativeStatus;
import se.delbart.portfolio.Budget;


/** Request bodies of the portfolio API, and their translation to the domain with field errors named by JSON path. */
final class Bodies {

    private Bodies() {
    }

    record InitiativeBody(String title, String description, UUID needId, String needText, Origin origin,
            UUID solutionId, List<String> departments, BudgetKind budget) {

        InitiativeDetails toDetails() {
            return new InitiativeDetails(title, description, needId, needText, origin, solutionId, departments,
                    budget);
        }
    }

    record ScoreBody(Integer value, String note) {
    }

    record DepartmentAssessmentBody(Map<Criterion, ScoreBody> scores, Long oneOffSek, Long yearlySek,
            Integer internalDays, Integer adaptationDays, Long adaptationSek, Integer weeksToValue, String risks) {

        DepartmentAssessment toAssessment() {
            List<FieldProblem> problems = new ArrayList<>();
            Map<Criterion, Score> values = new EnumMap<>(Criterion.class);
            if (scores != null) {
                scores.forEach((c, s) -> {
                    if (c.level() != 1) {
                        problems.add(new FieldProblem("scores." + c, "is not a department criterion"));
                    } else if (s != null && s.value() != null) {
                        if (s.value() < 0 || s.value() > Criterion.MAX_SCORE) {
                            problems.add(new FieldProblem("scores." + c + ".value",
                                    "must be 0–" + Criterion.MAX_SCORE));
                        } else {
                            values.put(c, new Score(s.value(), blankToNull(s.note())));
                        }
                    }
                });
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new DepartmentAssessment(values, oneOffSek, yearlySek, internalDays, adaptationDays, adaptationSek,
                    weeksToValue, blankToNull(risks));
        }
    }

    record MunicipalityAssessmentBody(Map<String, Integer> goalScores, Integer citizenValue, String citizenNote,
            Integer interoperability, Integer standards, Integer scalability, Integer reachDepartments,
            String inactionNote, Long inactionSekPerYear) {

        MunicipalityAssessment toAssessment() {
            Map<String, Integer> goals = new LinkedHashMap<>();
            if (goalScores != null) {
                goalScores.forEach((g, s) -> {
                    if (s != null) {
                        goals.put(g, s);
                    }
                });
            }
            return new MunicipalityAssessment(goals, citizenValue, blankToNull(citizenNote), interoperability,
                    standards, scalability, reachDepartments, blankToNull(inactionNote), inactionSekPerYear);
        }
    }

    record BudgetBody(Integer year, BudgetKind kind, Long amountSek) {
    }

    /**
     * Portfolio settings as the API reads and writes them; weights by criterion (a criterion left out keeps its
     * default weight).
     */
    record SettingsBody(List<String> departments, List<String> goals, List<BudgetBody> budgets, Integer horizonYears,
            Long dayRateSek, Map<Criterion, Integer> weights) {

        static SettingsBody of(PortfolioSetup s) {
            return new SettingsBody(s.departments(), s.goals(), s.budgets().stream()
                    .map(b -> new BudgetBody(b.year(), b.kind(), b.amountSek())).toList(), s.horizonYears(),
                    s.dayRateSek(), s.weights().byCriterion());
        }

        PortfolioSetup toSetup() {
            List<FieldProblem> problems = new ArrayList<>();
            List<Budget> list = new ArrayList<>();
            List<BudgetBody> given = budgets == null ? List.of() : budgets;
            for (int k = 0; k < given.size(); k++) {
                BudgetBody b = given.get(k);
                if (b == null || b.year() == null || b.kind() == null || b.amountSek() == null) {
                    problems.add(new FieldProblem("budgets[" + k + "]", "needs year, kind and amountSek"));
                } else {
                    list.add(new Budget(b.year(), b.kind(), b.amountSek()));
                }
            }
            Map<Criterion, Integer> w = new EnumMap<>(Weights.DEFAULT.byCriterion());
            if (weights != null) {
                weights.forEach((c, v) -> {
                    if (v == null || v < 0 || v > Weights.MAX) {
                        problems.add(new FieldProblem("weights." + c, "must be 0–" + Weights.MAX));
                    } else {
                        w.put(c, v);
                    }
                });
            }
            if (horizonYears == null) {
                problems.add(new FieldProblem("horizonYears", "must be given"));
            }
            if (dayRateSek == null) {
                problems.add(new FieldProblem("dayRateSek", "must be given"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new PortfolioSetup(blankForNull(departments), blankForNull(goals), list,
                    horizonYears, dayRateSek,
                    new Weights(w), 0);
        }
    }

    record StatusBody(InitiativeStatus status, String motivation) {
    }

    /** A list as given, with a null list empty and null entries blank (validation then names them). */
    static List<String> blankForNull(List<String> list) {
        return list == null ? List.of() : list.stream().map(s -> s == null ? "" : s).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
