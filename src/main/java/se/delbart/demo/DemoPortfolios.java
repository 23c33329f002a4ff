package se.delbart.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.Budget;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.Criterion;
import se.delbart.portfolio.DepartmentAssessment;
import se.delbart.portfolio.Initiative;
import se.delbart.portfolio.InitiativeDetails;
import se.delbart.portfolio.InitiativeFilter;
import se.delbart.portfolio.InitiativeStatus;
import se.delbart.portfolio.MunicipalityAssessment;
import se.delbart.portfolio.Portfolio;
import se.delbart.portfolio.PortfolioSetup;
import se.delbart.portfolio.Score;
import se.delbart.portfolio.Weights;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.SwedishTime;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the example portfolios (demo/portfolios.json) through the portfolio's own use cases, and grants the demo
 * portfolio managers their permission. A municipality whose portfolio has initiatives is left as it is.
 */
@Component
class DemoPortfolios {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolios.class);

    private final Portfolio portfolio;
    private final ObjectMapper json;
    private final Clock clock;

    DemoPortfolios(Portfolio portfolio, ObjectMapper json, Clock clock) {
        this.portfolio = portfolio;
        this.json = json;
        this.clock = clock;
    }

    void seed(List<DemoEntry> entries, Map<String, UUID> published) {
        Actor admin = new Actor("demo-admin", Role.ADMIN, null);
        for (String username : DemoDataSeeder.PORTFOLIO_MANAGERS) {
            DemoDataSeeder.USERS.stream().filter(u -> u.username().equals(username)).findFirst()
                    .ifPresent(u -> portfolio.grantManager(admin, u.municipalityCode(), u.username()));
        }
        int seeded = 0;
        int year = clock.instant().atZone(SwedishTime.ZONE).getYear();
        for (DemoPortfolio p : portfolios()) {
            String kod = p.municipality();
            String managerName = "demo-portfolj-" + kod;
            portfolio.grantManager(admin, kod, managerName);
            Actor manager = new Actor(managerName, Role.EDITOR, kod);
            if (!portfolio.list(manager, kod, InitiativeFilter.ANY).isEmpty()) {
                continue;
            }
            List<Budget> budgets = new ArrayList<>();
            for (DemoPortfolio.BudgetYear b : p.budgets()) {
                budgets.add(new Budget(year + b.offset(), BudgetKind.DRIFT, b.drift()));
                budgets.add(new Budget(year + b.offset(), BudgetKind.UTVECKLING, b.utveckling()));
            }
            portfolio.saveSetup(manager, kod, null, new PortfolioSetup(p.departments(), p.goals(), budgets, 3,
                    6_000, Weights.DEFAULT, 0));
            for (DemoPortfolio.Initiative d : p.initiatives()) {
                UUID solutionId = d.solution() == null ? null : published.get(d.solution());
                if (d.solution() != null && solutionId == null) {
                    log.warn("Demo portfolio {}: solution {} is not published; initiative skipped", kod, d.solution());
                    continue;
                }
                Initiative i = portfolio.propose(manager, kod, new InitiativeDetails(d.title(),
                        "Exempeldata. " + d.description(), null,
                        d.need(), Origin.valueOf(d.origin()), solutionId, d.departments(),
                        BudgetKind.valueOf(d.budget())));
                if (d.level1() != null) {
                    i = portfolio.assessDepartment(manager, kod, i.id(), i.version(), level1(d.level1()));
                }
                if (d.level2() != null) {
                    i = portfolio.assessMunicipality(manager, kod, i.id(), i.version(), level2(d.level2()));
                }
                for (DemoPortfolio.Step step : d.steps() == null ? List.<DemoPortfolio.Step>of() : d.steps()) {
                    i = portfolio.move(manager, kod, i.id(), i.version(), InitiativeStatus.valueOf(step.status()),
                            step.motivation());
                }
                seeded++;
            }
        }
        if (seeded > 0) {
            log.info("Demo: seeded {} example portfolio initiatives", seeded);
        }
    }

    private static DepartmentAssessment level1(DemoPortfolio.Level1 l) {
        Map<Criterion, Score> scores = new EnumMap<>(Criterion.class);
        l.scores().forEach((c, v) -> scores.put(Criterion.valueOf(c),
                new Score(((Number) v.get(0)).intValue(), v.size() > 1 ? (String) v.get(1) : null)));
        return new DepartmentAssessment(scores, l.oneOffSek(), l.yearlySek(), l.internalDays(), l.adaptationDays(),
                l.adaptationSek(), l.weeksToValue(), l.risks());
    }

    private static MunicipalityAssessment level2(DemoPortfolio.Level2 l) {
        return new MunicipalityAssessment(l.goals() == null ? Map.of() : new LinkedHashMap<>(l.goals()), l.citizen(),
                l.citizenNote(), l.interoperability(), l.standards(), l.scalability(), l.reach(), l.inactionNote(),
                l.inactionSekPerYear());
    }

    List<DemoPortfolio> portfolios() {
        try (InputStream in = new ClassPathResource("demo/portfolios.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoPortfolio>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("demo/portfolios.json cannot be read", e);
        }
    }
}
