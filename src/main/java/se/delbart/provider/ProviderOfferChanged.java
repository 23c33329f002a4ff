package se.delbart.provider;

import java.util.UUID;

/** Published in the transaction of every change of an offer, e.g. for a search index that shows offered services. */
public record ProviderOfferChanged(UUID solutionId, UUID offerId, Action action, OfferState state) {

    public enum Action {
        /** Suggested by someone who is not the publisher. */
        SUGGESTED,
        /** Added by the publisher: confirmed from the start. */
        ADDED,
        CONFIRMED, UPDATED, REMOVED,
        /** Added, changed or removed by a publiccode.yml import. */
        IMPORTED
    }
}
