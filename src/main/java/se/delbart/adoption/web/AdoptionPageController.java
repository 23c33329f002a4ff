package se.delbart.adoption.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * Pages of the adopting municipality's staff: "Vi är intresserade" and "Registrera användning" on a solution, the
 * adoption page (status, departments, version, experience report) and "Våra användningar". The rules (who may do
 * what) stay in {@link AdoptionRegistry}; this controller only translates forms and redirects. Everybody else sees
 * the adoption page without forms.
 */
@Controller
class AdoptionPageController {

    /** The statuses a new adoption may start in, offered by the registration form. */
    static final List<AdoptionStatus> START_STATUSES = List.of(AdoptionStatus.INTERESTED, AdoptionStatus.PLANNING,
            AdoptionStatus.IMPLEMENTING, AdoptionStatus.IN_PRODUCTION);

    private final AdoptionRegistry registry;
    private final AdoptionPages pages;
    private final jakarta.validation.Validator validator;
    private final List<se.delbart.adoption.AdoptionPageExtension> sections;

    AdoptionPageController(AdoptionRegistry registry, AdoptionPages pages, jakarta.validation.Validator validator,
            org.springframework.beans.factory.ObjectProvider<se.delbart.adoption.AdoptionPageExtension> sections) {
        this.sections = sections.orderedStream().toList();
        this.registry = registry;
        this.pages = pages;
        this.validator = validator;
    }

    /**
     * "Vi är intresserade": records an INTERESTED adoption (a POST with CSRF, works without JavaScript) and opens the
     * thread with the publisher, where a first message waits to be edited and sent.
     */
    @PostMapping("/losningar/{solutionId}/intresse")
    String interested(Actor actor, @PathVariable UUID solutionId, RedirectAttributes redirect) {
        try {
            Adoption adoption = registry.record(actor, solutionId, AdoptionStatus.INTERESTED, null, Set.of());
            redirect.addFlashAttribute("flash", "adoption.flash.interested");
            return "redirect:/losningar/" + solutionId + "/kontakt/" + adoption.municipalityCode();
        } catch (InvalidStateException e) {
            redirect.addFlashAttribute("flashError", "adoption.flash.notAdoptable");
            return "redirect:/losningar/" + solutionId;
        }
    }

    @GetMapping("/losningar/{solutionId}/registrera-anvandning")
    String registerForm(Actor actor, @PathVariable UUID solutionId, Model model) {
        Section section = checkCanAdopt(actor, solutionId);
        // no status is preselected: "I drift" (or any other) must be an explicit choice
        model.addAttribute("form", new AdoptionForm());
        return registerPage(section, model);
    }

    @PostMapping("/losningar/{solutionId}/registrera-anvandning")
    String register(Actor actor, @PathVariable UUID solutionId, @ModelAttribute("form") AdoptionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Section section = checkCanAdopt(actor, solutionId);
        if (form.getStatus() == null && !binding.hasFieldErrors("status")) {
            binding.rejectValue("status", "adoption.error.status.required");
        }
        if (binding.hasErrors()) {
            return registerPage(section, model);
        }
        try {
            Adoption adoption = registry.record(actor, solutionId, form.getStatus(), form.getAdoptedVersion(),
                    form.departmentSet());
            redirect.addFlashAttribute("flash", "adoption.flash.registered");
            return "redirect:/adoptioner/" + adoption.id();
        } catch (InvalidInputException e) {
            reject(binding, e);
            return registerPage(section, model);
        } catch (InvalidStateException e) {
            redirect.addFlashAttribute("flashError", "adoption.flash.notAdoptable");
            return "redirect:/losningar/" + solutionId;
        }
    }

    @GetMapping("/adoptioner/{id}")
    String adoption(Actor actor, @PathVariable UUID id, Model model) {
        AdoptionPages.Page page = pages.page(actor, id);
        model.addAttribute("form", AdoptionForm.of(page));
        model.addAttribute("report", ExperienceForm.of(page.report()));
        return adoptionPage(actor, page, model);
    }

    @PostMapping("/adoptioner/{id}")
    String change(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AdoptionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AdoptionPages.Page page = pages.page(actor, id);
        checkCanEdit(page);
        if (!binding.hasErrors()) {
            try {
                registry.change(actor, id, form.getVersion(), form.getStatus() == page.status() ? null : form.getStatus(),
                        form.getReason(), form.departmentSet(), form.getAdoptedVersion() == null ? "" : form.getAdoptedVersion());
                redirect.addFlashAttribute("flash", "adoption.flash.saved");
                return "redirect:/adoptioner/" + id;
            } catch (se.delbart.shared.TooManyRequestsException e) {
                binding.rejectValue("status", "adoption.error.status.tooMany", e.getMessage());
            } catch (InvalidInputException e) {
                reject(binding, e);
            } catch (InvalidStateException e) {
                binding.rejectValue("status", "adoption.error.status.move", e.getMessage());
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                redirect.addFlashAttribute("flashError", "adoption.flash.stale");
                return "redirect:/adoptioner/" + id;
            }
        }
        model.addAttribute("report", ExperienceForm.of(page.report()));
        return adoptionPage(actor, page, model);
    }

    @PostMapping("/adoptioner/{id}/erfarenhet")
    String report(Actor actor, @PathVariable UUID id, @ModelAttribute("report") ExperienceForm report,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        AdoptionPages.Page page = pages.page(actor, id);
        checkCanEdit(page);
        if (binding.hasErrors()) {
            // a malformed number stops binding; show the other fields' problems (the report's own constraints) too
            validator.validate(report.toExperience()).forEach(v -> {
                String field = v.getPropertyPath().toString();
                if (!binding.hasFieldErrors(field)) {
                    binding.rejectValue(field, "adoption.error." + field, v.getMessage());
                }
            });
        } else {
            try {
                registry.report(actor, id, report.toExperience());
                redirect.addFlashAttribute("flash", "adoption.flash.reported");
                return "redirect:/adoptioner/" + id;
            } catch (InvalidInputException e) {
                reject(binding, e);
            } catch (InvalidStateException e) {
                redirect.addFlashAttribute("flashError", "adoption.flash.notReportable");
                return "redirect:/adoptioner/" + id;
            }
        }
        model.addAttribute("form", AdoptionForm.of(page));
        return adoptionPage(actor, page, model);
    }

    @GetMapping("/vara-anvandningar")
    String ours(Actor actor, Model model) {
        if (actor == null || !actor.role().belongsToMunicipality()) {
            throw new NotPermittedException("Only a municipality's staff have adoptions.");
        }
        model.addAttribute("municipalityName", pages.municipalityName(actor.municipalityCode()));
        model.addAttribute("adoptions", pages.ours(actor));
        return "adoption/ours";
    }

    private String adoptionPage(Actor actor, AdoptionPages.Page page, Model model) {
        model.addAttribute("adoption", page);
        model.addAttribute("sections", sections.stream().map(s -> s.contentFor(actor, page.id()))
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("statuses", AdoptionStatus.values());
        return "adoption/adoption";
    }

    private String registerPage(Section section, Model model) {
        model.addAttribute("solutionId", section.solutionId());
        model.addAttribute("solutionName", section.solutionName());
        model.addAttribute("statuses", START_STATUSES);
        return "adoption/register";
    }

    private record Section(UUID solutionId, String solutionName) {
    }

    /** Staff of a municipality that is not the publisher and has not recorded this adoption yet; others get 403. */
    private Section checkCanAdopt(Actor actor, UUID solutionId) {
        if (actor == null || !actor.role().belongsToMunicipality()) {
            throw new NotPermittedException("Only a municipality's own staff can record its adoptions.");
        }
        AdoptionPages.Section section = pages.section(actor, solutionId);
        if (!section.canAdopt()) {
            throw new NotPermittedException("This municipality cannot record an adoption of this solution.");
        }
        return new Section(solutionId, section.solutionName());
    }

    private static void checkCanEdit(AdoptionPages.Page page) {
        if (!page.canEdit()) {
            throw new NotPermittedException("Only staff of the adopting municipality can change its adoption.");
        }
    }

    /** Puts the registry's field problems at the form's fields, with a message of our own per field. */
    private static void reject(BindingResult binding, InvalidInputException e) {
        for (FieldProblem p : e.fieldProblems()) {
            String field = p.field();
            if (binding.getTarget() != null && org.springframework.beans.BeanUtils.getPropertyDescriptor(
                    binding.getTarget().getClass(), field) != null) {
                binding.rejectValue(field, "adoption.error." + field, p.message());
            } else {
                binding.reject("adoption.error." + field, p.message());
            }
        }
    }
}
