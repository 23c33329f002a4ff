package se.delbart.portfolio.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.validation.BindingResult;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.Criterion;
import se.delbart.portfolio.DepartmentAssessment;
import se.delbart.portfolio.InitiativeDetails;
import se.delbart.portfolio.InitiativeStatus;
import se.delbart.portfolio.MunicipalityAssessment;
import se.delbart.portfolio.Score;

/** The portfolio pages' form objects, bound by Spring MVC; numbers are typed as text and parsed here. */
final class Forms {

    private Forms() {
    }

    /** Propose or edit an initiative. {@code need} is a declared need's id, or empty for free text. */
    static class InitiativeForm {
        private String title;
        private String description;
        private String need;
        private String needText;
        private Origin origin;
        private String solution;
        private List<String> departments = new ArrayList<>();
        private BudgetKind budget;
        private Long version;

        InitiativeDetails toDetails(BindingResult errors) {
            UUID needId = uuid(need, "need", errors);
            UUID solutionId = uuid(solution, "solution", errors);
            return new InitiativeDetails(title, description, needId, needId == null ? needText : null, origin,
                    solutionId, departments == null ? List.of() : departments, budget);
        }

        static InitiativeForm of(InitiativeDetails d, long version) {
            InitiativeForm f = new InitiativeForm();
            f.title = d.title();
            f.description = d.description();
            f.need = d.needId() == null ? "" : d.needId().toString();
            f.needText = d.needText();
            f.origin = d.origin();
            f.solution = d.solutionId() == null ? "" : d.solutionId().toString();
            f.departments = new ArrayList<>(d.departments());
            f.budget = d.budget();
            f.version = version;
            return f;
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getNeed() { return need; }
        public void setNeed(String v) { need = v; }
        public String getNeedText() { return needText; }
        public void setNeedText(String v) { needText = v; }
        public Origin getOrigin() { return origin; }
        public void setOrigin(Origin v) { origin = v; }
        public String getSolution() { return solution; }
        public void setSolution(String v) { solution = v; }
        public List<String> getDepartments() { return departments; }
        public void setDepartments(List<String> v) { departments = v; }
        public BudgetKind getBudget() { return budget; }
        public void setBudget(BudgetKind v) { budget = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    /** Level 1: a score 0–4 (or none) and a note per criterion, amounts, days, weeks and risks. */
    static class DepartmentForm {
        private Map<String, String> score = new LinkedHashMap<>();
        private Map<String, String> note = new LinkedHashMap<>();
        private String oneOffSek;
        private String yearlySek;
        private String internalDays;
        private String adaptationDays;
        private String adaptationSek;
        private String weeksToValue;
        private String risks;
        private Long version;

        DepartmentAssessment toAssessment(BindingResult errors) {
            Map<Criterion, Score> scores = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                if (c.level() != 1) {
                    continue;
                }
                Integer value = score(score.get(c.name()), "score[" + c.name() + "]", errors);
                if (value != null) {
                    scores.put(c, new Score(value, blank(note.get(c.name()))));
                }
            }
            return new DepartmentAssessment(scores, amount(oneOffSek, "oneOffSek", errors),
                    amount(yearlySek, "yearlySek", errors), whole(internalDays, "internalDays", errors),
                    whole(adaptationDays, "adaptationDays", errors), amount(adaptationSek, "adaptationSek", errors),
                    whole(weeksToValue, "weeksToValue", errors), blank(risks));
        }

        static DepartmentForm of(DepartmentAssessment a, long version, Integer suggestedAdaptationDays) {
            DepartmentForm f = new DepartmentForm();
            f.version = version;
            if (a == null) {
                f.adaptationDays = suggestedAdaptationDays == null ? null : String.valueOf(suggestedAdaptationDays);
                return f;
            }
            a.scores().forEach((c, s) -> {
                f.score.put(c.name(), String.valueOf(s.value()));
                f.note.put(c.name(), s.note());
            });
            f.oneOffSek = text(a.oneOffSek());
            f.yearlySek = text(a.yearlySek());
            f.internalDays = a.internalDays() == null ? null : String.valueOf(a.internalDays());
            f.adaptationDays = a.adaptationDays() == null ? null : String.valueOf(a.adaptationDays());
            f.adaptationSek = text(a.adaptationSek());
            f.weeksToValue = a.weeksToValue() == null ? null : String.valueOf(a.weeksToValue());
            f.risks = a.risks();
            return f;
        }

        public Map<String, String> getScore() { return score; }
        public void setScore(Map<String, String> v) { score = v; }
        public Map<String, String> getNote() { return note; }
        public void setNote(Map<String, String> v) { note = v; }
        public String getOneOffSek() { return oneOffSek; }
        public void setOneOffSek(String v) { oneOffSek = v; }
        public String getYearlySek() { return yearlySek; }
        public void setYearlySek(String v) { yearlySek = v; }
        public String getInternalDays() { return internalDays; }
        public void setInternalDays(String v) { internalDays = v; }
        public String getAdaptationDays() { return adaptationDays; }
        public void setAdaptationDays(String v) { adaptationDays = v; }
        public String getAdaptationSek() { return adaptationSek; }
        public void setAdaptationSek(String v) { adaptationSek = v; }
        public String getWeeksToValue() { return weeksToValue; }
        public void setWeeksToValue(String v) { weeksToValue = v; }
        public String getRisks() { return risks; }
        public void setRisks(String v) { risks = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    /** Level 2: a score per strategic goal (by position), citizen value, system-wide values, reach, inaction. */
    static class MunicipalityForm {
        private Map<String, String> goal = new LinkedHashMap<>();
        private String citizenValue;
        private String citizenNote;
        private String interoperability;
        private String standards;
        private String scalability;
        private String reachDepartments;
        private String inactionNote;
        private String inactionSekPerYear;
        private Long version;

        MunicipalityAssessment toAssessment(List<String> goals, BindingResult errors) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int k = 0; k < goals.size(); k++) {
                Integer s = score(goal.get(String.valueOf(k)), "goal[" + k + "]", errors);
                if (s != null) {
                    scores.put(goals.get(k), s);
                }
            }
            return new MunicipalityAssessment(scores, score(citizenValue, "citizenValue", errors), blank(citizenNote),
                    score(interoperability, "interoperability", errors), score(standards, "standards", errors),
                    score(scalability, "scalability", errors), whole(reachDepartments, "reachDepartments", errors),
                    blank(inactionNote), amount(inactionSekPerYear, "inactionSekPerYear", errors));
        }

        static MunicipalityForm of(MunicipalityAssessment a, List<String> goals, long version) {
            MunicipalityForm f = new MunicipalityForm();
            f.version = version;
            if (a == null) {
                return f;
            }
            for (int k = 0; k < goals.size(); k++) {
                Integer s = a.goalScores().get(goals.get(k));
                if (s != null) {
                    f.goal.put(String.valueOf(k), String.valueOf(s));
                }
            }
            f.citizenValue = str(a.citizenValue());
            f.citizenNote = a.citizenNote();
            f.interoperability = str(a.interoperability());
            f.standards = str(a.standards());
            f.scalability = str(a.scalability());
            f.reachDepartments = str(a.reachDepartments());
            f.inactionNote = a.inactionNote();
            f.inactionSekPerYear = text(a.inactionSekPerYear());
            return f;
        }

        public Map<String, String> getGoal() { return goal; }
        public void setGoal(Map<String, String> v) { goal = v; }
        public String getCitizenValue() { return citizenValue; }
        public void setCitizenValue(String v) { citizenValue = v; }
        public String getCitizenNote() { return citizenNote; }
        public void setCitizenNote(String v) { citizenNote = v; }
        public String getInteroperability() { return interoperability; }
        public void setInteroperability(String v) { interoperability = v; }
        public String getStandards() { return standards; }
        public void setStandards(String v) { standards = v; }
        public String getScalability() { return scalability; }
        public void setScalability(String v) { scalability = v; }
        public String getReachDepartments() { return reachDepartments; }
        public void setReachDepartments(String v) { reachDepartments = v; }
        public String getInactionNote() { return inactionNote; }
        public void setInactionNote(String v) { inactionNote = v; }
        public String getInactionSekPerYear() { return inactionSekPerYear; }
        public void setInactionSekPerYear(String v) { inactionSekPerYear = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    /** A decision or step, with its motivation. */
    static class DecisionForm {
        private InitiativeStatus status;
        private String motivation;
        private Long version;

        public InitiativeStatus getStatus() { return status; }
        public void setStatus(InitiativeStatus v) { status = v; }
        public String getMotivation() { return motivation; }
        public void setMotivation(String v) { motivation = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    /** Settings: one name per line for departments and goals; budgets "year DRIFT amount" rows. */
    static class SettingsForm {
        private String departments;
        private String goals;
        private String horizonYears;
        private String dayRateSek;
        private Map<String, String> weight = new LinkedHashMap<>();
        private Map<String, String> drift = new LinkedHashMap<>();
        private Map<String, String> utveckling = new LinkedHashMap<>();
        private Long version;

        public String getDepartments() { return departments; }
        public void setDepartments(String v) { departments = v; }
        public String getGoals() { return goals; }
        public void setGoals(String v) { goals = v; }
        public String getHorizonYears() { return horizonYears; }
        public void setHorizonYears(String v) { horizonYears = v; }
        public String getDayRateSek() { return dayRateSek; }
        public void setDayRateSek(String v) { dayRateSek = v; }
        public Map<String, String> getWeight() { return weight; }
        public void setWeight(Map<String, String> v) { weight = v; }
        public Map<String, String> getDrift() { return drift; }
        public void setDrift(Map<String, String> v) { drift = v; }
        public Map<String, String> getUtveckling() { return utveckling; }
        public void setUtveckling(Map<String, String> v) { utveckling = v; }
        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
    }

    static UUID uuid(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "portfolio.error.choice", "Choose from the list.");
            return null;
        }
    }

    static Integer score(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= 0 && v <= Criterion.MAX_SCORE) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue(field, "portfolio.error.score", "Choose 0–4.");
        return null;
    }

    static Long amount(String text, String field, BindingResult errors) {
        try {
            return Amounts.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.rejectValue(field, "portfolio.error.amount", "Write an amount in kronor, e.g. 25 000.");
            return null;
        }
    }

    static Integer whole(String text, String field, BindingResult errors) {
        try {
            return Amounts.parseInt(text);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.rejectValue(field, "portfolio.error.number", "Write a whole number.");
            return null;
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(Long value) {
        return value == null ? null : Amounts.format(value);
    }

    private static String str(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
