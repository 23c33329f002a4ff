package se.delbart.adoption.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.SolutionPageSection;
import se.delbart.shared.Actor;

/** The solution page's adoption section: counts, adopters by group and county, stated vs reported, badges, reports. */
@Component
@Order(10)
class AdoptionPageSection implements SolutionPageSection {

    private final AdoptionPages pages;

    AdoptionPageSection(AdoptionPages pages) {
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Content> contentFor(Actor actor, UUID solutionId) {
        return Optional.of(new Content("adoption/sections", "experience", pages.section(actor, solutionId)));
    }

}
