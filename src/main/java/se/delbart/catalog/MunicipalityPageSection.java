package se.delbart.catalog;

import java.util.Optional;

import se.delbart.shared.Actor;

/**
 * A section another module adds to a municipality's page ({@code /kommuner/{kod}}), e.g. the collaboration clusters
 * it was invited to, without the catalogue depending on that module.
 */
public interface MunicipalityPageSection {

    /** What to render for this actor on this municipality's page, or empty to render nothing. */
    Optional<SolutionPageSection.Content> contentFor(Actor actor, String kommunkod);
}
