package se.delbart.provider;

/** What kind of organisation makes an offer. */
public enum OrganisationKind {
    COMPANY, MUNICIPALITY, REGION, NATIONAL_ACTOR
}
