package se.delbart.recommendation;

/** The documented parts of a recommendation's score; each is a number from 0 to 1. */
public enum Component {
    /** The municipality's declared needs (text via the search port, and domains) against the solution. */
    NEED,
    /** Profile weights × the ideal types the publisher says the solution suits. */
    IDEAL_TYPE_FIT,
    /** Adoptions in production by municipalities with a similar profile. */
    EMPIRICAL_FIT,
    /** Competence needed and effort level against the municipality's capacity. */
    FEASIBILITY,
    /** Adoptions in production in the municipality's SKR group and overall. */
    PEER_PROOF,
    /** Adopted by the same municipalities as what the municipality already uses. */
    CO_ADOPTION,
    /** Recently updated and supported. */
    MAINTENANCE
}
