package se.delbart.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import se.delbart.access.AccessRequestService;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.TooManyRequestsException;

/** "Så får din kommun tillgång": the public request form. POST-redirect-GET to a receipt page. */
@Controller
class AccessRequestPageController {

    private final AccessRequestService requests;
    private final Municipalities municipalities;

    AccessRequestPageController(AccessRequestService requests, Municipalities municipalities) {
        this.requests = requests;
        this.municipalities = municipalities;
    }

    @GetMapping("/tillgang")
    String form(Model model) {
        return form(model, new AccessRequestForm());
    }

    @PostMapping("/tillgang")
    String submit(@Valid @ModelAttribute("accessRequest") AccessRequestForm form, BindingResult errors, Model model,
            HttpServletRequest http) {
        if (!errors.hasFieldErrors("municipalityCode") && !municipalities.existsById(form.getMunicipalityCode())) {
            errors.rejectValue("municipalityCode", "access.municipality.unknown");
        }
        if (!errors.hasFieldErrors("role") && !form.getRole().belongsToMunicipality()) {
            errors.rejectValue("role", "access.role.notRequestable");
        }
        if (!errors.hasErrors()) {
            try {
                requests.submit(new AccessRequestService.NewRequest(form.getName(), form.getEmail(),
                        form.getMunicipalityCode(), form.getRole()), http.getRemoteAddr());
                return "redirect:/tillgang/skickad";
            }
            catch (TooManyRequestsException e) {
                errors.reject("access.tooMany", new Object[] { Math.max(1, e.retryAfter().toMinutes()) }, null);
            }
        }
        return form(model, form);
    }

    @GetMapping("/tillgang/skickad")
    String sent() {
        return "access/sent";
    }

    private String form(Model model, AccessRequestForm form) {
        model.addAttribute("accessRequest", form);
        model.addAttribute("municipalities", municipalities.findAllByOrderByNameAsc());
        model.addAttribute("roles", AccessRequestService.requestableRoles());
        return "access/request";
    }
}
