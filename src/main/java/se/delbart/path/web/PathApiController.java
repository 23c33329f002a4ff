package se.delbart.path.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Figures;
import se.delbart.catalog.DayRange;
import se.delbart.path.Checklist;
import se.delbart.path.Checklists;
import se.delbart.path.ImplementationPath;
import se.delbart.path.ImplementationPaths;
import se.delbart.path.PathDocument;
import se.delbart.path.PathRevision;
import se.delbart.path.PathStep;
import se.delbart.path.StepProposal;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.PreconditionRequiredException;
import se.delbart.shared.Role;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.web.openapi.ETagResponse;
import tools.jackson.databind.JsonNode;

/**
 * REST API of implementation paths, adoptions' checklists and proposals. A path's ETag is its revision ({@code "3"});
 * a checklist entry's its version.
 */
@RestController
@RequestMapping("/api/v1")
class PathApiController {

    private final ImplementationPaths paths;
    private final Checklists checklists;

    PathApiController(ImplementationPaths paths, Checklists checklists) {
        this.paths = paths;
        this.checklists = checklists;
    }

    /** A step with the person-days adopters report for it (median, range and n of checklist ticks with days). */
    record PathStepView(String id, String title, String description, DayRange days, List<String> roles,
            boolean providerCanDo, Figures reportedDays) {
        static PathStepView of(PathStep s, Map<String, Figures> reported) {
            return new PathStepView(s.id(), s.title(), s.description(), s.days(), s.roles(), s.providerCanDo(),
                    reported == null ? null : reported.getOrDefault(s.id(), Figures.NONE));
        }
    }

    record PathView(UUID solutionId, int revision, boolean example, Instant changedAt, List<String> prerequisites,
            List<PathStepView> steps, List<String> decisions, List<PathDocument> documents) {
        static PathView of(PathRevision r, Map<String, Figures> reported) {
            ImplementationPath p = r.path();
            return new PathView(r.solutionId(), r.revision(), r.example(), r.changedAt(), p.prerequisites(),
                    p.steps().stream().map(s -> PathStepView.of(s, reported)).toList(), p.decisions(), p.documents());
        }
    }

    /** One revision; {@code changedBy} (a username) only for administrators. */
    record PathRevisionView(int revision, Instant changedAt, String changedBy, String note, PathView path) {
    }

    @Operation(operationId = "getImplementationPath", summary = "Read a solution's implementation path",
            description = """
                    The current revision of the path the publisher wrote: prerequisites, ordered steps (typical \
                    person-days, roles, whether a provider can do it), decisions and documents. Each step carries \
                    `reportedDays`: median, range and n of the actual person-days adopters noted in their checklists. \
                    The revision is the `ETag`. 404 while the solution has no path.""")
    @ETagResponse
    @GetMapping("/solutions/{id}/path")
    ResponseEntity<PathView> get(Actor actor, @PathVariable UUID id) {
        PathRevision current = paths.current(actor, id)
                .orElseThrow(() -> new NotFoundException("Implementation path of solution", id));
        return ResponseEntity.ok().eTag(etag(current.revision()))
                .body(PathView.of(current, paths.reportedDays(actor, id)));
    }

    @Operation(operationId = "writeImplementationPath", summary = "Write a solution's implementation path",
            description = """
                    Saves the body as the path's next revision; earlier revisions stay in the history. Steps keep \
                    their `id` (leave it out for a new step); a step left out is removed. `If-Match` must carry the \
                    current revision once the solution has a path (428 without it, 412 when stale). 400 names each \
                    wrong field by its JSON path, e.g. `steps[1].days.min`.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @ApiResponse(responseCode = "200", description = "The new revision.")
    @ApiResponse(responseCode = "428", description = "If-Match is missing while the solution has a path: send the "
            + "ETag of the revision the change is based on.")
    @PutMapping(path = "/solutions/{id}/path", consumes = "application/json")
    ResponseEntity<PathView> write(Actor actor, @PathVariable UUID id,
            @Parameter(description = "The current revision as ETag; required once a path exists, `*` for any.")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ImplementationPath body) {
        Integer expected = parseIfMatch(ifMatch);
        if (ifMatch == null || ifMatch.isBlank()) {
            var current = paths.current(actor, id);
            if (current.isPresent()) {
                // permission before precondition: a stranger learns nothing about revisions
                paths.checkCanWrite(actor, id);
                throw new PreconditionRequiredException();
            }
            expected = 0;
        }
        PathRevision saved = paths.write(actor, id, expected, body);
        return ResponseEntity.ok().eTag(etag(saved.revision())).body(PathView.of(saved, paths.reportedDays(actor, id)));
    }

    @Operation(operationId = "listImplementationPathHistory", summary = "Every revision of a solution's path",
            description = "The path's revisions, newest first, each whole, with when it was saved and why when it was "
                    + "an accepted proposal (`note`). Who saved it (`changedBy`) only for administrators.")
    @GetMapping("/solutions/{id}/path/history")
    List<PathRevisionView> history(Actor actor, @PathVariable UUID id) {
        boolean admin = actor != null && actor.isAdmin();
        return paths.history(actor, id).stream().map(r -> new PathRevisionView(r.revision(), r.changedAt(),
                admin ? r.changedBy() : null, r.note(), PathView.of(r, null))).toList();
    }

    // --- checklists -----------------------------------------------------------------------------------------------

    record ItemView(String stepId, String title, DayRange days, boolean done, LocalDate doneOn, Integer actualDays,
            String note, long version) {
        static ItemView of(Checklist.Item i) {
            Checklist.Tick t = i.tick();
            return new ItemView(i.step().id(), i.step().title(), i.step().days(), i.done(),
                    t == null ? null : t.doneOn(), t == null ? null : t.actualDays(), t == null ? null : t.note(),
                    t == null ? 0 : t.version());
        }
    }

    /** {@code suggestedStatus}: what the checklist points to, for the municipality to confirm; null when nothing new. */
    record ChecklistView(UUID adoptionId, UUID solutionId, int pathRevision, AdoptionStatus status,
            AdoptionStatus suggestedStatus, int done, int total, List<ItemView> items) {
        static ChecklistView of(Checklists.AdoptionChecklist c) {
            return new ChecklistView(c.adoption().id(), c.adoption().solutionId(), c.path().revision(),
                    c.adoption().status(), c.suggestedStatus().orElse(null), c.checklist().done(),
                    c.checklist().total(), c.checklist().items().stream().map(ItemView::of).toList());
        }
    }

    record TickBody(LocalDate doneOn, Integer actualDays, String note) {
    }

    record TickView(String stepId, boolean done, LocalDate doneOn, Integer actualDays, String note, long version) {
        static TickView of(String stepId, Checklist.Tick t) {
            return new TickView(stepId, t.done(), t.doneOn(), t.actualDays(), t.note(), t.version());
        }
    }

    @Operation(operationId = "getAdoptionChecklist", summary = "An adoption's checklist along the solution's path",
            description = """
                    The solution's current path as the adopting municipality's checklist: each step with when it was \
                    done, the actual person-days and what the municipality changed; progress (`done` of `total`) and \
                    the status the checklist suggests (`suggestedStatus`, only a suggestion: the municipality confirms \
                    it with `PATCH /api/v1/adoptions/{id}`). 404 while the solution has no path.""")
    @GetMapping("/adoptions/{id}/checklist")
    ChecklistView checklist(Actor actor, @PathVariable UUID id) {
        return ChecklistView.of(checklists.of(actor, id));
    }

    @Operation(operationId = "replaceChecklistEntry", summary = "Tick a step of an adoption's checklist",
            description = """
                    Replaces the municipality's entry for the step: `doneOn` (a date, not in the future; null: not \
                    done), `actualDays` (person-days it took) and `note` (what it changed). The entry's version is its \
                    `ETag`; `If-Match` is optional, a stale one gets 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "of the adopting municipality")
    @ApiResponse(responseCode = "200", description = "The entry as saved.")
    @PutMapping(path = "/adoptions/{id}/checklist/{stepId}", consumes = "application/json")
    ResponseEntity<TickView> replace(Actor actor, @PathVariable UUID id,
            @Parameter(description = "The step's id in the path.") @PathVariable String stepId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TickBody body) {
        Checklist.Tick tick = checklists.tick(actor, id, stepId, toLong(parseIfMatch(ifMatch)), body.doneOn(),
                body.actualDays(), body.note());
        return ResponseEntity.ok().eTag(etag(tick.version())).body(TickView.of(stepId, tick));
    }

    @Operation(operationId = "changeChecklistEntry", summary = "Change part of a checklist entry",
            description = """
                    Changes what the body names (JSON merge patch: members left out stay, `null` clears), e.g. \
                    `{"doneOn":"2026-11-02"}` ticks the step off. Rules as for the full replacement. `If-Match` is \
                    optional, a stale one gets 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "of the adopting municipality")
    @ApiResponse(responseCode = "200", description = "The entry as saved.")
    @PatchMapping(path = "/adoptions/{id}/checklist/{stepId}",
            consumes = { "application/json", "application/merge-patch+json" })
    ResponseEntity<TickView> change(Actor actor, @PathVariable UUID id,
            @Parameter(description = "The step's id in the path.") @PathVariable String stepId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TickBody.class)))
            @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(List.of(new FieldProblem("$", "must be a JSON object")));
        }
        Checklist.Item current = checklists.of(actor, id).checklist().items().stream()
                .filter(i -> i.step().id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Step", stepId));
        Checklist.Tick before = current.tick();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate doneOn = body.has("doneOn") ? date(body.get("doneOn"), problems)
                : before == null ? null : before.doneOn();
        Integer actualDays = body.has("actualDays") ? integer(body.get("actualDays"), "actualDays", problems)
                : before == null ? null : before.actualDays();
        String note = body.has("note") ? text(body.get("note"), "note", problems) : before == null ? null : before.note();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Checklist.Tick tick = checklists.tick(actor, id, stepId, toLong(parseIfMatch(ifMatch)), doneOn, actualDays, note);
        return ResponseEntity.ok().eTag(etag(tick.version())).body(TickView.of(stepId, tick));
    }

    // --- proposals ------------------------------------------------------------------------------------------------

    record ProposalBody(Integer reportedDays, String comment) {
    }

    record AcceptBody(DayRange days, String answer) {
    }

    record AnswerBody(String answer) {
    }

    record ProposalView(UUID id, UUID solutionId, String stepId, UUID adoptionId, String municipality,
            int reportedDays, String comment, StepProposal.Status status, String answer, Integer acceptedRevision,
            Instant createdAt, Instant answeredAt) {
        static ProposalView of(StepProposal p) {
            return new ProposalView(p.id(), p.solutionId(), p.stepId(), p.adoptionId(), p.municipalityCode(),
                    p.reportedDays(), p.comment(), p.status(), p.answer(), p.acceptedRevision(), p.createdAt(),
                    p.answeredAt());
        }
    }

    @Operation(operationId = "proposeStepChange", summary = "Propose a change to a step of the path",
            description = """
                    An adopter tells the publisher what a step really took ("took us 10 days, not 3"): \
                    `reportedDays` and a `comment`, both required. The publisher accepts the proposal or answers it.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "of the adopting municipality")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/adoptions/{id}/checklist/{stepId}/proposals", consumes = "application/json")
    ResponseEntity<ProposalView> propose(Actor actor, @PathVariable UUID id,
            @Parameter(description = "The step's id in the path.") @PathVariable String stepId,
            @RequestBody ProposalBody body) {
        StepProposal proposal = paths.propose(actor, id, stepId, body.reportedDays(), body.comment());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/solutions/{solutionId}/path/proposals").build(proposal.solutionId());
        return ResponseEntity.created(location).body(ProposalView.of(proposal));
    }

    @Operation(operationId = "listStepProposals", summary = "Proposals to change a solution's path",
            description = "Every proposal adopters made about the path's steps, newest first, with the publisher's "
                    + "answer and, for accepted ones, the revision that took them in.")
    @GetMapping("/solutions/{id}/path/proposals")
    List<ProposalView> proposals(Actor actor, @PathVariable UUID id) {
        return paths.proposals(actor, id).stream().map(ProposalView::of).toList();
    }

    @Operation(operationId = "acceptStepProposal", summary = "Accept a proposal: the step changes in a new revision",
            description = """
                    The step's typical person-days become `days` (left out: the reported days) in a new revision of \
                    the path; `answer` is optional. A proposal is handled once (409 after).""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @ApiResponse(responseCode = "200", description = "The accepted proposal.")
    @ApiResponse(responseCode = "409", description = "The proposal was already handled, or its step was removed.")
    @PostMapping("/solutions/{id}/path/proposals/{proposalId}/accept")
    ProposalView accept(Actor actor, @PathVariable UUID id,
            @Parameter(description = "The proposal's id.") @PathVariable UUID proposalId,
            @RequestBody(required = false) AcceptBody body) {
        AcceptBody request = body == null ? new AcceptBody(null, null) : body;
        return ProposalView.of(paths.accept(actor, id, proposalId, request.days(), request.answer()));
    }

    @Operation(operationId = "answerStepProposal", summary = "Answer a proposal without changing the path",
            description = "The publisher's `answer` (required) to the adopter; the path stays as it is. A proposal is "
                    + "handled once (409 after).")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @ApiResponse(responseCode = "200", description = "The answered proposal.")
    @ApiResponse(responseCode = "409", description = "The proposal was already handled.")
    @PostMapping(path = "/solutions/{id}/path/proposals/{proposalId}/answer", consumes = "application/json")
    ProposalView answer(Actor actor, @PathVariable UUID id,
            @Parameter(description = "The proposal's id.") @PathVariable UUID proposalId,
            @RequestBody AnswerBody body) {
        return ProposalView.of(paths.answer(actor, id, proposalId, body.answer()));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    /** The number an If-Match header names; null for an absent header or {@code *}. */
    private static Integer parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String digits = header.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!digits.matches("\\d{1,9}")) {
            throw new InvalidInputException(List.of(new FieldProblem("If-Match", "must be an ETag, e.g. \"3\"")));
        }
        return Integer.parseInt(digits);
    }

    private static LocalDate date(JsonNode node, List<FieldProblem> problems) {
        if (node.isNull()) {
            return null;
        }
        if (node.isString()) {
            try {
                return LocalDate.parse(node.asString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem("doneOn", "must be a date, e.g. 2026-11-02, or null"));
        return null;
    }

    private static Integer integer(JsonNode node, String field, List<FieldProblem> problems) {
        if (node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        problems.add(new FieldProblem(field, "must be a whole number or null"));
        return null;
    }

    private static String text(JsonNode node, String field, List<FieldProblem> problems) {
        if (node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        problems.add(new FieldProblem(field, "must be text or null"));
        return null;
    }
}
