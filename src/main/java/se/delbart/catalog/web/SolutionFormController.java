package se.delbart.catalog.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.MarkdownRenderer;
import se.delbart.catalog.Origin;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.catalog.SolutionType;
import se.delbart.catalog.SupportModel;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * The publish and edit form. New solutions start as drafts; the detail page offers Publish. Errors are shown at
 * the fields with the user's input kept; {@code preview} re-renders the form with the description as HTML.
 */
@Controller
@RequestMapping("/losningar")
class SolutionFormController {

    private static final String VIEW = "catalog/form";

    private final SolutionCatalog catalog;
    private final SolutionPages pages;

    SolutionFormController(SolutionCatalog catalog, SolutionPages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/ny")
    String newForm(Actor actor, Model model) {
        checkCanCreate(actor);
        SolutionForm form = new SolutionForm();
        form.setVersion(0L);
        return show(model, form, null);
    }

    @PostMapping(path = "/ny", params = "preview")
    String previewNew(Actor actor, @ModelAttribute("form") SolutionForm form, BindingResult binding, Model model) {
        checkCanCreate(actor);
        model.addAttribute("previewHtml", MarkdownRenderer.toSafeHtml(form.getDescription()));
        return show(model, form, null);
    }

    @PostMapping(path = "/ny", params = "!preview")
    String create(Actor actor, @ModelAttribute("form") SolutionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        checkCanCreate(actor);
        SolutionDetails details = validated(form, binding);
        if (details == null) {
            return show(model, form, null);
        }
        try {
            Solution created = catalog.create(actor, details);
            redirect.addFlashAttribute("flash", "solution.flash.created");
            return "redirect:/losningar/" + created.id();
        } catch (InvalidInputException e) {
            FormFields.reject(binding, form, e.fieldProblems());
            return show(model, form, null);
        }
    }

    @GetMapping("/{id}/redigera")
    String editForm(Actor actor, @PathVariable UUID id, Model model) {
        SolutionPages.Editable editable = pages.editable(actor, id);
        SolutionForm form = SolutionForm.of(editable.details(), editable.version());
        model.addAttribute("form", form);
        // After a refused publish the detail page sends us what is missing: show it at the fields.
        if (model.getAttribute(SolutionPageController.PUBLISH_PROBLEMS) instanceof Map<?, ?> missing) {
            BindingResult binding = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
            FormFields.reject(binding, form, missing.entrySet().stream()
                    .map(e -> new FieldProblem(String.valueOf(e.getKey()), String.valueOf(e.getValue()))).toList());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
            model.addAttribute("publishRefused", true);
        }
        return show(model, form, editable);
    }

    @PostMapping(path = "/{id}/redigera", params = "preview")
    String previewEdit(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SolutionForm form,
            BindingResult binding, Model model) {
        SolutionPages.Editable editable = pages.editable(actor, id);
        model.addAttribute("previewHtml", MarkdownRenderer.toSafeHtml(form.getDescription()));
        return show(model, form, editable);
    }

    @PostMapping(path = "/{id}/redigera", params = "!preview")
    String update(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SolutionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        SolutionPages.Editable editable = pages.editable(actor, id);
        SolutionDetails details = validated(form, binding);
        if (details == null) {
            return show(model, form, editable);
        }
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            catalog.update(actor, id, version, details);
            redirect.addFlashAttribute("flash", "solution.flash.saved");
            return "redirect:/losningar/" + id;
        } catch (InvalidInputException e) {
            FormFields.reject(binding, form, e.fieldProblems());
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            // Keep the user's text; the next save is a conscious overwrite of the newer version.
            binding.reject("solution.error.stale");
            SolutionPages.Editable current = pages.editable(actor, id);
            form.setVersion(current.version());
            model.addAttribute("stale", true);
            return show(model, form, current);
        }
        return show(model, form, editable);
    }

    /** The details when binding and the catalogue's validation pass; otherwise null with errors at the fields. */
    private SolutionDetails validated(SolutionForm form, BindingResult binding) {
        SolutionDetails details = form.toDetails();
        try {
            catalog.validate(details);
        } catch (InvalidInputException e) {
            FormFields.reject(binding, form, e.fieldProblems());
        }
        return binding.hasErrors() ? null : details;
    }

    private static void checkCanCreate(Actor actor) {
        if (!SolutionPermissions.canCreate(actor)) {
            throw new NotPermittedException("Only a municipality's editors can publish solutions.");
        }
    }

    private static String show(Model model, SolutionForm form, SolutionPages.Editable editable) {
        model.addAttribute("form", form);
        String bindingKey = BindingResult.MODEL_KEY_PREFIX + "form";
        boolean hasErrors = model.getAttribute(bindingKey) instanceof BindingResult b && b.hasErrors();
        if (hasErrors) {
            model.addAttribute(bindingKey, FormFields.inFormOrder((BindingResult) model.getAttribute(bindingKey)));
        }
        model.addAttribute("formHasErrors", hasErrors);
        model.addAttribute("editing", editable);
        model.addAttribute("types", SolutionType.values());
        model.addAttribute("statuses", Maturity.values());
        model.addAttribute("domains", Domain.values());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("competences", CompetenceNeeded.values());
        model.addAttribute("supports", SupportModel.values());
        model.addAttribute("skrGroups", SkrGroup.values());
        model.addAttribute("groupFields", FormFields.GROUPS);
        return VIEW;
    }
}
