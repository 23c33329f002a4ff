package se.delbart.path.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.path.Checklists;
import se.delbart.path.ImplementationPath;
import se.delbart.path.ImplementationPaths;
import se.delbart.path.PathRevision;
import se.delbart.path.StepProposal;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * Pages of the path: the publisher's edit form (with adopters' pending proposals to accept or answer), an adoption's
 * checklist and the form of one of its steps. Rules stay in {@link ImplementationPaths} and {@link Checklists}.
 */
@Controller
class PathPageController {

    private static final Pattern STEP_FIELD = Pattern.compile("^steps\\[(\\d+)]\\.(\\w+)(?:[.\\[].*)?$");

    private final ImplementationPaths paths;
    private final Checklists checklists;
    private final PathPages pages;
    private final SolutionCatalog catalog;

    PathPageController(ImplementationPaths paths, Checklists checklists, PathPages pages, SolutionCatalog catalog) {
        this.paths = paths;
        this.checklists = checklists;
        this.pages = pages;
        this.catalog = catalog;
    }

    // --- the publisher's form -------------------------------------------------------------------------------------

    @GetMapping("/losningar/{id}/inforandevag")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        paths.checkCanWrite(actor, id);
        PathRevision current = paths.current(actor, id).orElse(null);
        model.addAttribute("form", PathForm.of(current == null ? 0 : current.revision(),
                current == null ? null : current.path()));
        return editPage(actor, id, current, model);
    }

    @PostMapping("/losningar/{id}/inforandevag")
    String save(Actor actor, @PathVariable UUID id, @ModelAttribute("form") PathForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        paths.checkCanWrite(actor, id);
        ImplementationPath path = form.toPath(binding);
        if (path != null) {
            try {
                paths.write(actor, id, form.getRevision(), path);
                redirect.addFlashAttribute("flash", "path.flash.saved");
                return "redirect:/losningar/" + id + "#inforandevag";
            } catch (InvalidInputException e) {
                reject(binding, form, e.fieldProblems());
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException
                    | org.springframework.dao.DataIntegrityViolationException e) {
                binding.reject("path.error.stale", "Someone else saved the path meanwhile.");
            }
        }
        form.withBlankRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editPage(actor, id, paths.current(actor, id).orElse(null), model);
    }

    @PostMapping("/losningar/{id}/inforandevag/forslag/{proposalId}/godta")
    String accept(Actor actor, @PathVariable UUID id, @PathVariable UUID proposalId, RedirectAttributes redirect) {
        try {
            paths.accept(actor, id, proposalId, null, null);
            redirect.addFlashAttribute("flash", "path.flash.accepted");
        } catch (InvalidStateException | StaleVersionException e) {
            redirect.addFlashAttribute("flashError", "path.flash.notHandled");
        }
        return "redirect:/losningar/" + id + "/inforandevag#forslag";
    }

    @PostMapping("/losningar/{id}/inforandevag/forslag/{proposalId}/svara")
    String answer(Actor actor, @PathVariable UUID id, @PathVariable UUID proposalId,
            @RequestParam(required = false) String answer, Model model, RedirectAttributes redirect) {
        try {
            paths.answer(actor, id, proposalId, answer);
            redirect.addFlashAttribute("flash", "path.flash.answered");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "path.flash.answerMissing");
        } catch (InvalidStateException e) {
            redirect.addFlashAttribute("flashError", "path.flash.notHandled");
        }
        return "redirect:/losningar/" + id + "/inforandevag#forslag";
    }

    private String editPage(Actor actor, UUID id, PathRevision current, Model model) {
        Solution solution = catalog.get(actor, id);
        model.addAttribute("solutionId", id);
        model.addAttribute("solutionName", solution.name());
        model.addAttribute("revision", current == null ? 0 : current.revision());
        List<StepProposal> pending = paths.proposals(actor, id).stream()
                .filter(p -> p.status() == StepProposal.Status.PENDING).toList();
        model.addAttribute("proposals", pending.stream().map(p -> new ProposalRow(p.id(),
                current == null ? p.stepId() : current.path().step(p.stepId()).map(s -> s.title()).orElse(p.stepId()),
                current == null ? null : current.path().step(p.stepId()).map(s -> s.days()).orElse(null),
                p.reportedDays(), p.comment(), pages.municipalityName(p.municipalityCode()))).toList());
        return "path/edit";
    }

    record ProposalRow(UUID id, String stepTitle, se.delbart.catalog.DayRange statedDays, int reportedDays,
            String comment, String municipality) {
    }

    /** The domain's JSON paths on the form's fields: {@code steps[i].x} on the form row the i-th step came from. */
    private static void reject(BindingResult binding, PathForm form, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            Matcher step = STEP_FIELD.matcher(p.field());
            String field;
            String code;
            if (step.matches()) {
                int i = Integer.parseInt(step.group(1));
                int row = i < form.rowOfStep.size() ? form.rowOfStep.get(i) : i;
                String part = step.group(2);
                field = switch (part) {
                case "days" -> "steps[" + row + "].daysMin";
                case "id" -> "steps[" + row + "].title";
                default -> "steps[" + row + "]." + part;
                };
                code = "path.error." + (part.equals("id") ? "title" : part);
            } else {
                field = p.field().replaceFirst("\\[.*$", "");
                code = "path.error." + field;
                if (field.equals("steps")) {
                    field = "steps[0].title";
                }
            }
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, code, p.message());
            }
        }
    }

    // --- the adopter's checklist ----------------------------------------------------------------------------------

    @GetMapping("/adoptioner/{id}/checklista")
    String checklist(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("checklist", pages.checklist(actor, id));
        return "path/checklist";
    }

    @PostMapping("/adoptioner/{id}/checklista/status")
    String confirm(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            checklists.confirmSuggestedStatus(actor, id, version);
            redirect.addFlashAttribute("flash", "path.flash.statusConfirmed");
        } catch (InvalidStateException | StaleVersionException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "path.flash.statusNotConfirmed");
        }
        return "redirect:/adoptioner/" + id;
    }

    @GetMapping("/adoptioner/{id}/checklista/{stepId}")
    String step(Actor actor, @PathVariable UUID id, @PathVariable String stepId, Model model) {
        PathPages.ItemRow item = item(actor, id, stepId);
        model.addAttribute("tick", TickForm.of(item.tick()));
        model.addAttribute("proposal", new ProposalForm());
        return stepPage(actor, id, item, model);
    }

    @PostMapping("/adoptioner/{id}/checklista/{stepId}")
    String tick(Actor actor, @PathVariable UUID id, @PathVariable String stepId, @ModelAttribute("tick") TickForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PathPages.ItemRow item = item(actor, id, stepId);
        checkCanTick(actor, id);
        var doneOn = form.date(binding);
        Integer days = form.days(binding);
        if (!binding.hasErrors()) {
            try {
                checklists.tick(actor, id, stepId, form.getVersion(), doneOn, days, form.getNote());
                redirect.addFlashAttribute("flash", "path.flash.ticked");
                return "redirect:/adoptioner/" + id + "/checklista";
            } catch (InvalidInputException e) {
                e.fieldProblems().forEach(p -> binding.rejectValue(p.field(), "path.error." + p.field(), p.message()));
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                binding.reject("path.error.staleTick", "Someone else changed this step meanwhile.");
            }
        }
        model.addAttribute("proposal", new ProposalForm());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return stepPage(actor, id, item, model);
    }

    @PostMapping("/adoptioner/{id}/checklista/{stepId}/forslag")
    String propose(Actor actor, @PathVariable UUID id, @PathVariable String stepId,
            @ModelAttribute("proposal") ProposalForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PathPages.ItemRow item = item(actor, id, stepId);
        checkCanTick(actor, id);
        Integer days = number(form.getReportedDays(), "reportedDays", binding);
        if (!binding.hasErrors()) {
            try {
                paths.propose(actor, id, stepId, days, form.getComment());
                redirect.addFlashAttribute("flash", "path.flash.proposed");
                return "redirect:/adoptioner/" + id + "/checklista";
            } catch (InvalidInputException e) {
                e.fieldProblems().forEach(p -> binding.rejectValue(p.field(), "path.error." + p.field(), p.message()));
            }
        }
        model.addAttribute("tick", TickForm.of(item.tick()));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return stepPage(actor, id, item, model);
    }

    private PathPages.ItemRow item(Actor actor, UUID id, String stepId) {
        return pages.checklist(actor, id).items().stream().filter(i -> i.step().id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Step", stepId));
    }

    private void checkCanTick(Actor actor, UUID id) {
        if (!pages.checklist(actor, id).canTick()) {
            throw new NotPermittedException("Only staff of the adopting municipality work on its checklist.");
        }
    }

    private String stepPage(Actor actor, UUID id, PathPages.ItemRow item, Model model) {
        PathPages.ChecklistPage checklist = pages.checklist(actor, id);
        if (!checklist.canTick()) {
            throw new NotPermittedException("Only staff of the adopting municipality work on its checklist.");
        }
        model.addAttribute("checklist", checklist);
        model.addAttribute("item", item);
        return "path/step";
    }

    static Integer number(String text, String field, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "path.error." + field, "must be a whole number");
            return null;
        }
    }
}
