package se.delbart.portfolio.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import se.delbart.municipality.Municipalities;
import se.delbart.portfolio.Portfolio;
import se.delbart.shared.Actor;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;

/** Administrators grant and revoke the portfolio manager permission ({@code /admin/portfoljansvariga}). */
@Controller
class ManagerAdminController {

    private final Portfolio portfolio;
    private final Municipalities municipalities;

    ManagerAdminController(Portfolio portfolio, Municipalities municipalities) {
        this.portfolio = portfolio;
        this.municipalities = municipalities;
    }

    @GetMapping("/admin/portfoljansvariga")
    String managers(Actor actor, Model model) {
        model.addAttribute("grants", portfolio.allManagers(actor));
        Map<String, String> names = new LinkedHashMap<>();
        municipalities.findAllByOrderByNameAsc().forEach(m -> names.put(m.kommunkod(), m.name()));
        model.addAttribute("municipalities", names);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "portfolio/managers";
    }

    @PostMapping("/admin/portfoljansvariga")
    String grant(Actor actor, @RequestParam(defaultValue = "") String kommunkod,
            @RequestParam(defaultValue = "") String username, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kommunkod.isBlank() || !municipalities.existsById(kommunkod)) {
            errors.put("kommunkod", "portfolio.managers.error.municipality");
        }
        if (username.isBlank()) {
            errors.put("username", "portfolio.managers.error.username");
        }
        if (errors.isEmpty()) {
            try {
                portfolio.grantManager(actor, kommunkod, username);
                redirect.addFlashAttribute("flash", "portfolio.managers.granted");
                return "redirect:/admin/portfoljansvariga";
            } catch (InvalidInputException | NotFoundException e) {
                errors.put("username", "portfolio.managers.error.username");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", errors);
        model.addAttribute("kommunkodValue", kommunkod);
        model.addAttribute("usernameValue", username);
        return managers(actor, model);
    }

    @PostMapping("/admin/portfoljansvariga/ta-bort")
    String revoke(Actor actor, @RequestParam String kommunkod, @RequestParam String username,
            RedirectAttributes redirect) {
        portfolio.revokeManager(actor, kommunkod, username);
        redirect.addFlashAttribute("flash", "portfolio.managers.revoked");
        return "redirect:/admin/portfoljansvariga";
    }

}
