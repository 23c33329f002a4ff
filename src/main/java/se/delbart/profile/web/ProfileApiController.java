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

    @GetMapping("/profile/questionnaire")
    Questionnaire questionnaire() {
        return profiles.questionnaire();
    }

    @GetMapping("/municipalities/{kommunkod}/profile")
    ResponseEntity<MunicipalityProfileView> profile(Actor actor, @PathVariable String kommunkod) {
        MunicipalityProfileView view = profiles.view(actor, kommunkod);
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @PutMapping(path = "/municipalities/{kommunkod}/profile", consumes = "application/json")
    ResponseEntity<MunicipalityProfileView> save(Actor actor, @PathVariable String kommunkod,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SaveProfile body) {
        MunicipalityProfileView view = profiles.save(actor, kommunkod, body.answers(), body.visibility(),
                version(ifMatch));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/municipalities/{kommunkod}/profile/history")
    List<RevisionView> history(Actor actor, @PathVariable String kommunkod) {
        return profiles.history(actor, kommunkod).stream().map(RevisionView::of).toList();
    }

    @GetMapping("/municipalities/{kommunkod}/needs")
    List<NeedView> needs(Actor actor, @PathVariable String kommunkod) {
        return profiles.needs(actor, kommunkod).stream().map(NeedView::of).toList();
    }

    @PostMapping(path = "/municipalities/{kommunkod}/needs", consumes = "application/json")
    ResponseEntity<NeedView> addNeed(Actor actor, @PathVariable String kommunkod, @RequestBody NewNeed body) {
        Need need = profiles.addNeed(actor, kommunkod, body.text(), body.domains());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/municipalities/{kod}/needs/{id}").build(kommunkod, need.id());
        return ResponseEntity.created(location).body(NeedView.of(need));
    }

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
