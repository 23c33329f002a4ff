package se.delbart.profile.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import se.delbart.catalog.Domain;
import se.delbart.profile.LoginRequiredException;
import se.delbart.profile.MunicipalityProfileView;
import se.delbart.profile.Profiles;
import se.delbart.profile.Visibility;
import se.delbart.shared.Actor;
import se.delbart.shared.InvalidInputException;

/** Pages: a municipality's profile (with each answer's contribution), the questionnaire, and its needs. */
@Controller
class ProfilePageController {

    private static final String ANSWER = "answer.";

    private final Profiles profiles;

    ProfilePageController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/kommuner/{kommunkod}/profil")
    String profile(Actor actor, @PathVariable String kommunkod, Model model) {
        model.addAttribute("view", profiles.view(actor, kommunkod));
        model.addAttribute("needs", profiles.needs(actor, kommunkod));
        model.addAttribute("history", profiles.history(actor, kommunkod));
        model.addAttribute("canChange", Profiles.canChange(actor, kommunkod));
        model.addAttribute("domains", Arrays.stream(Domain.values()).map(Domain::code).toList());
        if (!model.containsAttribute("needText")) {
            model.addAttribute("needText", "");
            model.addAttribute("needTextInvalid", false);
            model.addAttribute("needDomainsInvalid", false);
        }
        return "profile/profile";
    }

    @GetMapping("/kommuner/{kommunkod}/profil/enkat")
    String questionnaire(Actor actor, @PathVariable String kommunkod, Model model) {
        var view = profiles.view(actor, kommunkod);
        return questionnaire(actor, kommunkod, view, view.answers(), false, model);
    }

    private String questionnaire(Actor actor, String kommunkod, MunicipalityProfileView view,
            Map<String, String> answers, boolean visibilityInvalid, Model model) {
        if (!Profiles.canChange(actor, kommunkod)) {
            throw new se.delbart.shared.NotPermittedException("Only the municipality's own staff answer for it.");
        }
        model.addAttribute("view", view);
        model.addAttribute("questionnaire", profiles.questionnaire());
        model.addAttribute("answers", answers);
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("visibilityInvalid", visibilityInvalid);
        return "profile/questionnaire";
    }

    @PostMapping("/kommuner/{kommunkod}/profil/enkat")
    String saveAnswers(Actor actor, @PathVariable String kommunkod, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(ANSWER) && value != null && !value.isBlank()) {
                answers.put(name.substring(ANSWER.length()), value);
            }
        });
        String visibility = form.get("visibility");
        Visibility chosen = null;
        if (visibility != null && !visibility.isBlank()) {
            chosen = java.util.Arrays.stream(Visibility.values()).filter(v -> v.name().equals(visibility)).findFirst()
                    .orElse(null);
            if (chosen == null) {
                // not one of the offered choices (a hand-made request): the form again, with the answers given
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return questionnaire(actor, kommunkod, profiles.view(actor, kommunkod), answers, true, model);
            }
        }
        profiles.save(actor, kommunkod, answers, chosen, null);
        redirect.addFlashAttribute("flash", "profile.flash.saved");
        return "redirect:/kommuner/" + kommunkod + "/profil";
    }

    @PostMapping("/kommuner/{kommunkod}/behov")
    String addNeed(Actor actor, @PathVariable String kommunkod, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) List<String> domains, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            profiles.addNeed(actor, kommunkod, text, domains == null ? Set.of() : Set.copyOf(domains));
        } catch (se.delbart.shared.InvalidStateException e) {
            // the municipality already has as many needs as it may: say so at the field, keep the text
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("needTextInvalid", true);
            model.addAttribute("needTextError", "profile.error.tooManyNeeds");
            model.addAttribute("needDomainsInvalid", false);
            model.addAttribute("needText", text);
            model.addAttribute("needDomains", domains == null ? List.of() : domains);
            return profile(actor, kommunkod, model);
        } catch (InvalidInputException e) {
            model.addAttribute("needTextInvalid", e.fieldProblems().stream().anyMatch(p -> p.field().equals("text")));
            model.addAttribute("needTextDuplicate", e.fieldProblems().stream()
                    .anyMatch(p -> p.field().equals("text") && Profiles.DUPLICATE_NEED.equals(p.message())));
            model.addAttribute("needDomainsInvalid",
                    e.fieldProblems().stream().anyMatch(p -> p.field().equals("domains")));
            model.addAttribute("needText", text);
            model.addAttribute("needDomains", domains == null ? List.of() : domains);
            return profile(actor, kommunkod, model);
        }
        redirect.addFlashAttribute("flash", "profile.flash.needAdded");
        return "redirect:/kommuner/" + kommunkod + "/profil#behov";
    }

    @PostMapping("/kommuner/{kommunkod}/behov/{id}/ta-bort")
    String removeNeed(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            RedirectAttributes redirect) {
        profiles.removeNeed(actor, kommunkod, id);
        redirect.addFlashAttribute("flash", "profile.flash.needRemoved");
        return "redirect:/kommuner/" + kommunkod + "/profil#behov";
    }

    /** A profile for logged-in users, asked for anonymously: log in first. */
    @ExceptionHandler(LoginRequiredException.class)
    String login() {
        return "redirect:/login";
    }
}
