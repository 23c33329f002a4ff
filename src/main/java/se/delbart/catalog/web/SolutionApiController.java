package se.delbart.catalog.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.delbart.catalog.Domain;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionChange;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFilter;
import se.delbart.catalog.SolutionType;
import se.delbart.shared.Actor;
import se.delbart.shared.PreconditionRequiredException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.web.openapi.ETagResponse;
import se.delbart.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** REST API of the catalogue. Versions travel as ETags; updates need If-Match. */
@RestController
@RequestMapping("/api/v1/solutions")
class SolutionApiController {

    private final SolutionCatalog catalog;
    private final Publishers publishers;

    private final ChangeAuthors authors;

    SolutionApiController(SolutionCatalog catalog, Publishers publishers, ChangeAuthors authors) {
        this.catalog = catalog;
        this.publishers = publishers;
        this.authors = authors;
    }

    /**
     * Lists solutions. Anonymous callers see published ones; {@code lifecycle=DRAFT|WITHDRAWN} together with
     * {@code municipality} shows that municipality's own unpublished solutions to its staff.
     */
    @Operation(operationId = "listSolutions", summary = "List solutions",
            description = """
                    Lists solutions, filtered by the parameters given (all optional, combined with AND). Anonymous callers \
                    see published solutions; with `lifecycle=DRAFT` or `WITHDRAWN` together with `municipality`, that \
                    municipality's staff (and administrators) see its unpublished ones.""")
    @GetMapping
    PagedModel<SolutionView> list(Actor actor,
            @Parameter(description = "Only this publisher (its kommunkod).", example = "2281")
            @RequestParam(required = false) String municipality,
            @Parameter(description = "Only this area.") @RequestParam(required = false) Domain domain,
            @Parameter(description = "Only this maturity.") @RequestParam(required = false) Maturity status,
            @Parameter(description = "Only this type.") @RequestParam(required = false) SolutionType type,
            @Parameter(description = "Only this derived effort level.") @RequestParam(required = false) EffortLevel effortLevel,
            @Parameter(description = "PUBLISHED (the default), or DRAFT or WITHDRAWN together with `municipality`: "
                    + "that municipality's staff and administrators get those, everyone else the published ones.")
            @RequestParam(required = false) Lifecycle lifecycle,
            @Parameter(description = "Text the name or summary contains, in any case (a filter; full-text search is "
                    + "`GET /api/v1/search`).")
            @RequestParam(required = false) String q,
            Pageable pageable) {
        Page<Solution> page = catalog.list(actor,
                new SolutionFilter(blankToNull(municipality), domain, status, type, effortLevel, lifecycle, q), pageable);
        Map<String, PublisherView> byCode = publishers.of(page.map(Solution::publisherCode).toList());
        return new PagedModel<>(page.map(s -> SolutionView.of(s, byCode.get(s.publisherCode()))));
    }

    @Operation(operationId = "createSolution", summary = "Create a draft solution",
            description = """
                    Creates a solution as a DRAFT of the editor's own municipality. A draft may be incomplete; fit, \
                    effort and benefit must be stated before it can be published. The answer has the new solution, its \
                    `ETag` and its address in `Location`.""")
    @ApiAccess(roles = Role.EDITOR, scope = "for the editor's own municipality")
    @ETagResponse
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    ResponseEntity<SolutionView> create(Actor actor, @RequestBody SolutionDetails details) {
        Solution solution = catalog.create(actor, details);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(solution.id());
        return ResponseEntity.created(location).eTag(ETags.of(solution.version())).body(view(solution));
    }

    @Operation(operationId = "getSolution", summary = "Read a solution",
            description = """
                    A solution with its fit, effort, benefit and publisher, and its version as `ETag`. Drafts and \
                    withdrawn solutions are found only by their own municipality's staff and administrators (404 for \
                    everyone else).""")
    @ETagResponse
    @GetMapping("/{id}")
    ResponseEntity<SolutionView> get(Actor actor, @PathVariable UUID id) {
        Solution solution = catalog.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

    @Operation(operationId = "updateSolution", summary = "Replace a solution's details",
            description = """
                    Replaces every editable field with the body (fields left out become empty). `If-Match` must carry \
                    the ETag of the version the change is based on: without it 428, with a stale one 412. A published \
                    solution must stay complete: 400 names each field that is missing or wrong.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @PutMapping(path = "/{id}", consumes = "application/json")
    ResponseEntity<SolutionView> update(Actor actor, @PathVariable UUID id,
            @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SolutionDetails details) {
        // Permission comes before the precondition: a stranger learns nothing about versions.
        Solution current = catalog.get(actor, id);
        Long expected = ETags.parseIfMatch(ifMatch);
        if (expected == null && (ifMatch == null || ifMatch.isBlank())) {
            catalog.checkCanEdit(actor, current);
            throw new PreconditionRequiredException();
        }
        Solution solution = catalog.update(actor, id, expected == null ? current.version() : expected, details);
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

    @Operation(operationId = "publishSolution", summary = "Publish a solution",
            description = """
                    Makes a DRAFT or WITHDRAWN solution public. It must state its fit, effort and benefit: otherwise 409 \
                    with `errors` naming what is missing. `If-Match` is optional here; a stale one gets 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @PostMapping("/{id}/publish")
    ResponseEntity<SolutionView> publish(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Solution solution = catalog.publish(actor, id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

    @Operation(operationId = "withdrawSolution", summary = "Withdraw a solution",
            description = """
                    Takes a published solution out of the public catalogue and search; it can be published again. \
                    `If-Match` is optional here; a stale one gets 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @PostMapping("/{id}/withdraw")
    ResponseEntity<SolutionView> withdraw(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Solution solution = catalog.withdraw(actor, id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

    @Operation(operationId = "listSolutionHistory", summary = "A solution's change history",
            description = """
                    Every change of the solution, newest first: version, time, kind and changed fields, and who made it \
                    by display name and municipality (the username only for administrators). Visible to whoever may \
                    read the solution.""")
    @GetMapping("/{id}/history")
    PagedModel<ChangeView> history(Actor actor, @PathVariable UUID id, Pageable pageable) {
        org.springframework.data.domain.Page<SolutionChange> changes = catalog.history(actor, id, pageable);
        java.util.Map<String, se.delbart.security.PublicName> names = authors.of(
                changes.map(SolutionChange::changedBy).toList());
        boolean admin = actor != null && actor.isAdmin();
        return new PagedModel<>(changes.map(c -> ChangeView.of(c, names.get(c.changedBy()), admin)));
    }

    /** {@code by} is the display name; the username ({@code byUsername}) only for administrators. */
    record ChangeView(long version, Instant at, String by, String byMunicipality, String byUsername,
            SolutionChange.Kind kind, java.util.List<String> fields) {
        static ChangeView of(SolutionChange c, se.delbart.security.PublicName name, boolean admin) {
            return new ChangeView(c.solutionVersion(), c.changedAt(), name.displayName(), name.municipalityCode(),
                    admin ? c.changedBy() : null, c.kind(), c.fields());
        }
    }

    private SolutionView view(Solution solution) {
        return SolutionView.of(solution, publishers.of(solution.publisherCode()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
