package se.delbart.adoption;

import java.util.Optional;
import java.util.UUID;

import se.delbart.shared.Actor;

/**
 * A section another module adds to an adoption's page, e.g. the checklist along the solution's implementation path,
 * without the adoption module depending on it.
 */
public interface AdoptionPageExtension {

    /** What to render for this actor and (visible) adoption, or empty to render nothing. */
    Optional<Content> contentFor(Actor actor, UUID adoptionId);

    /**
     * A Thymeleaf fragment and the model it is given as its only parameter; rendered after the adoption's facts.
     *
     * @param template e.g. {@code path/sections}
     * @param fragment a fragment of that template taking one parameter
     */
    record Content(String template, String fragment, Object model) {
    }
}
