package se.delbart.provider.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import se.delbart.provider.OfferDetails;
import se.delbart.provider.OfferState;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOfferChange;
import se.delbart.provider.ProviderOfferChanged;
import se.delbart.provider.ProviderOffers;
import se.delbart.security.PublicName;
import se.delbart.security.PublicNames;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.PreconditionRequiredException;
import se.delbart.shared.Role;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.web.openapi.ETagResponse;

/**
 * The providers of a solution under {@code /api/v1/solutions/{id}/providers}: public to read; any municipality's
 * staff suggest, the publisher's editors add, confirm, change and remove. An offer's version travels as its ETag;
 * writes to one offer need If-Match.
 */
@RestController
@RequestMapping("/api/v1/solutions/{id}/providers")
class ProviderApiController {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");
    private static final PublicName UNKNOWN = new PublicName(null, null);

    private final ProviderOffers offers;
    private final PublicNames names;

    ProviderApiController(ProviderOffers offers, PublicNames names) {
        this.offers = offers;
        this.names = names;
    }

    @Operation(operationId = "listProviders", summary = "A solution's providers",
            description = """
                    The organisations that offer hosting, support, training, implementation help or development for \
                    the solution: CONFIRMED offers (the publisher stands behind them) first, then SUGGESTED ones. \
                    Removed offers are left out (their history stays). Visible to whoever may read the solution.""")
    @GetMapping
    List<OfferJson> list(Actor actor, @PathVariable UUID id) {
        List<ProviderOffer> list = offers.list(actor, id);
        Map<String, PublicName> people = people(list);
        return list.stream().map(o -> OfferJson.of(o, people)).toList();
    }

    @Operation(operationId = "suggestProvider", summary = "Suggest (or add) a provider",
            description = """
                    Any municipality's staff suggest an offer on a published solution: it is SUGGESTED until the \
                    publisher confirms it. The publisher's own editors (and administrators) add offers that are \
                    CONFIRMED at once. `kinds` holds at least one kind; `audience.name` names the framework agreement \
                    or cluster; `contact` needs an e-mail or web address. 400 names each wrong field. The answer has \
                    the offer, its `ETag` and its address in `Location`.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER, Role.ADMIN },
            scope = "staff of any municipality on a published solution; the publisher's editors and administrators add confirmed offers")
    @ETagResponse
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    ResponseEntity<OfferJson> suggest(Actor actor, @PathVariable UUID id, @RequestBody OfferDetails body) {
        ProviderOffer offer = offers.suggest(actor, id, body);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{offerId}").build(offer.id());
        return ResponseEntity.created(location).eTag(etag(offer.version())).body(json(offer));
    }

    @Operation(operationId = "getProvider", summary = "Read a provider offer",
            description = "One offer that is not removed, with its version as `ETag`.")
    @ETagResponse
    @GetMapping("/{offerId}")
    ResponseEntity<OfferJson> get(Actor actor, @PathVariable UUID id, @Parameter(description = "The offer's id.") @PathVariable UUID offerId) {
        ProviderOffer offer = offers.get(actor, id, offerId);
        return ResponseEntity.ok().eTag(etag(offer.version())).body(json(offer));
    }

    @Operation(operationId = "updateProvider", summary = "Change a provider offer",
            description = """
                    Replaces what the offer says (its state stays). `If-Match` must carry the offer's ETag: without it \
                    428, with a stale one 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @ETagResponse
    @PutMapping(path = "/{offerId}", consumes = "application/json")
    ResponseEntity<OfferJson> update(Actor actor, @PathVariable UUID id, @Parameter(description = "The offer's id.") @PathVariable UUID offerId,
            @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody OfferDetails body) {
        ProviderOffer offer = offers.update(actor, id, offerId, required(actor, id, ifMatch), body);
        return ResponseEntity.ok().eTag(etag(offer.version())).body(json(offer));
    }

    @Operation(operationId = "confirmProvider", summary = "Confirm a suggested provider",
            description = """
                    The publisher stands behind a SUGGESTED offer: it becomes CONFIRMED (409 if it already is). \
                    `If-Match` is required.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @ETagResponse
    @PostMapping("/{offerId}/confirm")
    ResponseEntity<OfferJson> confirm(Actor actor, @PathVariable UUID id, @Parameter(description = "The offer's id.") @PathVariable UUID offerId,
            @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ProviderOffer offer = offers.confirm(actor, id, offerId, required(actor, id, ifMatch));
        return ResponseEntity.ok().eTag(etag(offer.version())).body(json(offer));
    }

    @Operation(operationId = "removeProvider", summary = "Remove a provider offer",
            description = """
                    Takes the offer off the solution; it stays in the history. `If-Match` is required.""")
    @ApiAccess(roles = { Role.EDITOR, Role.ADMIN }, scope = "editors of the publishing municipality")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{offerId}")
    void remove(Actor actor, @PathVariable UUID id, @Parameter(description = "The offer's id.") @PathVariable UUID offerId,
            @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        offers.remove(actor, id, offerId, required(actor, id, ifMatch));
    }

    /** One history entry: {@code by} is the display name; the username ({@code byUsername}) only for administrators. */
    record OfferChangeJson(long version, Instant at, String by, String byMunicipality, String byUsername,
            ProviderOfferChanged.Action action, OfferState state, List<String> fields) {
    }

    @Operation(operationId = "listProviderHistory", summary = "A provider offer's history",
            description = """
                    Every change of the offer, oldest first, also of a removed one: version, time, what was done \
                    (SUGGESTED, ADDED, CONFIRMED, UPDATED with the changed fields, REMOVED, IMPORTED), the state after \
                    it, and who did it by display name and municipality.""")
    @GetMapping("/{offerId}/history")
    List<OfferChangeJson> history(Actor actor, @PathVariable UUID id, @Parameter(description = "The offer's id.") @PathVariable UUID offerId) {
        List<ProviderOfferChange> history = offers.history(actor, id, offerId);
        Map<String, PublicName> people = names.publicNames(history.stream().map(ProviderOfferChange::changedBy)
                .distinct().toList());
        boolean admin = actor != null && actor.isAdmin();
        return history.stream().map(c -> {
            PublicName name = people.getOrDefault(c.changedBy(), UNKNOWN);
            return new OfferChangeJson(c.version(), c.changedAt(), name.displayName(), name.municipalityCode(),
                    admin ? c.changedBy() : null, c.action(), c.state(), c.fields());
        }).toList();
    }

    private OfferJson json(ProviderOffer offer) {
        return OfferJson.of(offer, people(List.of(offer)));
    }

    private Map<String, PublicName> people(List<ProviderOffer> list) {
        List<String> usernames = new ArrayList<>();
        list.forEach(o -> {
            usernames.add(o.suggestedBy());
            if (o.confirmedBy() != null) {
                usernames.add(o.confirmedBy());
            }
        });
        return names.publicNames(usernames.stream().distinct().toList());
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version If-Match names, null for {@code *}; without it 428, but only for someone allowed to make the change
     * (a stranger learns nothing about versions).
     */
    private Long required(Actor actor, UUID solutionId, String header) {
        if (header == null || header.isBlank()) {
            offers.checkCanManage(actor, solutionId);
            throw new PreconditionRequiredException();
        }
        if (header.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(header.strip());
        if (!m.matches()) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("If-Match", "must be the ETag of the offer, e.g. \"3\"")));
        }
        return Long.parseLong(m.group(1));
    }
}
