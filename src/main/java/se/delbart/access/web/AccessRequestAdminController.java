package se.delbart.access.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.access.AccessMail;
import se.delbart.access.AccessRequest;
import se.delbart.access.AccessRequestService;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.web.PublicUrl;

/**
 * Pending access requests for ADMIN (the path is under {@code /admin/**}). Approval answers with its own page, not a
 * redirect, so that the one-time link is shown once and kept nowhere (not even in a flash attribute).
 */
@Controller
@RequestMapping("/admin/tillgang")
class AccessRequestAdminController {

    private final AccessRequestService requests;
    private final AccessMail mail;
    private final Municipalities municipalities;
    private final PublicUrl publicUrl;

    AccessRequestAdminController(AccessRequestService requests, AccessMail mail, Municipalities municipalities,
            PublicUrl publicUrl) {
        this.requests = requests;
        this.mail = mail;
        this.municipalities = municipalities;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    String list(Model model) {
        var pending = requests.pending();
        model.addAttribute("requests", pending);
        model.addAttribute("municipalityNames", names(pending.stream().map(AccessRequest::municipalityCode)
                .collect(Collectors.toSet())));
        model.addAttribute("mailConfigured", mail.configured());
        return "access/admin";
    }

    @PostMapping("/{id}/godkann")
    String approve(@PathVariable UUID id, Actor admin, Model model, RedirectAttributes redirect) {
        AccessRequestService.Approval approval;
        try {
            approval = requests.approve(id, admin.username());
        }
        catch (InvalidStateException | OptimisticLockingFailureException e) {
            // decided before, or by another administrator at the same moment (the request's version)
            redirect.addFlashAttribute("alreadyDecided", true);
            return "redirect:/admin/tillgang";
        }
        String link = publicUrl.base() + "/konto/losenord/" + approval.setupSecret();
        boolean mailed = mail.sendSetupLink(approval, link);
        model.addAttribute("approval", approval);
        model.addAttribute("municipalityName", names(java.util.Set.of(approval.request().municipalityCode()))
                .get(approval.request().municipalityCode()));
        model.addAttribute("mailed", mailed);
        model.addAttribute("link", mailed ? null : link);
        return "access/approved";
    }

    @PostMapping("/{id}/avsla")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Actor admin,
            RedirectAttributes redirect) {
        try {
            AccessRequest rejected = requests.reject(id, admin.username(), reason);
            redirect.addFlashAttribute("rejected", rejected.name());
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("reasonTooLong", true);
        }
        catch (InvalidStateException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("alreadyDecided", true);
        }
        return "redirect:/admin/tillgang";
    }

    private Map<String, String> names(java.util.Set<String> codes) {
        return municipalities.findAllByKommunkodIn(codes).stream()
                .collect(Collectors.toMap(m -> m.kommunkod(), m -> m.name()));
    }
}
