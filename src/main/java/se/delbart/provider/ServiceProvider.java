package se.delbart.provider;

import java.util.Set;

/**
 * One organisation's confirmed, current offers on one solution, merged: what it offers and to whom.
 *
 * @param municipalityCode the kommunkod when the organisation is a municipality and it was given
 * @param kinds            everything it offers on the solution, over all its offers
 * @param audiences        to whom (an organisation may offer to everyone and more to a cluster)
 * @param audienceNames    the named framework agreements and clusters, if any
 */
public record ServiceProvider(String name, OrganisationKind kind, String municipalityCode, Set<OfferKind> kinds,
        Set<AudienceKind> audiences, Set<String> audienceNames) {

    /** Runs the solution and supports it: the solution can be had as a service from this organisation. */
    public boolean hostsAndSupports() {
        return kinds.contains(OfferKind.HOSTING) && kinds.contains(OfferKind.SUPPORT);
    }

    /**
     * Any municipality can have it: offered to all, or through a framework agreement any municipality may join (not
     * only to the members of a collaboration cluster).
     */
    public boolean openToEveryMunicipality() {
        return offersToAnyMunicipality() || audiences.contains(AudienceKind.FRAMEWORK_AGREEMENT);
    }

    /** Offers it to any municipality, not only to members of an agreement or cluster. */
    public boolean offersToAnyMunicipality() {
        return audiences.contains(AudienceKind.ANY_MUNICIPALITY);
    }
}
