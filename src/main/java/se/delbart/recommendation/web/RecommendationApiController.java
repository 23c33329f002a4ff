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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;

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

    @Operation(operationId = "listRecommendations", summary = "Solutions recommended for a municipality",
            description = """
                    Published solutions ranked for the municipality's profile (estimated until the questionnaire is \
                    answered) and declared needs, best first, each with its score components and reasons in words. \
                    Visible like the municipality's profile.""")
    @ApiResponse(responseCode = "401", description = "The profile is visible to logged-in callers only (LOGGED_IN) and no valid token was sent.")
    @ApiResponse(responseCode = "403", description = "The municipality keeps its profile to itself (PRIVATE) and the caller is not its staff or an administrator.")
    @ApiResponse(responseCode = "200", description = "The profile used, in short, and the recommendations.")
    @GetMapping("/municipalities/{kommunkod}/recommendations")
    Recommendations recommendations(Actor actor, @PathVariable String kommunkod,
            @Parameter(description = "How many recommendations; values outside 1–50 are brought inside.",
                    schema = @Schema(minimum = "1", maximum = "50", defaultValue = "10"))
            @RequestParam(defaultValue = "10") int limit) {
        List<Recommendation> list = recommender.recommend(actor, kommunkod, limit);
        return new Recommendations(kommunkod, ProfileSummary.of(profiles.profileOf(kommunkod)), list);
    }

    @Operation(operationId = "listSimilarSolutions", summary = "Solutions similar to one",
            description = "Published solutions most like this one, by their text and by the municipalities that adopt both, most similar first, with the reasons.")
    @GetMapping("/solutions/{id}/similar")
    List<SimilarSolution> similar(Actor actor, @PathVariable UUID id,
            @Parameter(description = "How many similar solutions; values outside 1–50 are brought inside.",
                    schema = @Schema(minimum = "1", maximum = "50", defaultValue = "5"))
            @RequestParam(defaultValue = "5") int limit) {
        return recommender.similar(actor, id, limit);
    }

    @ExceptionHandler(LoginRequiredException.class)
    ProblemDetail loginRequired(LoginRequiredException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthorized", e.getMessage());
    }
}
