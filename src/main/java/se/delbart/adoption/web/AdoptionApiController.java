package se.delbart.adoption.web;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.AdoptionStatusChange;
import se.delbart.adoption.Experience;
import se.delbart.adoption.ExperienceReport;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.web.openapi.ETagResponse;
import se.delbart.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** REST API of adoptions. Versions travel as ETags ({@code "3"}); If-Match on PATCH is checked when sent. */
@RestController
@RequestMapping("/api/v1")
class AdoptionApiController {

    private final AdoptionRegistry registry;

    AdoptionApiController(AdoptionRegistry registry) {
        this.registry = registry;
    }

    record RecordAdoption(AdoptionStatus status, String adoptedVersion, Set<String> departments) {
    }

    record ChangeAdoption(AdoptionStatus status, String reason, Set<String> departments, String adoptedVersion) {
    }

    record AdoptionView(UUID id, long version, UUID solutionId, String municipality, AdoptionStatus status,
            String adoptedVersion, Set<String> departments, String discontinuedReason, Instant createdAt,
            Instant updatedAt, List<StepView> history) {
        static AdoptionView of(Adoption a, List<AdoptionStatusChange> history) {
            return new AdoptionView(a.id(), a.version(), a.solutionId(), a.municipalityCode(), a.status(),
                    a.adoptedVersion(), a.departments(), a.discontinuedReason(), a.createdAt(), a.updatedAt(),
                    history == null ? null : history.stream().map(StepView::of).toList());
        }
    }

    record StepView(AdoptionStatus from, AdoptionStatus to, Instant at, String reason, boolean correction) {
        static StepView of(AdoptionStatusChange c) {
            return new StepView(c.from(), c.to(), c.changedAt(), c.reason(), c.correction());
        }
    }

    /** A solution's adoptions with counts per status (every status present, zero included). */
    record SolutionAdoptions(Map<AdoptionStatus, Long> counts, List<AdoptionView> adoptions) {
    }

    @Operation(operationId = "recordAdoption", summary = "Record that the caller's municipality adopts a solution",
            description = """
                    Records an adoption of a published solution by the caller's own municipality, in `status` \
                    (INTERESTED when left out). INTERESTED notifies the publisher. The body may be left out. A \
                    municipality does not adopt its own solution, and records one adoption per solution (409).""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "adopting for their own municipality")
    @ApiResponse(responseCode = "409", description = "The solution is the caller's municipality's own, or the municipality "
            + "already records an adoption of it.")
    @ETagResponse
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/solutions/{solutionId}/adoptions", consumes = "application/json")
    ResponseEntity<AdoptionView> record(Actor actor, @PathVariable UUID solutionId,
            @RequestBody(required = false) RecordAdoption body) {
        RecordAdoption request = body == null ? new RecordAdoption(null, null, null) : body;
        Adoption adoption = registry.record(actor, solutionId, request.status(), request.adoptedVersion(),
                request.departments());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/adoptions/{id}")
                .build(adoption.id());
        return ResponseEntity.created(location).eTag(etag(adoption))
                .body(AdoptionView.of(adoption, registry.history(adoption.id())));
    }

    @Operation(operationId = "getAdoption", summary = "Read an adoption",
            description = "An adoption with its status history (corrections marked `correction: true`) and its version as `ETag`.")
    @ETagResponse
    @GetMapping("/adoptions/{id}")
    ResponseEntity<AdoptionView> get(Actor actor, @PathVariable UUID id) {
        Adoption adoption = registry.get(actor, id);
        return ResponseEntity.ok().eTag(etag(adoption)).body(AdoptionView.of(adoption, registry.history(id)));
    }

    @Operation(operationId = "changeAdoption", summary = "Change an adoption's status, departments or version",
            description = """
                    Changes what the body names (JSON merge patch: members left out stay). A step forward moves the \
                    status on; a step back to an earlier status corrects a status recorded by mistake and is kept in the \
                    history as a correction. DISCONTINUED needs a `reason`. At most 10 status changes a day per \
                    adoption: then 429 with `Retry-After`. `If-Match` is optional; a stale one gets 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "of the adopting municipality")
    @ApiResponse(responseCode = "409", description = "The status cannot be reached from the current one.")
    @ApiResponse(responseCode = "429", description = "The adoption changed status 10 times in the last 24 hours; "
            + "`Retry-After` says when the next change is allowed, `errors` names `status`.")
    @ApiResponse(responseCode = "200", description = "The changed adoption.")
    @PatchMapping(path = "/adoptions/{id}", consumes = { "application/json", "application/merge-patch+json" })
    ResponseEntity<AdoptionView> change(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ChangeAdoption body) {
        Adoption adoption = registry.change(actor, id, parseIfMatch(ifMatch), body.status(), body.reason(),
                body.departments(), body.adoptedVersion());
        return ResponseEntity.ok().eTag(etag(adoption)).body(AdoptionView.of(adoption, registry.history(id)));
    }

    @Operation(operationId = "listSolutionAdoptions", summary = "A solution's adoptions with counts per status",
            description = "Every adoption of the solution and how many are in each status (every status listed, zero included).")
    @GetMapping("/solutions/{solutionId}/adoptions")
    SolutionAdoptions forSolution(Actor actor, @PathVariable UUID solutionId) {
        List<Adoption> adoptions = registry.forSolution(actor, solutionId);
        Map<AdoptionStatus, Long> counts = new EnumMap<>(AdoptionStatus.class);
        for (AdoptionStatus status : AdoptionStatus.values()) {
            counts.put(status, adoptions.stream().filter(a -> a.status() == status).count());
        }
        return new SolutionAdoptions(counts, adoptions.stream().map(a -> AdoptionView.of(a, null)).toList());
    }

    @Operation(operationId = "listMunicipalityAdoptions", summary = "A municipality's adoptions",
            description = "Every solution the municipality records an adoption of, in any status.")
    @GetMapping("/municipalities/{kommunkod}/adoptions")
    List<AdoptionView> forMunicipality(Actor actor, @PathVariable String kommunkod) {
        return registry.forMunicipality(actor, kommunkod).stream().map(a -> AdoptionView.of(a, null)).toList();
    }

    record ReportView(UUID adoptionId, int revision, Experience experience, Instant reportedAt) {
        static ReportView of(ExperienceReport r) {
            return new ReportView(r.adoptionId(), r.revision(), r.experience(), r.reportedAt());
        }
    }

    /** Replaces the current experience report; earlier revisions stay in {@code /report/history}. */
    @Operation(operationId = "reportExperience", summary = "Report the experience of an adoption",
            description = """
                    Replaces the adoption's current experience report (real effort, benefit, rating); earlier revisions \
                    stay in the report history. Possible once the adoption is IMPLEMENTING or further (409 before).""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "of the adopting municipality")
    @ApiResponse(responseCode = "409", description = "The adoption is not yet being implemented.")
    @ApiResponse(responseCode = "200", description = "The new revision of the report.")
    @PutMapping(path = "/adoptions/{id}/report", consumes = "application/json")
    ReportView report(Actor actor, @PathVariable UUID id, @RequestBody Experience experience) {
        return ReportView.of(registry.report(actor, id, experience));
    }

    @Operation(operationId = "getExperienceReport", summary = "The current experience report of an adoption",
            description = "The latest revision of the report; 404 while none was made.")
    @GetMapping("/adoptions/{id}/report")
    ReportView currentReport(Actor actor, @PathVariable UUID id) {
        return registry.currentReport(actor, id).map(ReportView::of)
                .orElseThrow(() -> new se.delbart.shared.NotFoundException("Experience report of adoption", id));
    }

    @Operation(operationId = "listExperienceReportHistory", summary = "Every revision of an adoption's experience report",
            description = "The revisions of the experience report, newest first.")
    @GetMapping("/adoptions/{id}/report/history")
    List<ReportView> reportHistory(Actor actor, @PathVariable UUID id) {
        return registry.reportHistory(actor, id).stream().map(ReportView::of).toList();
    }

    /** Stated vs reported effort (median, range, n), average ratings with n, and explained trust badges. */
    @Operation(operationId = "getSolutionExperience", summary = "What adopters report about a solution",
            description = """
                    Counts per status, adopters by SKR group and county, stated against reported effort (median, range, \
                    n), average ratings with n, the trust badges the solution earns with their rule and facts, and the \
                    latest reports.""")
    @GetMapping("/solutions/{solutionId}/experience")
    se.delbart.adoption.SolutionExperience experience(Actor actor, @PathVariable UUID solutionId) {
        return registry.experienceOf(actor, solutionId);
    }

    private static String etag(Adoption adoption) {
        return "\"" + adoption.version() + "\"";
    }

    private static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String digits = header.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new InvalidInputException(List.of(new FieldProblem("If-Match", "must be the adoption's ETag, e.g. \"3\"")));
        }
        return Long.parseLong(digits);
    }
}
