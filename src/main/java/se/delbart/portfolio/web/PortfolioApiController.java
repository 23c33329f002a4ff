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

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/initiatives")
    PagedModel<InitiativeJson> list(Actor actor, @PathVariable String kommunkod,
            @RequestParam(required = false) InitiativeStatus status, @RequestParam(required = false) Origin origin,
            @RequestParam(required = false) String department, @RequestParam(required = false) BudgetKind budget,
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

    @PostMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives", consumes = "application/json")
    ResponseEntity<InitiativeJson> propose(Actor actor, @PathVariable String kommunkod,
            @RequestBody Bodies.InitiativeBody body, Locale locale) {
        Initiative created = portfolio.propose(actor, kommunkod, body.toDetails());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id());
        return ResponseEntity.created(location).eTag(etag(created.version()))
                .body(json(actor, kommunkod, created.id(), locale));
    }

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}")
    ResponseEntity<InitiativeJson> get(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            Locale locale) {
        InitiativeJson json = json(actor, kommunkod, id, locale);
        return ResponseEntity.ok().eTag(etag(json.version())).body(json);
    }

    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}", consumes = "application/json")
    ResponseEntity<InitiativeJson> edit(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Bodies.InitiativeBody body, Locale locale) {
        Initiative saved = portfolio.edit(actor, kommunkod, id, required(ifMatch), body.toDetails());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/department-assessment",
            consumes = "application/json")
    ResponseEntity<InitiativeJson> assessDepartment(Actor actor, @PathVariable String kommunkod,
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Bodies.DepartmentAssessmentBody body, Locale locale) {
        Initiative saved = portfolio.assessDepartment(actor, kommunkod, id, required(ifMatch), body.toAssessment());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/municipality-assessment",
            consumes = "application/json")
    ResponseEntity<InitiativeJson> assessMunicipality(Actor actor, @PathVariable String kommunkod,
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Bodies.MunicipalityAssessmentBody body, Locale locale) {
        Initiative saved = portfolio.assessMunicipality(actor, kommunkod, id, required(ifMatch), body.toAssessment());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(json(actor, kommunkod, id, locale));
    }

    @PostMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/status",
            consumes = "application/json")
    ResponseEntity<InitiativeJson> move(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Bodies.StatusBody body,
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

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/history")
    List<ChangeJson> history(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id) {
        List<InitiativeChange> history = portfolio.history(actor, kommunkod, id);
        Map<String, String> names = authors.of(history.stream().map(InitiativeChange::changedBy).toList());
        return history.stream().map(c -> ChangeJson.of(c, names)).toList();
    }

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/compare")
    List<InitiativeJson> compare(Actor actor, @PathVariable String kommunkod, @RequestParam("id") List<UUID> ids,
            Locale locale) {
        var weights = portfolio.setup(actor, kommunkod).weights().byCriterion();
        List<InitiativeView> views = portfolio.compare(actor, kommunkod, ids);
        Map<String, String> names = decidersOf(views);
        return views.stream().map(v -> InitiativeJson.of(v, weights, messages, locale, names)).toList();
    }

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/budget")
    BudgetView budget(Actor actor, @PathVariable String kommunkod) {
        return portfolio.budget(actor, kommunkod);
    }

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/settings")
    ResponseEntity<Bodies.SettingsBody> settings(Actor actor, @PathVariable String kommunkod) {
        PortfolioSetup setup = portfolio.setup(actor, kommunkod);
        return ResponseEntity.ok().eTag(etag(setup.version())).body(Bodies.SettingsBody.of(setup));
    }

    @PutMapping(path = "/api/v1/municipalities/{kommunkod}/portfolio/settings", consumes = "application/json")
    ResponseEntity<Bodies.SettingsBody> saveSettings(Actor actor, @PathVariable String kommunkod,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Bodies.SettingsBody body) {
        Long version = required(ifMatch);
        PortfolioSetup saved = portfolio.saveSetup(actor, kommunkod, version, body.toSetup());
        return ResponseEntity.ok().eTag(etag(saved.version())).body(Bodies.SettingsBody.of(saved));
    }

    @GetMapping("/api/v1/municipalities/{kommunkod}/portfolio/managers")
    List<String> managers(Actor actor, @PathVariable String kommunkod) {
        return portfolio.managers(actor, kommunkod);
    }

    @PutMapping("/api/v1/municipalities/{kommunkod}/portfolio/managers/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grant(Actor actor, @PathVariable String kommunkod, @PathVariable String username) {
        portfolio.grantManager(actor, kommunkod, username);
    }

    @DeleteMapping("/api/v1/municipalities/{kommunkod}/portfolio/managers/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable String kommunkod, @PathVariable String username) {
        portfolio.revokeManager(actor, kommunkod, username);
    }

    /** Analysts: the national aggregates (k ≥ 3). */
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
