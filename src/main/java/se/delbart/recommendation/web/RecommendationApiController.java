package se.delbart.recommendation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.LoginRequiredException;
import se.delbart.profile.Profiles;
import se.delbart.recommendation.Recommendation;
import se.delbart.recommendation.Recommender;
import se.delbart.recommendation.SimilarSolution;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;
import se.delbart.shared.web.Problems;

/** Recommendations for a municipality (same visibility as its profile) and similar solutions (public). */
@RestController
@RequestMapping("/api/v1")
class RecommendationApiController {

    private final Recommender recommender;
    private final Profiles profiles;

    RecommendationApiController(Recommender recommender, Profiles profiles) {
        this.recommender = recommender;
        this.profiles = profiles;
    }

    /** The profile the list was made for, in short, and the recommendations best first. */
    record Recommendations(String municipality, ProfileSummary profile, List<Recommendation> recommendations) {
    }

    record ProfileSummary(Map<IdealType, Double> weights, IdealType dominant, String capacity, boolean estimated) {
        static ProfileSummary of(IdealTypeProfile p) {
            return new ProfileSummary(p.weights(), p.dominant(), p.capacity().name(), p.estimated());
        }
    }

    @GetMapping("/municipalities/{kommunkod}/recommendations")
    Recommendations recommendations(Actor actor, @PathVariable String kommunkod,
            @RequestParam(defaultValue = "10") int limit) {
        List<Recommendation> list = recommender.recommend(actor, kommunkod, limit);
        return new Recommendations(kommunkod, ProfileSummary.of(profiles.profileOf(kommunkod)), list);
    }

    @GetMapping("/solutions/{id}/similar")
    List<SimilarSolution> similar(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "5") int limit) {
        return recommender.similar(actor, id, limit);
    }

    @ExceptionHandler(LoginRequiredException.class)
    ProblemDetail loginRequired(LoginRequiredException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthorized", e.getMessage());
    }
}
