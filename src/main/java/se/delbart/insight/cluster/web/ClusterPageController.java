package se.delbart.insight.cluster.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
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

import se.delbart.insight.Csv;
import se.delbart.insight.cluster.CollaborationClusters;
import se.delbart.insight.cluster.SavedCluster;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/** Proposed collaboration clusters; an analyst saves one (name, note) and shares it with its members. */
@Controller
class ClusterPageController {

    private final CollaborationClusters clusters;

    ClusterPageController(CollaborationClusters clusters) {
        this.clusters = clusters;
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
        return csv(ClusterViews.proposalsCsv(clusters.proposals()), "klusterforslag.csv");
    }

    @GetMapping(path = { "/insikter/kluster/sparade.csv", "/insikter/kluster/sparade" }, produces = "text/csv")
    ResponseEntity<byte[]> savedCsv(Actor actor) {
        return csv(ClusterViews.savedCsv(clusters.saved(actor), clusters.facts()), "sparade-kluster.csv");
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

    private static ResponseEntity<byte[]> csv(Csv csv, String filename) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(csv.bytes());
    }
}
