package se.delbart.provider.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.SolutionPageSection;
import se.delbart.shared.Actor;

/** The solution page's "Vem kan hjälpa er": confirmed offers, suggested ones marked as such, and the actions. */
@Component
@Order(8)
class ProviderPageSection implements SolutionPageSection {

    private final ProviderPages pages;

    ProviderPageSection(ProviderPages pages) {
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Content> contentFor(Actor actor, UUID solutionId) {
        return Optional.of(new Content("provider/sections", "providers", pages.section(actor, solutionId)));
    }
}
