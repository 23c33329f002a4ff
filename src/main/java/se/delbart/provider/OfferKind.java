package se.delbart.provider;

/** What an organisation offers to do with a solution. An offer holds a set of them (one agreement, one price). */
public enum OfferKind {
    /** Runs the solution for others (drift). */
    HOSTING,
    /** Support and maintenance (support och förvaltning); publiccode.yml contractors map here. */
    SUPPORT,
    TRAINING,
    /** Help to introduce it (införandestöd). */
    IMPLEMENTATION,
    /** Adaptation and further development. */
    DEVELOPMENT
}
