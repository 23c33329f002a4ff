package se.delbart.provider.web;

import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.provider.AudienceKind;
import se.delbart.provider.OfferKind;
import se.delbart.provider.OrganisationKind;
import se.delbart.provider.PriceModel;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * The provider pages: suggest (or, for the publisher, add) an offer, change one, confirm and remove. The rules stay
 * in {@link ProviderOffers}; this controller translates forms and redirects back to the solution's section.
 */
@Controller
class ProviderPageController {

    private final ProviderOffers offers;
    private final ProviderPages pages;

    ProviderPageController(ProviderOffers offers, ProviderPages pages) {
        this.offers = offers;
        this.pages = pages;
    }

    @GetMapping("/losningar/{id}/leverantorer/ny")
    String newForm(Actor actor, @PathVariable UUID id, Model model) {
        checkCanSuggest(actor, id);
        model.addAttribute("form", new ProviderForm());
        return formPage(actor, id, null, model);
    }

    @PostMapping("/losningar/{id}/leverantorer/ny")
    String suggest(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ProviderForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        checkCanSuggest(actor, id);
        if (!binding.hasErrors()) {
            try {
                ProviderOffer offer = offers.suggest(actor, id, form.toDetails());
                redirect.addFlashAttribute("flash", offer.state().name().equals("CONFIRMED")
                        ? "provider.flash.added" : "provider.flash.suggested");
                return "redirect:/losningar/" + id + "#leverantorer";
            } catch (InvalidInputException e) {
                reject(binding, e);
            }
        } else {
            alsoTheOtherFields(binding, form);
        }
        return formPage(actor, id, null, model);
    }

    @GetMapping("/losningar/{id}/leverantorer/{offerId}/andra")
    String editForm(Actor actor, @PathVariable UUID id, @PathVariable UUID offerId, Model model) {
        offers.checkCanManage(actor, id);
        ProviderOffer offer = offers.get(actor, id, offerId);
        model.addAttribute("form", ProviderForm.of(offer.details(), offer.version()));
        return formPage(actor, id, offerId, model);
    }

    @PostMapping("/losningar/{id}/leverantorer/{offerId}/andra")
    String update(Actor actor, @PathVariable UUID id, @PathVariable UUID offerId,
            @ModelAttribute("form") ProviderForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        offers.checkCanManage(actor, id);
        if (!binding.hasErrors()) {
            try {
                offers.update(actor, id, offerId, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "provider.flash.saved");
                return "redirect:/losningar/" + id + "#leverantorer";
            } catch (InvalidInputException e) {
                reject(binding, e);
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                redirect.addFlashAttribute("flashError", "provider.flash.stale");
                return "redirect:/losningar/" + id + "#leverantorer";
            }
        } else {
            alsoTheOtherFields(binding, form);
        }
        return formPage(actor, id, offerId, model);
    }

    @PostMapping("/losningar/{id}/leverantorer/{offerId}/bekrafta")
    String confirm(Actor actor, @PathVariable UUID id, @PathVariable UUID offerId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(redirect, id, "provider.flash.confirmed", () -> offers.confirm(actor, id, offerId, version));
    }

    @PostMapping("/losningar/{id}/leverantorer/{offerId}/ta-bort")
    String remove(Actor actor, @PathVariable UUID id, @PathVariable UUID offerId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(redirect, id, "provider.flash.removed", () -> offers.remove(actor, id, offerId, version));
    }

    private static String act(RedirectAttributes redirect, UUID id, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException | InvalidStateException e) {
            redirect.addFlashAttribute("flashError", "provider.flash.stale");
        }
        return "redirect:/losningar/" + id + "#leverantorer";
    }

    private String formPage(Actor actor, UUID id, UUID offerId, Model model) {
        model.addAttribute("solutionId", id);
        model.addAttribute("solutionName", pages.solutionName(actor, id));
        model.addAttribute("offerId", offerId);
        model.addAttribute("publisher", offers.canManage(actor, id));
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("offerKinds", OfferKind.values());
        model.addAttribute("audiences", AudienceKind.values());
        model.addAttribute("priceModels", PriceModel.values());
        return "provider/form";
    }

    private void checkCanSuggest(Actor actor, UUID id) {
        if (!offers.canSuggest(actor, id)) {
            throw new NotPermittedException("Only a municipality's staff can suggest providers.");
        }
    }

    /** A value that did not bind (say a malformed amount) stops saving; the other fields' problems are shown too. */
    private void alsoTheOtherFields(BindingResult binding, ProviderForm form) {
        try {
            offers.check(form.toDetails());
        } catch (InvalidInputException e) {
            reject(binding, e);
        }
    }

    /** Puts the domain's field problems at the form's fields, with a message of our own per field. */
    private static void reject(BindingResult binding, InvalidInputException e) {
        for (FieldProblem p : e.fieldProblems()) {
            String field = ProviderForm.FIELDS.get(p.field());
            if (field != null) {
                if (!binding.hasFieldErrors(field)) {
                    binding.rejectValue(field, "provider.error." + field, p.message());
                }
            } else {
                binding.reject("provider.error.form", p.message());
            }
        }
    }
}
