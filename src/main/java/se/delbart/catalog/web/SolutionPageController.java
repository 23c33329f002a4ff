package se.delbart.catalog.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.catalog.Domain;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.SolutionCard;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFilter;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.catalog.SolutionType;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.Role;
import se.delbart.shared.StaleVersionException;

/** The catalogue's pages: list with filters, a solution, its history, and publishing or withdrawing it. */
@Controller
@RequestMapping("/losningar")
class SolutionPageController {

    static final int PAGE_SIZE = 12;
    /** Flash attribute: what publishing lacked (form field path → message), shown on the edit page. */
    static final String PUBLISH_PROBLEMS = "publishProblems";

    private final SolutionCatalog catalog;
    private final SolutionPages pages;
    private final Municipalities municipalities;

    SolutionPageController(SolutionCatalog catalog, SolutionPages pages, Municipalities municipalities) {
        this.catalog = catalog;
        this.pages = pages;
        this.municipalities = municipalities;
    }

    /** Unknown filter values are ignored rather than answered with an error: the form only offers valid ones. */
    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String status, @RequestParam(required = false) String type,
            @RequestParam(required = false) String effortLevel, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String lifecycle, @RequestParam(defaultValue = "1") String page,
            Model model) {
        ListQuery query = new ListQuery(blankToNull(q), Domain.fromCode(String.valueOf(domain)).orElse(null),
                parse(Maturity.class, status), parse(SolutionType.class, type), parse(EffortLevel.class, effortLevel),
                blankToNull(municipality), parse(Lifecycle.class, lifecycle), pageNumber(page));
        Page<SolutionCard> result = pages.cards(actor, query.toFilter(),
                PageRequest.of(query.page() - 1, PAGE_SIZE));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("drafts", query.lifecycle() == Lifecycle.DRAFT && query.municipality() != null
                && SolutionPermissions.canSeeUnpublishedOf(actor, query.municipality()));
        model.addAttribute("ownDraftsQuery", actor != null && actor.role() == Role.EDITOR
                ? ListQuery.drafts(actor.municipalityCode()) : null);
        addOptions(model);
        return "catalog/list";
    }

    @GetMapping("/{id}")
    String detail(Actor actor, @PathVariable UUID id, Model model) {
        SolutionPages.SolutionPage page = pages.page(actor, id);
        model.addAttribute("solution", page);
        // sections contributed by other modules (adoptions, …), after the catalogue's own content
        model.addAttribute("sections", page.sections());
        return "catalog/detail";
    }

    @GetMapping("/{id}/historik")
    String history(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "1") String page, Model model) {
        model.addAttribute("history", pages.history(actor, id, pageNumber(page) - 1));
        return "catalog/history";
    }

    @PostMapping("/{id}/publicera")
    String publish(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            catalog.publish(actor, id, version);
            redirect.addFlashAttribute("flash", "solution.flash.published");
        } catch (InvalidStateException e) {
            if (e.fieldProblems().isEmpty()) {
                redirect.addFlashAttribute("flashError", "solution.flash.notPublishable");
            } else {
                // Show what is missing at the fields where it is filled in.
                LinkedHashMap<String, String> missing = new LinkedHashMap<>();
                for (FieldProblem p : e.fieldProblems()) {
                    missing.putIfAbsent(p.field(), p.message());
                }
                redirect.addFlashAttribute(PUBLISH_PROBLEMS, missing);
                return "redirect:/losningar/" + id + "/redigera";
            }
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "solution.flash.stale");
        }
        return "redirect:/losningar/" + id;
    }

    @PostMapping("/{id}/dra-tillbaka")
    String withdraw(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            catalog.withdraw(actor, id, version);
            redirect.addFlashAttribute("flash", "solution.flash.withdrawn");
        } catch (InvalidStateException e) {
            redirect.addFlashAttribute("flashError", "solution.flash.notWithdrawable");
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "solution.flash.stale");
        }
        return "redirect:/losningar/" + id;
    }

    private void addOptions(Model model) {
        model.addAttribute("domains", Domain.values());
        model.addAttribute("statuses", Maturity.values());
        model.addAttribute("types", SolutionType.values());
        model.addAttribute("effortLevels", EffortLevel.values());
        model.addAttribute("municipalities", municipalities.findAllByOrderByNameAsc());
    }

    static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null
                : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.strip())).findFirst()
                        .orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
