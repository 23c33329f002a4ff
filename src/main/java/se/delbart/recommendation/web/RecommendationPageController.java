package se.delbart.recommendation.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.delbart.profile.LoginRequiredException;
import se.delbart.profile.Profiles;
import se.delbart.recommendation.Recommendation;
import se.delbart.recommendation.Recommender;
import se.delbart.shared.Actor;

/** The page "För er kommun": recommendations with their reasons, beside the profile they were made for. */
@Controller
class RecommendationPageController {

    static final int PAGE_LIMIT = 10;

    private final Recommender recommender;
    private final Profiles profiles;

    RecommendationPageController(Recommender recommender, Profiles profiles) {
        this.recommender = recommender;
        this.profiles = profiles;
    }

    /** Staff go to their own municipality's list; others choose a municipality first. */
    @GetMapping("/for-er-kommun")
    String forYourMunicipality(Actor actor) {
        String home = Profiles.homeOf(actor);
        return home == null ? "redirect:/kommuner" : "redirect:/kommuner/" + home + "/rekommendationer";
    }

    @GetMapping("/kommuner/{kommunkod}/rekommendationer")
    String recommendations(Actor actor, @PathVariable String kommunkod, Model model) {
        List<Recommendation> recommendations = recommender.recommend(actor, kommunkod, PAGE_LIMIT);
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("sections", RecommendationSections.of(recommendations));
        model.addAttribute("view", profiles.view(actor, kommunkod));
        model.addAttribute("needs", profiles.needs(actor, kommunkod));
        model.addAttribute("canChange", Profiles.canChange(actor, kommunkod));
        return "recommendation/recommendations";
    }

    @ExceptionHandler(LoginRequiredException.class)
    String login() {
        return "redirect:/login";
    }
}
