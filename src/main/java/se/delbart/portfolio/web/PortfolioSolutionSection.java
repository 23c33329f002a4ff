package se.delbart.portfolio.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.delbart.catalog.SolutionPageSection;
import se.delbart.shared.Actor;

/** The solution page's "Lägg till i vår portfölj" for the staff of any municipality. */
@Component
@Order(5)
class PortfolioSolutionSection implements SolutionPageSection {

    record Model(String kommunkod, UUID solutionId) {
    }

    @Override
    public Optional<Content> contentFor(Actor actor, UUID solutionId) {
        if (actor == null || actor.municipalityCode() == null) {
            return Optional.empty();
        }
        return Optional.of(new Content("portfolio/sections", "add", new Model(actor.municipalityCode(), solutionId)));
    }
}
