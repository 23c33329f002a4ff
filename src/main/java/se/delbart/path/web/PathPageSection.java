package se.delbart.path.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.SolutionPageSection;
import se.delbart.shared.Actor;

/**
 * The solution page's implementation path: prerequisites, steps with stated beside reported person-days, decisions
 * and documents. In the first screen for viewers from municipalities that lean pragmatic (they need the "how"
 * first), otherwise before the adoption section.
 */
@Component
@Order(8)
class PathPageSection implements SolutionPageSection {

    private final PathPages pages;

    PathPageSection(PathPages pages) {
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Content> contentFor(Actor actor, UUID solutionId) {
        return pages.section(actor, solutionId).map(section -> new Content("path/sections", "path", section,
                section.firstScreen() ? Placement.FIRST_SCREEN : Placement.BODY));
    }
}
