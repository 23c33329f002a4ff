package se.delbart.path.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.AdoptionPageExtension;
import se.delbart.shared.Actor;

/** The adoption page's checklist summary: progress along the path, the status it suggests, the way to the checklist. */
@Component
class ChecklistAdoptionSection implements AdoptionPageExtension {

    private final PathPages pages;

    ChecklistAdoptionSection(PathPages pages) {
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Content> contentFor(Actor actor, UUID adoptionId) {
        return pages.summary(actor, adoptionId).map(summary -> new Content("path/sections", "checklist", summary));
    }
}
