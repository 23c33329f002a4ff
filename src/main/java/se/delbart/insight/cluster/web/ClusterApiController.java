package se.delbart.insight.cluster.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import se.delbart.insight.cluster.ClusterProposer;
import se.delbart.insight.cluster.CollaborationClusters;
import se.delbart.insight.cluster.SavedCluster;
import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.shared.Actor;
import se.delbart.shared.export.Downloads;

/** Proposed and saved collaboration clusters as JSON (and CSV), for ANALYST and ADMIN (SecurityConfig). */
@RestController
@RequestMapping("/api/v1/insights")
class ClusterApiController {

    private final CollaborationClusters clusters;

    ClusterApiController(CollaborationClusters clusters) {
        this.clusters = clusters;
    }

    @Operation(operationId = "listClusterProposals", summary = "Proposed collaboration clusters",
            description = "Proposals of 4–8 municipalities around a shared theme (mixing SKR groups, ideal types and capacity), each with its key, members and the reason." + " Also as CSV: append `.csv` to the address, or send `Accept: text/csv`.")
    @GetMapping("/clusters")
    List<ClusterProposer.Proposal> proposals() {
        return clusters.proposals();
    }

    @Operation(operationId = "listClusterProposalsCsv", summary = "Proposed clusters as CSV",
            description = "The cluster proposals as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark).")
    @GetMapping(path = { "/clusters.csv", "/clusters" }, produces = "text/csv")
    ResponseEntity<byte[]> proposalsCsv() {
        return Downloads.csv(ClusterViews.proposalsTable(clusters.proposals()), ClusterPageController.PROPOSALS);
    }

    @Operation(operationId = "listSavedClusters", summary = "Saved collaboration clusters",
            description = "Clusters analysts saved, with their members and whether they are shared.")
    @GetMapping("/clusters/saved")
    List<ClusterViews.SavedView> saved(Actor actor) {
        Map<String, MunicipalityFacts> facts = clusters.facts();
        return clusters.saved(actor).stream().map(c -> ClusterViews.SavedView.of(c, facts)).toList();
    }

    /** Saves a current proposal (by its key) under a name, with an optional note. */
    record SaveRequest(String proposal, String name, String note) {
    }

    @Operation(operationId = "saveCluster", summary = "Save a proposed cluster",
            description = "Saves a current proposal (by its `proposal` key) under a `name`, with an optional `note`; a key that is no current proposal gets 400.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/clusters/saved")
    ResponseEntity<ClusterViews.SavedView> save(Actor actor, @RequestBody SaveRequest request) {
        SavedCluster saved = clusters.save(actor, request.proposal(), request.name(), request.note());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/insights/clusters/saved/" + saved.id())
                .body(ClusterViews.SavedView.of(saved, clusters.facts()));
    }

    @Operation(operationId = "getSavedCluster", summary = "Read a saved cluster",
            description = "A saved cluster with its members and their facts.")
    @GetMapping("/clusters/saved/{id}")
    ClusterViews.SavedView one(Actor actor, @PathVariable UUID id) {
        clusters.saved(actor);
        return ClusterViews.SavedView.of(clusters.get(id), clusters.facts());
    }

    /** Shares the cluster with its members: their staff see it on their municipality page. */
    @Operation(operationId = "shareCluster", summary = "Share a saved cluster with its members",
            description = "From now on the member municipalities' staff see the cluster on their municipality page.")
    @PostMapping("/clusters/saved/{id}/share")
    ClusterViews.SavedView share(Actor actor, @PathVariable UUID id) {
        return ClusterViews.SavedView.of(clusters.share(actor, id), clusters.facts());
    }
}
