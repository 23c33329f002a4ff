package se.delbart.provider;

/** Where an offer came from: a person, or a publiccode.yml's maintenance.contractors. */
public enum OfferSource {
    MANUAL, PUBLICCODE
}
