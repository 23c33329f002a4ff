package se.delbart.portfolio.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import se.delbart.catalog.Origin;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.portfolio.Budget;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.Criterion;
import se.delbart.portfolio.Initiative;
import se.delbart.portfolio.InitiativeDetails;
import se.delbart.portfolio.InitiativeFilter;
import se.delbart.portfolio.InitiativeStatus;
import se.delbart.portfolio.InitiativeView;
import se.delbart.portfolio.NationalPortfolio;
import se.delbart.portfolio.Portfolio;
import se.delbart.portfolio.PortfolioSetup;
import se.delbart.portfolio.Weights;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;
import se.delbart.shared.SwedishTime;
import se.delbart.shared.export.Downloads;
import se.delbart.shared.export.Table;

/**
 * The portfolio pages under {@code /kommuner/{kod}/portfolj}: the list with filters, budget view and chart; propose;
 * the initiative with both levels side by side and their forms; comparison; the printable decision basis; CSV;
 * settings; and the analysts' national view.
 */
@Controller
class PortfolioPageController {

    static final List<Criterion> LEVEL1 = List.of(Criterion.TIME_SAVED, Criterion.LESS_ADMIN,
            Criterion.SERVICE_QUALITY, Criterion.WORK_ENVIRONMENT);
    static final List<Criterion> LEVEL2 = List.of(Criterion.GOALS, Criterion.CITIZEN, Criterion.INTEROPERABILITY,
            Criterion.STANDARDS, Criterion.SCALABILITY, Criterion.REACH);

    private final Portfolio portfolio;
    private final NationalPortfolio national;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final Authors authors;

    PortfolioPageController(Portfolio portfolio, NationalPortfolio national, SolutionCatalog catalog,
            Municipalities municipalities, MessageSource messages, Authors authors) {
        this.authors = authors;
        this.portfolio = portfolio;
        this.national = national;
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    // --- list ----------------------------------------------------------------------------------------------------

    @GetMapping("/kommuner/{kod}/portfolj")
    String list(Actor actor, @PathVariable String kod, @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Origin origin, @RequestParam(required = false) String department,
            @RequestParam(required = false) BudgetKind budget, Model model) {
        InitiativeFilter filter = new InitiativeFilter(status, origin, blank(department), budget);
        List<InitiativeView> views = portfolio.list(actor, kod, filter);
        base(actor, kod, model);
        model.addAttribute("views", views);
        model.addAttribute("filter", filter);
        model.addAttribute("chart", ValueCostChart.of(views));
        model.addAttribute("budgetView", portfolio.budget(actor, kod));
        model.addAttribute("setup", portfolio.setup(actor, kod));
        model.addAttribute("profile", portfolio.profile(actor, kod));
        model.addAttribute("guidanceTypes", portfolio.guidanceTypes(actor, kod));
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("budgets", BudgetKind.values());
        return "portfolio/list";
    }

    @GetMapping(path = "/kommuner/{kod}/portfolj.csv")
    ResponseEntity<byte[]> csv(Actor actor, @PathVariable String kod) {
        return Downloads.csv(table(portfolio.list(actor, kod, InitiativeFilter.ANY), code -> code), "portfolj-" + kod);
    }

    @GetMapping(path = "/kommuner/{kod}/portfolj.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable String kod, Locale locale) {
        Table table = table(portfolio.list(actor, kod, InitiativeFilter.ANY), key -> msg(key, locale));
        return Downloads.xlsx(table, "portfolj-" + kod, msg("portfolio.nav", locale), messages, locale);
    }

    /**
     * One row per initiative; {@code label} turns a status, origin or budget message key into the cell: for CSV the
     * code after the last dot (PROPOSED), for XLSX the text in the page's language.
     */
    private static Table table(List<InitiativeView> views, UnaryOperator<String> label) {
        Table table = Table.withColumns("title", "status", "origin", "budget", "departments", "need", "solution",
                "level_1", "level_2", "cost_over_horizon_sek", "horizon_years", "cost_of_inaction_over_horizon_sek",
                "decision_motivation");
        for (InitiativeView v : views) {
            Initiative i = v.initiative();
            var val = v.valuation();
            table.row(i.title(), cell(label, "portfolio.status." + i.status()),
                    cell(label, "portfolio.origin." + i.origin()), cell(label, "portfolio.budget." + i.budget()),
                    String.join(", ", i.departments()), v.needText(), v.solutionName(), val.level1().value(),
                    val.level2().value(), val.cost().total(), val.cost().years(), val.cost().inactionTotal(),
                    i.decision() == null ? null : i.decision().motivation());
        }
        return table;
    }

    private static String cell(UnaryOperator<String> label, String key) {
        String cell = label.apply(key);
        return cell.equals(key) ? key.substring(key.lastIndexOf('.') + 1) : cell;
    }

    // --- propose -------------------------------------------------------------------------------------------------

    @GetMapping("/kommuner/{kod}/portfolj/ny")
    String proposeForm(Actor actor, @PathVariable String kod, @RequestParam(required = false) UUID losning,
            Model model) {
        Forms.InitiativeForm form = new Forms.InitiativeForm();
        if (losning != null) {
            Solution s = catalog.findPublished(losning).orElseThrow(() -> new NotFoundException("Solution", losning));
            form.setTitle(s.name());
            form.setSolution(s.id().toString());
            form.setOrigin(s.details().origin());
            form.setDescription(s.summary());
        }
        return proposePage(actor, kod, form, model);
    }

    @PostMapping("/kommuner/{kod}/portfolj")
    String propose(Actor actor, @PathVariable String kod, @ModelAttribute("form") Forms.InitiativeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        InitiativeDetails details = form.toDetails(errors);
        if (!errors.hasErrors()) {
            try {
                Initiative created = portfolio.propose(actor, kod, details);
                redirect.addFlashAttribute("flash", "portfolio.flash.proposed");
                return "redirect:/kommuner/" + kod + "/portfolj/" + created.id();
            } catch (InvalidInputException e) {
                reject(errors, e.fieldProblems(), Map.of("needId", "need", "solutionId", "solution"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return proposePage(actor, kod, form, model);
    }

    @GetMapping("/kommuner/{kod}/portfolj/{id}/andra")
    String editForm(Actor actor, @PathVariable String kod, @PathVariable UUID id, Model model) {
        Initiative i = portfolio.get(actor, kod, id).initiative();
        model.addAttribute("editing", i);
        return proposePage(actor, kod, Forms.InitiativeForm.of(i.details(), i.version()), model);
    }

    @PostMapping("/kommuner/{kod}/portfolj/{id}/andra")
    String edit(Actor actor, @PathVariable String kod, @PathVariable UUID id,
            @ModelAttribute("form") Forms.InitiativeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        InitiativeDetails details = form.toDetails(errors);
        if (!errors.hasErrors()) {
            try {
                portfolio.edit(actor, kod, id, form.getVersion(), details);
                redirect.addFlashAttribute("flash", "portfolio.flash.edited");
                return "redirect:/kommuner/" + kod + "/portfolj/" + id;
            } catch (InvalidInputException e) {
                reject(errors, e.fieldProblems(), Map.of("needId", "need", "solutionId", "solution"));
            } catch (InvalidStateException | StaleVersionException e) {
                errors.reject("portfolio.error.state", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("editing", portfolio.get(actor, kod, id).initiative());
        return proposePage(actor, kod, form, model);
    }

    private String proposePage(Actor actor, String kod, Forms.InitiativeForm form, Model model) {
        base(actor, kod, model);
        model.addAttribute("form", form);
        model.addAttribute("setup", portfolio.setup(actor, kod));
        model.addAttribute("needs", portfolio.needs(actor, kod));
        model.addAttribute("origins", Origin.values());
        model.addAttribute("budgets", BudgetKind.values());
        UUID solutionId = form.getSolution() == null || form.getSolution().isBlank() ? null
                : safeUuid(form.getSolution());
        model.addAttribute("solutionName", solutionId == null ? null
                : catalog.findPublished(solutionId).map(Solution::name).orElse(null));
        return "portfolio/form";
    }

    // --- one initiative ------------------------------------------------------------------------------------------

    @GetMapping("/kommuner/{kod}/portfolj/{id}")
    String initiative(Actor actor, @PathVariable String kod, @PathVariable UUID id, Model model) {
        InitiativeView view = portfolio.get(actor, kod, id);
        PortfolioSetup setup = portfolio.setup(actor, kod);
        Initiative i = view.initiative();
        Integer suggested = view.adaptation().statedMaxDays();
        if (view.adaptation().reported() && view.adaptation().reportedMedianDays() != null) {
            suggested = (int) Math.round(view.adaptation().reportedMedianDays());
        }
        if (!model.containsAttribute("departmentForm")) {
            model.addAttribute("departmentForm",
                    Forms.DepartmentForm.of(i.departmentAssessment().orElse(null), i.version(), suggested));
        }
        if (!model.containsAttribute("municipalityForm")) {
            model.addAttribute("municipalityForm", Forms.MunicipalityForm.of(i.municipalityAssessment().orElse(null),
                    setup.goals(), i.version()));
        }
        if (!model.containsAttribute("decisionForm")) {
            Forms.DecisionForm decision = new Forms.DecisionForm();
            decision.setVersion(i.version());
            model.addAttribute("decisionForm", decision);
        }
        base(actor, kod, model);
        model.addAttribute("view", view);
        model.addAttribute("setup", setup);
        var history = portfolio.history(actor, kod, id);
        model.addAttribute("history", history);
        model.addAttribute("authors", authors.of(i, history));
        model.addAttribute("level1", LEVEL1);
        model.addAttribute("level2", LEVEL2);
        model.addAttribute("profile", portfolio.profile(actor, kod));
        return "portfolio/initiative";
    }

    @PostMapping("/kommuner/{kod}/portfolj/{id}/forvaltning")
    String assessDepartment(Actor actor, @PathVariable String kod, @PathVariable UUID id,
            @ModelAttribute("departmentForm") Forms.DepartmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var assessment = form.toAssessment(errors);
        if (!errors.hasErrors()) {
            try {
                portfolio.assessDepartment(actor, kod, id, form.getVersion(), assessment);
                redirect.addFlashAttribute("flash", "portfolio.flash.level1");
                return "redirect:/kommuner/" + kod + "/portfolj/" + id + "#niva1";
            } catch (InvalidInputException e) {
                reject(errors, e.fieldProblems(), Map.of());
            } catch (InvalidStateException | StaleVersionException e) {
                errors.reject("portfolio.error.state", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("failedForm", "level1");
        return initiative(actor, kod, id, model);
    }

    @PostMapping("/kommuner/{kod}/portfolj/{id}/kommun")
    String assessMunicipality(Actor actor, @PathVariable String kod, @PathVariable UUID id,
            @ModelAttribute("municipalityForm") Forms.MunicipalityForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var assessment = form.toAssessment(portfolio.setup(actor, kod).goals(), errors);
        if (!errors.hasErrors()) {
            try {
                portfolio.assessMunicipality(actor, kod, id, form.getVersion(), assessment);
                redirect.addFlashAttribute("flash", "portfolio.flash.level2");
                return "redirect:/kommuner/" + kod + "/portfolj/" + id + "#niva2";
            } catch (InvalidInputException e) {
                reject(errors, e.fieldProblems(), Map.of());
            } catch (InvalidStateException | StaleVersionException e) {
                errors.reject("portfolio.error.state", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("failedForm", "level2");
        return initiative(actor, kod, id, model);
    }

    @PostMapping("/kommuner/{kod}/portfolj/{id}/status")
    String move(Actor actor, @PathVariable String kod, @PathVariable UUID id,
            @ModelAttribute("decisionForm") Forms.DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (form.getStatus() == null) {
            errors.rejectValue("status", "portfolio.error.status", "Choose a decision.");
        } else if (form.getStatus().needsMotivation()
                && (form.getMotivation() == null || form.getMotivation().isBlank())) {
            errors.rejectValue("motivation", "portfolio.error.motivation", "Write a motivation.");
        }
        if (!errors.hasErrors()) {
            try {
                portfolio.move(actor, kod, id, form.getVersion(), form.getStatus(), form.getMotivation());
                redirect.addFlashAttribute("flash", "portfolio.flash.status");
                return "redirect:/kommuner/" + kod + "/portfolj/" + id + "#beslut";
            } catch (InvalidInputException e) {
                reject(errors, e.fieldProblems(), Map.of());
            } catch (InvalidStateException | StaleVersionException e) {
                errors.reject("portfolio.error.state", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("failedForm", "decision");
        return initiative(actor, kod, id, model);
    }

    // --- compare and decision basis ------------------------------------------------------------------------------

    @GetMapping("/kommuner/{kod}/portfolj/jamfor")
    String compare(Actor actor, @PathVariable String kod, @RequestParam(name = "id", required = false) List<UUID> ids,
            Model model, HttpServletResponse response) {
        base(actor, kod, model);
        model.addAttribute("setup", portfolio.setup(actor, kod));
        model.addAttribute("level1", LEVEL1);
        model.addAttribute("level2", LEVEL2);
        try {
            model.addAttribute("views", portfolio.compare(actor, kod, ids == null ? List.of() : ids));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("views", List.of());
            model.addAttribute("compareError", true);
        }
        return "portfolio/compare";
    }

    @GetMapping("/kommuner/{kod}/portfolj/{id}/beslutsunderlag")
    String decisionBasis(Actor actor, @PathVariable String kod, @PathVariable UUID id,
            @RequestParam(name = "med", required = false) List<UUID> alternatives, Model model) {
        base(actor, kod, model);
        List<UUID> ids = new ArrayList<>();
        ids.add(id);
        if (alternatives != null) {
            alternatives.stream().filter(a -> !a.equals(id)).limit(3).forEach(ids::add);
        }
        model.addAttribute("views", ids.size() == 1 ? List.of(portfolio.get(actor, kod, id))
                : portfolio.compare(actor, kod, ids));
        model.addAttribute("setup", portfolio.setup(actor, kod));
        var history = portfolio.history(actor, kod, id);
        model.addAttribute("history", history);
        model.addAttribute("level1", LEVEL1);
        model.addAttribute("level2", LEVEL2);
        model.addAttribute("profile", portfolio.profile(actor, kod));
        return "portfolio/decision";
    }

    // --- settings ------------------------------------------------------------------------------------------------

    @GetMapping("/kommuner/{kod}/portfolj/installningar")
    String settings(Actor actor, @PathVariable String kod, Model model) {
        PortfolioSetup setup = portfolio.setup(actor, kod);
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", settingsForm(setup, currentYear(setup)));
        }
        base(actor, kod, model);
        model.addAttribute("setup", setup);
        model.addAttribute("years", years(setup));
        model.addAttribute("criteria", Criterion.values());
        return "portfolio/settings";
    }

    @PostMapping("/kommuner/{kod}/portfolj/installningar")
    String saveSettings(Actor actor, @PathVariable String kod,
            @ModelAttribute("settingsForm") Forms.SettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PortfolioSetup current = portfolio.setup(actor, kod);
        if (!portfolio.isManager(actor, kod)) {
            throw new NotPermittedException("The settings need the portfolio manager permission");
        }
        List<String> departments = lines(form.getDepartments());
        List<String> goals = lines(form.getGoals());
        Integer horizon = Forms.whole(form.getHorizonYears(), "horizonYears", errors);
        Long dayRate = Forms.amount(form.getDayRateSek(), "dayRateSek", errors);
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer w = Forms.whole(form.getWeight().get(c.name()), "weight[" + c.name() + "]", errors);
            if (w == null || w > Weights.MAX) {
                if (!errors.hasFieldErrors("weight[" + c.name() + "]")) {
                    errors.rejectValue("weight[" + c.name() + "]", "portfolio.error.weight", "Choose 0–10.");
                }
            } else {
                weights.put(c, w);
            }
        }
        List<Budget> budgets = new ArrayList<>();
        for (int year : years(current)) {
            Long drift = Forms.amount(form.getDrift().get(String.valueOf(year)), "drift[" + year + "]", errors);
            Long dev = Forms.amount(form.getUtveckling().get(String.valueOf(year)), "utveckling[" + year + "]",
                    errors);
            if (drift != null) {
                budgets.add(new Budget(year, BudgetKind.DRIFT, drift));
            }
            if (dev != null) {
                budgets.add(new Budget(year, BudgetKind.UTVECKLING, dev));
            }
        }
        if (horizon == null && !errors.hasFieldErrors("horizonYears")) {
            errors.rejectValue("horizonYears", "portfolio.error.number", "Write a whole number.");
        }
        if (dayRate == null && !errors.hasFieldErrors("dayRateSek")) {
            errors.rejectValue("dayRateSek", "portfolio.error.amount", "Write an amount.");
        }
        if (!errors.hasErrors()) {
            try {
                portfolio.saveSetup(actor, kod, form.getVersion(), new PortfolioSetup(departments, goals, budgets,
                        horizon, dayRate, new Weights(weights), 0));
                redirect.addFlashAttribute("flash", "portfolio.flash.settings");
                return "redirect:/kommuner/" + kod + "/portfolj/installningar";
            } catch (InvalidInputException e) {
                reject(errors, e.fieldProblems(), Map.of());
            } catch (StaleVersionException e) {
                errors.reject("portfolio.error.state", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return settings(actor, kod, model);
    }

    /** The navigation's "Portfölj": the own municipality's portfolio. */
    @GetMapping("/var-portfolj")
    String own(Actor actor) {
        if (actor == null || actor.municipalityCode() == null) {
            throw new NotPermittedException("Only a municipality's staff have a portfolio");
        }
        return "redirect:/kommuner/" + actor.municipalityCode() + "/portfolj";
    }

    // --- national view -------------------------------------------------------------------------------------------

    @GetMapping("/insikter/portfolj")
    String national(Actor actor, Model model) {
        model.addAttribute("national", national.view(actor));
        return "portfolio/national";
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void base(Actor actor, String kod, Model model) {
        Municipality m = municipalities.findById(kod).orElseThrow(() -> new NotFoundException("Municipality", kod));
        model.addAttribute("municipality", m);
        model.addAttribute("kod", kod);
        model.addAttribute("manager", portfolio.isManager(actor, kod));
    }

    private static Forms.SettingsForm settingsForm(PortfolioSetup setup, int firstYear) {
        Forms.SettingsForm f = new Forms.SettingsForm();
        f.setDepartments(String.join("\n", setup.departments()));
        f.setGoals(String.join("\n", setup.goals()));
        f.setHorizonYears(String.valueOf(setup.horizonYears()));
        f.setDayRateSek(Amounts.format(setup.dayRateSek()));
        for (Criterion c : Criterion.values()) {
            f.getWeight().put(c.name(), String.valueOf(setup.weights().of(c)));
        }
        for (int y = firstYear; y < firstYear + setup.horizonYears(); y++) {
            if (setup.hasBudget(y, BudgetKind.DRIFT)) {
                f.getDrift().put(String.valueOf(y), Amounts.format(setup.budget(y, BudgetKind.DRIFT)));
            }
            if (setup.hasBudget(y, BudgetKind.UTVECKLING)) {
                f.getUtveckling().put(String.valueOf(y), Amounts.format(setup.budget(y, BudgetKind.UTVECKLING)));
            }
        }
        f.setVersion(setup.version());
        return f;
    }

    private static int currentYear(PortfolioSetup setup) {
        return LocalDate.now(SwedishTime.ZONE).getYear();
    }

    private static List<Integer> years(PortfolioSetup setup) {
        int first = currentYear(setup);
        List<Integer> years = new ArrayList<>();
        for (int y = first; y < first + Math.max(setup.horizonYears(), 1); y++) {
            years.add(y);
        }
        return years;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Puts the domain's field problems on the form's fields (renamed where the form names them differently). */
    private static void reject(BindingResult errors, List<FieldProblem> problems, Map<String, String> renames) {
        for (FieldProblem p : problems) {
            String field = p.field().replaceAll("\\[\\d+]$", "");
            field = renames.getOrDefault(field, field);
            field = field.replaceAll("^scores\\.([A-Z_]+)\\.note$", "note[$1]");
            if (errors.getTarget() != null && isProperty(errors, field)) {
                errors.rejectValue(field, "portfolio.error.field", p.message());
            } else {
                errors.reject("portfolio.error.field", p.field() + ": " + p.message());
            }
        }
    }

    private static boolean isProperty(BindingResult errors, String field) {
        try {
            errors.getFieldType(field);
            return errors.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static UUID safeUuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
