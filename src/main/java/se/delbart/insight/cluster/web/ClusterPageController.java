package se.delbart.insight.cluster.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import se.delbart.insight.cluster.CollaborationClusters;
import se.delbart.insight.cluster.SavedCluster;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.export.Downloads;

/** Proposed collaboration clusters; an analyst saves one (name, note) and shares it with its members. */
@Controller
class ClusterPageController {

    static final String PROPOSALS = "klusterforslag";
    static final String SAVED = "sparade-kluster";

    private final CollaborationClusters clusters;
    private final MessageSource messages;

    ClusterPageController(CollaborationClusters clusters, MessageSource messages) {
        this.clusters = clusters;
        this.messages = messages;
    }

    @GetMapping("/insikter/kluster")
    String clusters(Actor actor, Model model) {
        model.addAttribute("proposals", clusters.proposals());
        model.addAttribute("saved", clusters.saved(actor));
        model.addAttribute("facts", clusters.facts());
        return "insight/cluster/clusters";
    }

    @GetMapping(path = { "/insikter/kluster.csv", "/insikter/kluster" }, produces = "text/csv")
    ResponseEntity<byte[]> proposalsCsv() {
        return Downloads.csv(ClusterViews.proposalsTable(clusters.proposals()), PROPOSALS);
    }

    @GetMapping("/insikter/kluster.xlsx")
    ResponseEntity<byte[]> proposalsXlsx(Locale locale) {
        return Downloads.xlsx(ClusterViews.proposalsTable(clusters.proposals()), PROPOSALS,
                messages.getMessage("insightneeds.cluster.heading", null, "Delbart", locale), messages, locale);
    }

    @GetMapping(path = { "/insikter/kluster/sparade.csv", "/insikter/kluster/sparade" }, produces = "text/csv")
    ResponseEntity<byte[]> savedCsv(Actor actor) {
        return Downloads.csv(ClusterViews.savedTable(clusters.saved(actor), clusters.facts()), SAVED);
    }

    @GetMapping("/insikter/kluster/sparade.xlsx")
    ResponseEntity<byte[]> savedXlsx(Actor actor, Locale locale) {
        return Downloads.xlsx(ClusterViews.savedTable(clusters.saved(actor), clusters.facts()), SAVED,
                messages.getMessage("insightneeds.cluster.saved", null, "Delbart", locale), messages, locale);
    }

    @PostMapping("/insikter/kluster")
    String save(Actor actor, @RequestParam(defaultValue = "") String proposal,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            SavedCluster saved = clusters.save(actor, proposal, name, note);
            redirect.addFlashAttribute("savedName", saved.name());
            return "redirect:/insikter/kluster#sparade";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            for (FieldProblem p : e.fieldProblems()) {
                errors.putIfAbsent(p.field(), p.message());
            }
            model.addAttribute("errorProposal", proposal);
            model.addAttribute("errors", errors);
            model.addAttribute("nameValue", name);
            model.addAttribute("noteValue", note);
            return clusters(actor, model);
        }
    }

    @PostMapping("/insikter/kluster/{id}/dela")
    String share(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        SavedCluster cluster = clusters.share(actor, id);
        redirect.addFlashAttribute("sharedName", cluster.name());
        return "redirect:/insikter/kluster#sparade";
    }

}
