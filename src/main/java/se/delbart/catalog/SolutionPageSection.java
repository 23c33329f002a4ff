package se.delbart.catalog;

import java.util.Optional;
import java.util.UUID;

import se.delbart.shared.Actor;

/**
 * A section another module adds to a solution's page, so that the catalogue shows e.g. adoptions without depending
 * on the module that owns them (that module depends on the catalogue, not the other way round).
 */
public interface SolutionPageSection {

    /** What to render for this actor and solution, or empty to render nothing. */
    Optional<Content> contentFor(Actor actor, UUID solutionId);

    /**
     * A Thymeleaf fragment and the model it is given as its only parameter.
     *
     * @param template e.g. {@code adoption/sections}
     * @param fragment a fragment of that template taking one parameter, e.g. {@code experience}
     */
    record Content(String template, String fragment, Object model) {
    }
}
