package se.delbart.profile.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.delbart.profile.LoginRequiredException;
import se.delbart.profile.MunicipalityProfileView;
import se.delbart.profile.Need;
import se.delbart.profile.ProfileRevision;
import se.delbart.profile.Profiles;
import se.delbart.profile.Questionnaire;
import se.delbart.profile.Visibility;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;
import se.delbart.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.web.openapi.ETagResponse;
import se.delbart.shared.Role;
import org.springframework.web.bind.annotation.ResponseStatus;

/** REST API of the self-assessment: the questionnaire, a municipality's profile, its history and its needs. */
@RestController
@RequestMapping("/api/v1")
class ProfileApiController {

    private final Profiles profiles;

    ProfileApiController(Profiles profiles) {
        this.profiles = profiles;
    }

    record SaveProfile(Map<String, String> answers, Visibility visibility) {
    }

    record NewNeed(String text, Set<String> domains) {
    }

    record NeedView(UUID id, String text, Set<String> domains, Instant createdAt) {
        static NeedView of(Need n) {
            return new NeedView(n.id(), n.text(), n.domains(), n.createdAt());
        }
    }

    record RevisionView(int revision, int questionnaireVersion, Map<String, String> answers,
            Map<IdealType, java.math.BigDecimal> weights, IdealType dominant, String capacity, Visibility visibility,
            Instant savedAt) {
        static RevisionView of(ProfileRevision r) {
            return new RevisionView(r.revision(), r.questionnaireVersion(), r.answers(),
                    new java.util.TreeMap<>(r.weights()), r.dominant(), r.capacity().name(), r.visibility(),
                    r.savedAt());
        }
    }

    @Operation(operationId = "getQuestionnaire", summary = "The ideal-type questionnaire",
            description = "The current questionnaire: its questions, their options and how each answer weighs towards the three ideal types, and the capacity thresholds.")
    @GetMapping("/profile/questionnaire")
    Questionnaire questionnaire() {
        return profiles.questionnaire();
    }

    @Operation(operationId = "getProfile", summary = "A municipality's ideal-type profile",
            description = """
                    The profile: weights of the three ideal types, the dominant one, capacity, each answer's \
                    contribution, and whether it is **estimated** from size and SKR group (until the questionnaire is \
                    answered). Its version is the `ETag`. Visible as the municipality chose: PUBLIC, LOGGED_IN or \
                    PRIVATE (own staff and administrators always).""")
    @ApiResponse(responseCode = "401", description = "The profile is visible to logged-in callers only (LOGGED_IN) and no valid token was sent.")
    @ApiResponse(responseCode = "403", description = "The municipality keeps its profile to itself (PRIVATE) and the caller is not its staff or an administrator.")
    @ApiResponse(responseCode = "200", description = "The profile.")
    @ETagResponse
    @GetMapping("/municipalities/{kommunkod}/profile")
    ResponseEntity<MunicipalityProfileView> profile(Actor actor, @PathVariable String kommunkod) {
        MunicipalityProfileView view = profiles.view(actor, kommunkod);
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @Operation(operationId = "saveProfile", summary = "Answer the questionnaire",
            description = """
                    Saves the municipality's answers (question id → option id) and who may see the profile; a new \
                    revision is kept in the history. Unknown questions or options get 400 naming them. `If-Match` is \
                    optional; a stale one gets 412.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER, Role.ADMIN }, scope = "staff of the municipality, or an administrator")
    @PutMapping(path = "/municipalities/{kommunkod}/profile", consumes = "application/json")
    ResponseEntity<MunicipalityProfileView> save(Actor actor, @PathVariable String kommunkod,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SaveProfile body) {
        MunicipalityProfileView view = profiles.save(actor, kommunkod, body.answers(), body.visibility(),
                version(ifMatch));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @Operation(operationId = "listProfileHistory", summary = "Every revision of a municipality's profile",
            description = "The saved revisions with their answers, weights and visibility; visible like the profile.")
    @ApiResponse(responseCode = "401", description = "The profile is visible to logged-in callers only (LOGGED_IN) and no valid token was sent.")
    @ApiResponse(responseCode = "403", description = "The municipality keeps its profile to itself (PRIVATE) and the caller is not its staff or an administrator.")
    @ApiResponse(responseCode = "200", description = "The revisions, newest first.")
    @GetMapping("/municipalities/{kommunkod}/profile/history")
    List<RevisionView> history(Actor actor, @PathVariable String kommunkod) {
        return profiles.history(actor, kommunkod).stream().map(RevisionView::of).toList();
    }

    @Operation(operationId = "listNeeds", summary = "A municipality's declared needs",
            description = "The needs the municipality declared, oldest first; visible like its profile.")
    @ApiResponse(responseCode = "401", description = "The profile is visible to logged-in callers only (LOGGED_IN) and no valid token was sent.")
    @ApiResponse(responseCode = "403", description = "The municipality keeps its profile to itself (PRIVATE) and the caller is not its staff or an administrator.")
    @ApiResponse(responseCode = "200", description = "The needs.")
    @GetMapping("/municipalities/{kommunkod}/needs")
    List<NeedView> needs(Actor actor, @PathVariable String kommunkod) {
        return profiles.needs(actor, kommunkod).stream().map(NeedView::of).toList();
    }

    @Operation(operationId = "addNeed", summary = "Declare a need",
            description = "Adds a need in the municipality's own words, optionally with areas (domain codes); recommendations and the analysts' unmet needs use it.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER, Role.ADMIN }, scope = "staff of the municipality, or an administrator")
    @ApiResponse(responseCode = "409", description = "The municipality already declares the most needs allowed.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/municipalities/{kommunkod}/needs", consumes = "application/json")
    ResponseEntity<NeedView> addNeed(Actor actor, @PathVariable String kommunkod, @RequestBody NewNeed body) {
        Need need = profiles.addNeed(actor, kommunkod, body.text(), body.domains());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/municipalities/{kod}/needs/{id}").build(kommunkod, need.id());
        return ResponseEntity.created(location).body(NeedView.of(need));
    }

    @Operation(operationId = "removeNeed", summary = "Remove a need",
            description = "Removes one of the municipality's declared needs.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER, Role.ADMIN }, scope = "staff of the municipality, or an administrator")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/municipalities/{kommunkod}/needs/{id}")
    ResponseEntity<Void> removeNeed(Actor actor, @PathVariable String kommunkod, @PathVariable UUID id) {
        profiles.removeNeed(actor, kommunkod, id);
        return ResponseEntity.noContent().build();
    }

    /** Reading a profile that is visible to logged-in users only, without logging in: 401, not 403. */
    @ExceptionHandler(LoginRequiredException.class)
    ProblemDetail loginRequired(LoginRequiredException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthorized", e.getMessage());
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new se.delbart.shared.InvalidInputException(List.of(
                    new se.delbart.shared.FieldProblem("If-Match", "must be the profile's ETag, e.g. \"3\"")));
        }
        return Long.parseLong(digits);
    }
}
