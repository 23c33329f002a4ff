package se.delbart.provider;

/** @param municipalityCode the kommunkod when the organisation is a municipality (optional) */
public record Organisation(String name, OrganisationKind kind, String municipalityCode) {
}
