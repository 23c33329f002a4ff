package se.delbart.adoption.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.SolutionPageSection;
import se.delbart.shared.Actor;

/** "Vi är intresserade" in the solution page's first screen, or "Logga in för att visa intresse" for visitors. */
@Component
@Order(5)
class InterestPageSection implements SolutionPageSection {

    private final AdoptionPages pages;

    InterestPageSection(AdoptionPages pages) {
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Content> contentFor(Actor actor, UUID solutionId) {
        return pages.interest(actor, solutionId)
                .map(interest -> new Content("adoption/sections", "interest", interest, Placement.FIRST_SCREEN));
    }
}
