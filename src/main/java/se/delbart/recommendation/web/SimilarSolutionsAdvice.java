package se.delbart.recommendation.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import se.delbart.recommendation.Recommender;
import se.delbart.recommendation.SimilarSolution;
import se.delbart.shared.Actor;

/**
 * Gives the catalogue's solution page its "similar solutions" without the catalogue depending on recommendations
 * (which depend on the catalogue): the page's template shows {@code similarSolutions} when present.
 */
@ControllerAdvice(basePackages = "se.delbart.catalog.web")
class SimilarSolutionsAdvice {

    private static final Logger log = LoggerFactory.getLogger(SimilarSolutionsAdvice.class);
    private static final Pattern SOLUTION_PAGE = Pattern.compile("/losningar/([0-9a-fA-F-]{36})");
    static final int SHOWN = 4;

    /** Absent in web slices that load only the catalogue's controllers: then there is simply no section. */
    private final ObjectProvider<Recommender> recommender;

    SimilarSolutionsAdvice(ObjectProvider<Recommender> recommender) {
        this.recommender = recommender;
    }

    @ModelAttribute("similarSolutions")
    List<SimilarSolution> similarSolutions(HttpServletRequest request, Actor actor) {
        Recommender similar = recommender.getIfAvailable();
        if (similar == null || !"GET".equals(request.getMethod())) {
            return null;
        }
        Matcher page = SOLUTION_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!page.matches()) {
            return null;
        }
        try {
            return similar.similar(actor, UUID.fromString(page.group(1)), SHOWN);
        } catch (RuntimeException e) {
            // the page itself decides about missing or hidden solutions; similar ones are a side dish
            log.debug("No similar solutions for {}: {}", request.getRequestURI(), e.getMessage());
            return null;
        }
    }
}
