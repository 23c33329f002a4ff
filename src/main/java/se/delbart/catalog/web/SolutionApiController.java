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
    @GetMapping
    PagedModel<SolutionView> list(Actor actor, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Domain domain, @RequestParam(required = false) Maturity status,
            @RequestParam(required = false) SolutionType type, @RequestParam(required = false) EffortLevel effortLevel,
            @RequestParam(required = false) Lifecycle lifecycle, @RequestParam(required = false) String q,
            Pageable pageable) {
        Page<Solution> page = catalog.list(actor,
                new SolutionFilter(blankToNull(municipality), domain, status, type, effortLevel, lifecycle, q), pageable);
        Map<String, PublisherView> byCode = publishers.of(page.map(Solution::publisherCode).toList());
        return new PagedModel<>(page.map(s -> SolutionView.of(s, byCode.get(s.publisherCode()))));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<SolutionView> create(Actor actor, @RequestBody SolutionDetails details) {
        Solution solution = catalog.create(actor, details);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(solution.id());
        return ResponseEntity.created(location).eTag(ETags.of(solution.version())).body(view(solution));
    }

    @GetMapping("/{id}")
    ResponseEntity<SolutionView> get(Actor actor, @PathVariable UUID id) {
        Solution solution = catalog.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    ResponseEntity<SolutionView> update(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
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

    @PostMapping("/{id}/publish")
    ResponseEntity<SolutionView> publish(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Solution solution = catalog.publish(actor, id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<SolutionView> withdraw(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Solution solution = catalog.withdraw(actor, id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(solution.version())).body(view(solution));
    }

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
