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
     * @param placement where on the page it goes
     */
    record Content(String template, String fragment, Object model, Placement placement) {

        /** Content for the page's body, after the catalogue's own sections. */
        public Content(String template, String fragment, Object model) {
            this(template, fragment, model, Placement.BODY);
        }
    }

    /** Where a section goes on the solution's page. */
    enum Placement {
        /** Beside the name and summary, in the first screen: a call to action such as showing interest. */
        FIRST_SCREEN,
        /** After the catalogue's own sections. */
        BODY
    }
}
