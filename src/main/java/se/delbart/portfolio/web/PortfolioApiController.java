package se.delbart.portfolio.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.BudgetView;
import se.delbart.portfolio.Initiative;
import se.delbart.portfolio.InitiativeChange;
import se.delbart.portfolio.InitiativeFilter;
import se.delbart.portfolio.InitiativeStatus;
import se.delbart.portfolio.InitiativeView;
import se.delbart.portfolio.NationalPortfolio;
import se.delbart.portfolio.NationalPortfolioView;
import se.delbart.portfolio.Portfolio;
import se.delbart.portfolio.PortfolioSetup;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.PreconditionRequiredException;
import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.web.openapi.ETagResponse;
import se.delbart.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ArraySchema;


/**
 * The portfolio API under {@code /api/v1/municipalities/{kommunkod}/portfolio}: private to the municipality's staff;
 * level 2 and decisions need the portfolio manager permission. Versions travel as ETags; updates need If-Match.
 */
@RestController
class PortfolioApiController {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private final Portfolio portfolio;
    private final NationalPortfolio national;
    private final MessageSource messages;
    private final Authors authors;

    PortfolioApiController(Portfolio portfolio, NationalPortfolio national, MessageSource messages, Authors authors) {
        this.authors = authors;
        this.portfolio = portfolio;
        this.national = national;
        this.messages = messages;
    }

    @Operation(operationId = "listInitiatives", summary = "List the portfolio's initiatives",
            description = "The municipality's initiatives with their valuation (every figure with its formula), filtered by the parameters given, paged.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/initiatives")
    PagedModel<InitiativeJson> list(Actor actor, @PathVariable String kommunkod,
            @Parameter(description = "Only initiatives in this status.") @RequestParam(required = false) InitiativeStatus status,
            @Parameter(description = "Only national, local or joint initiatives.") @RequestParam(required = false) Origin origin,
            @Parameter(description = "Only initiatives of this department, as named in the settings.")
            @RequestParam(required = false) String department,
            @Parameter(description = "Only initiatives paid from this budget.") @RequestParam(required = false) BudgetKind budget,
            Pageable pageable, Locale locale) {
        List<InitiativeView> all = portfolio.list(actor, kommunkod,
                new InitiativeFilter(status, origin, department, budget));
        var weights = portfolio.setup(actor, kommunkod).weights().byCriterion();
        long offset = pageable.getOffset();
        List<InitiativeView> shown = all.stream().skip(Math.min(offset, all.size())).limit(pageable.getPageSize())
                .toList();
        Map<String, String> names = decidersOf(shown);
        List<InitiativeJson> page = shown.stream().map(v -> InitiativeJson.of(v, weights, messages, locale, names))
                .toList();
        return new PagedModel<>(new PageImpl<>(page, pageable, all.size()));
    }

    @Operation(operationId = "proposeInitiative", summary = "Propose an initiative",
            description = "Adds an initiative, national (a solution of the catalogue) or local, as PROPOSED; `Location` names it and `ETag` is its version.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @ETagResponse
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives", consumes = "application/json")
    ResponseEntity<InitiativeJson> propose(Actor actor, @PathVariable String kommunkod,
            @RequestBody Bodies.InitiativeBody body, Locale locale) {
        Initiative created = portfolio.propose(actor, kommunkod, body.toDetails());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id());
        return ResponseEntity.created(location).eTag(etag(created.version()))
                .body(json(actor, kommunkod, created.id(), locale));
    }

    @Operation(operationId = "getInitiative", summary = "Read an initiative",
            description = "An initiative with its assessments, valuation (every figure with its formula), decision and version as `ETag`.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @ETagResponse
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}")
    ResponseEntity<InitiativeJson> get(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            Locale locale) {
        InitiativeJson json = json(actor, kommunkod, id, locale);
        return ResponseEntity.ok().eTag(etag(json.version())).body(json);
    }

    @Operation(operationId = "editInitiative", summary = "Change an initiative's details",
            description = "Replaces the initiative's details. `If-Match` is required (428 without it, 412 when stale). Decided initiatives can no longer be changed (409).")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}", consumes = "application/json")
    ResponseEntity<InitiativeJson> edit(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Bodies.InitiativeBody body, Locale locale) {
        Initiative saved = portfolio.edit(actor, kommunkod, id, required(ifMatch), body.toDetails());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    @Operation(operationId = "assessInitiativeForDepartment", summary = "Assess an initiative at department level",
            description = "Sets the level-1 assessment: operational value, cost and local adaptation before value. `If-Match` is required.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/department-assessment",
            consumes = "application/json")
    ResponseEntity<InitiativeJson> assessDepartment(Actor actor, @PathVariable String kommunkod,
            @PathVariable UUID id, @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Bodies.DepartmentAssessmentBody body, Locale locale) {
        Initiative saved = portfolio.assessDepartment(actor, kommunkod, id, required(ifMatch), body.toAssessment());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    @Operation(operationId = "assessInitiativeForMunicipality", summary = "Assess an initiative at municipality level",
            description = "Sets the level-2 assessment: strategic goals, citizen value, interoperability, standards, scalability, reach and the cost of not acting. `If-Match` is required.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality with the portfolio manager permission")
    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/municipality-assessment",
            consumes = "application/json")
    ResponseEntity<InitiativeJson> assessMunicipality(Actor actor, @PathVariable String kommunkod,
            @PathVariable UUID id, @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Bodies.MunicipalityAssessmentBody body, Locale locale) {
        Initiative saved = portfolio.assessMunicipality(actor, kommunkod, id, required(ifMatch), body.toAssessment());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    @Operation(operationId = "decideInitiative", summary = "Move an initiative to another status",
            description = "Moves the initiative on (e.g. to a decision); a decision needs a motivation (409 without). `If-Match` is required.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality with the portfolio manager permission")
    @PostMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/status",
            consumes = "application/json")
    ResponseEntity<InitiativeJson> move(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Bodies.StatusBody body,
            Locale locale) {
        Initiative saved = portfolio.move(actor, kommunkod, id, required(ifMatch), body.status(), body.motivation());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    /** One history entry; {@code by} is the display name of whoever made the change. */
    record ChangeJson(Instant at, String by, String action, InitiativeStatus status, String fields,
            String motivation, long version) {
        static ChangeJson of(InitiativeChange c, Map<String, String> names) {
            return new ChangeJson(c.changedAt(), names.getOrDefault(c.changedBy(), c.changedBy()), c.action().name(),
                    c.status(), c.fields(), c.motivation(), c.version());
        }
    }

    @Operation(operationId = "listInitiativeHistory", summary = "An initiative's history",
            description = "Every change of the initiative, oldest first: what, by whom (display name), status, motivation and version.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/history")
    List<ChangeJson> history(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id) {
        List<InitiativeChange> history = portfolio.history(actor, kommunkod, id);
        Map<String, String> names = authors.of(history.stream().map(InitiativeChange::changedBy).toList());
        return history.stream().map(c -> ChangeJson.of(c, names)).toList();
    }

    @Operation(operationId = "compareInitiatives", summary = "Compare initiatives side by side",
            description = "Two to four different initiatives of the portfolio with their valuations; other counts get 400 naming `id`.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/compare")
    List<InitiativeJson> compare(Actor actor, @PathVariable String kommunkod,
            @Parameter(description = "The initiatives to compare: repeat 2–4 times.",
                    array = @ArraySchema(minItems = 2, maxItems = 4, schema = @Schema(format = "uuid")))
            @RequestParam("id") List<UUID> ids,
            Locale locale) {
        var weights = portfolio.setup(actor, kommunkod).weights().byCriterion();
        List<InitiativeView> views = portfolio.compare(actor, kommunkod, ids);
        Map<String, String> names = decidersOf(views);
        return views.stream().map(v -> InitiativeJson.of(v, weights, messages, locale, names)).toList();
    }

    @Operation(operationId = "getPortfolioBudget", summary = "The portfolio's budgets per year",
            description = "The DRIFT (operations) and UTVECKLING (development) budgets per year against the decided initiatives' costs, with warnings.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/budget")
    BudgetView budget(Actor actor, @PathVariable String kommunkod) {
        return portfolio.budget(actor, kommunkod);
    }

    @Operation(operationId = "getPortfolioSettings", summary = "The portfolio's settings",
            description = "Departments, strategic goals, criterion weights and budgets, with the version as `ETag`.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality")
    @ETagResponse
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/settings")
    ResponseEntity<Bodies.SettingsBody> settings(Actor actor, @PathVariable String kommunkod) {
        PortfolioSetup setup = portfolio.setup(actor, kommunkod);
        return ResponseEntity.ok().eTag(etag(setup.version())).body(Bodies.SettingsBody.of(setup));
    }

    @Operation(operationId = "savePortfolioSettings", summary = "Change the portfolio's settings",
            description = "Replaces departments, goals, weights and budgets. `If-Match` is required.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the municipality with the portfolio manager permission")
    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/settings", consumes = "application/json")
    ResponseEntity<Bodies.SettingsBody> saveSettings(Actor actor, @PathVariable String kommunkod,
            @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Bodies.SettingsBody body) {
        Long version = required(ifMatch);
        PortfolioSetup saved = portfolio.saveSetup(actor, kommunkod, version, body.toSetup());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(Bodies.SettingsBody.of(saved));
    }

    @Operation(operationId = "listPortfolioManagers", summary = "Who holds the portfolio manager permission",
            description = "Usernames of the municipality's accounts with the portfolio manager permission.")
    @ApiAccess(roles = Role.ADMIN)
    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/managers")
    List<String> managers(Actor actor, @PathVariable String kommunkod) {
        return portfolio.managers(actor, kommunkod);
    }

    @Operation(operationId = "grantPortfolioManager", summary = "Grant the portfolio manager permission",
            description = "Lets a staff account of the municipality make the municipality-level assessment and decisions.")
    @ApiAccess(roles = Role.ADMIN)
    @PutMapping("/api/v1/municipalities/{kommunkod}/portfolio/managers/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grant(Actor actor, @PathVariable String kommunkod, @PathVariable String username) {
        portfolio.grantManager(actor, kommunkod, username);
    }

    @Operation(operationId = "revokePortfolioManager", summary = "Revoke the portfolio manager permission",
            description = "Takes the portfolio manager permission from the account.")
    @ApiAccess(roles = Role.ADMIN)
    @DeleteMapping("/api/v1/municipalities/{kommunkod}/portfolio/managers/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable String kommunkod, @PathVariable String username) {
        portfolio.revokeManager(actor, kommunkod, username);
    }

    /** Analysts: the national aggregates (k ≥ 3). */
    @Operation(operationId = "getNationalPortfolio", summary = "National aggregates of the municipalities' portfolios",
            description = "What municipalities decide about national solutions, aggregated; a figure about fewer than 3 municipalities is not shown.")
    @GetMapping("/api/v1/insights/portfolio")
    NationalPortfolioView national(Actor actor) {
        return national.view(actor);
    }

    private InitiativeJson json(Actor actor, String kommunkod, UUID id, Locale locale) {
        var weights = portfolio.setup(actor, kommunkod).weights().byCriterion();
        InitiativeView view = portfolio.get(actor, kommunkod, id);
        return InitiativeJson.of(view, weights, messages, locale, decidersOf(List.of(view)));
    }

    private Map<String, String> decidersOf(List<InitiativeView> views) {
        return authors.of(views.stream().map(InitiativeView::initiative).filter(i -> i.decision() != null)
                .map(i -> i.decision().by()).toList());
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names, null for {@code *} (any version); 428 without it. */
    static Long required(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (header.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(header.strip());
        if (!m.matches()) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("If-Match", "must be the ETag of the resource, e.g. \"3\"")));
        }
        return Long.parseLong(m.group(1));
    }
}
