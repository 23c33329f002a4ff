package se.delbart.recommendation.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.delbart.profile.LoginRequiredException;
import se.delbart.profile.Profiles;
import se.delbart.recommendation.Component;
import se.delbart.recommendation.Recommendation;
import se.delbart.recommendation.Recommender;
import se.delbart.shared.Actor;
import se.delbart.shared.chart.BarChart;

/** The page "För er kommun": recommendations with their reasons, beside the profile they were made for. */
@Controller
class RecommendationPageController {

    static final int PAGE_LIMIT = 10;

    private final Recommender recommender;
    private final Profiles profiles;
    private final MessageSource messages;

    RecommendationPageController(Recommender recommender, Profiles profiles, MessageSource messages) {
        this.recommender = recommender;
        this.profiles = profiles;
        this.messages = messages;
    }

    /** Staff go to their own municipality's list; others choose a municipality first. */
    @GetMapping("/for-er-kommun")
    String forYourMunicipality(Actor actor) {
        String home = Profiles.homeOf(actor);
        return home == null ? "redirect:/kommuner" : "redirect:/kommuner/" + home + "/rekommendationer";
    }

    @GetMapping("/kommuner/{kommunkod}/rekommendationer")
    String recommendations(Actor actor, @PathVariable String kommunkod, Model model, Locale locale) {
        List<Recommendation> recommendations = recommender.recommend(actor, kommunkod, PAGE_LIMIT);
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("sections", RecommendationSections.of(recommendations));
        model.addAttribute("scoreBars", scoreBars(recommendations, locale));
        model.addAttribute("componentFills", componentFills());
        model.addAttribute("view", profiles.view(actor, kommunkod));
        model.addAttribute("needs", profiles.needs(actor, kommunkod));
        model.addAttribute("canChange", Profiles.canChange(actor, kommunkod));
        return "recommendation/recommendations";
    }

    /** Each recommendation's score as one small bar of its components' points (of 100), in the components' colours. */
    private Map<UUID, BarChart> scoreBars(List<Recommendation> recommendations, Locale locale) {
        List<Component> components = List.of(Component.values());
        List<String> labels = components.stream()
                .map(c -> messages.getMessage("recommendation.component." + c, null, locale)).toList();
        Map<UUID, BarChart> bars = new HashMap<>();
        for (Recommendation r : recommendations) {
            bars.put(r.solutionId(), BarChart.stacked(locale).compact().max(100).series(labels)
                    .row(r.name(), components.stream().map(c -> {
                        Recommendation.ComponentScore score = r.components().get(c);
                        return score == null ? 0.0 : score.points() * 100;
                    }).toList()).build(240));
        }
        return bars;
    }

    private static Map<Component, String> componentFills() {
        Map<Component, String> fills = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            fills.put(c, BarChart.fill(c.ordinal()));
        }
        return fills;
    }

    @ExceptionHandler(LoginRequiredException.class)
    String login() {
        return "redirect:/login";
    }
}
