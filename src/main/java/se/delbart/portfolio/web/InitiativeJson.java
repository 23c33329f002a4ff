package se.delbart.portfolio.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.AdaptationReference;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.Criterion;
import se.delbart.portfolio.DepartmentAssessment;
import se.delbart.portfolio.Initiative;
import se.delbart.portfolio.InitiativeStatus;
import se.delbart.portfolio.InitiativeView;
import se.delbart.portfolio.MunicipalityAssessment;
import se.delbart.portfolio.Valuation;
import java.util.Locale;


/** An initiative in the API: what it is, both assessments, the decision, the valuation with formulas, advice. */
record InitiativeJson(UUID id, long version, String kommunkod, String title, String description, Need need,
        Origin origin, Source solution, List<String> departments, BudgetKind budget, InitiativeStatus status,
        List<InitiativeStatus> allowedNext, DepartmentAssessment departmentAssessment,
        MunicipalityAssessment municipalityAssessment, DecisionJson decision, ValuationJson valuation,
        AdaptationReference adaptationReference, List<AdviceJson> advice, List<String> peersRunningIt,
        Instant createdAt, Instant updatedAt) {

    record Need(UUID id, String text) {
    }

    /** The latest decision; {@code by} is the decider's display name. */
    record DecisionJson(String motivation, String by, Instant at) {
    }

    record Source(UUID id, String name) {
    }

    record AdviceJson(String code, List<String> args, String text) {
    }

    record LevelJson(Double value, int scored, int criteria, String formula, List<Valuation.Term> terms) {
        static LevelJson of(Valuation.Level l) {
            return new LevelJson(l.value(), l.scored(), l.criteria(), l.formula(), l.terms());
        }
    }

    record CostJson(long totalSek, int years, long oneOffSek, long adaptationSek, long yearlySek, int internalDays,
            int adaptationDays, long dayRateSek, List<String> missing, Long inactionSekPerYear,
            Long inactionTotalSek, String formula) {
        static CostJson of(Valuation.Cost c) {
            return new CostJson(c.total(), c.years(), c.oneOffSek(), c.adaptationSek(), c.yearlySek(),
                    c.internalDays(), c.adaptationDays(), c.dayRateSek(), c.missing(), c.inactionSekPerYear(),
                    c.inactionTotal(), c.formula());
        }
    }

    record ValuationJson(LevelJson level1, LevelJson level2, CostJson cost, Map<Criterion, Integer> weights) {
    }

    static InitiativeJson of(InitiativeView v, Map<Criterion, Integer> weights, MessageSource messages,
            Locale locale, Map<String, String> names) {
        Initiative i = v.initiative();
        var d = i.details();
        List<AdviceJson> advice = v.advice().stream().map(a -> new AdviceJson(a.code().name(), a.args(),
                messages.getMessage("portfolio.advice." + a.code(), a.args().toArray(), locale))).toList();
        return new InitiativeJson(i.id(), i.version(), i.kommunkod(), d.title(), d.description(),
                d.needId() == null && d.needText() == null ? null : new Need(d.needId(), v.needText()), d.origin(),
                d.solutionId() == null ? null : new Source(d.solutionId(), v.solutionName()), d.departments(),
                d.budget(), i.status(), i.allowedNext(), i.departmentAssessment().orElse(null),
                i.municipalityAssessment().orElse(null), i.decision() == null ? null
                        : new DecisionJson(i.decision().motivation(), names.getOrDefault(i.decision().by(),
                                i.decision().by()), i.decision().at()),
                new ValuationJson(LevelJson.of(v.valuation().level1()), LevelJson.of(v.valuation().level2()),
                        CostJson.of(v.valuation().cost()), weights),
                v.adaptation(), advice, v.peersRunningIt(), i.createdAt(), i.updatedAt());
    }
}
