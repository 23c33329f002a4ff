package se.delbart.provider;

/** SUGGESTED by any municipality's staff, CONFIRMED by the solution's publisher. */
public enum OfferState {
    SUGGESTED, CONFIRMED
}
