package se.delbart.provider;

import java.util.List;
import java.util.UUID;

/**
 * What confirmed, current offers say about one solution as a service.
 *
 * @param providers every organisation with a confirmed, current offer on the solution, by name
 */
public record ServiceOffers(UUID solutionId, List<ServiceProvider> providers) {

    /** Organisations that both host and support the solution, e.g. "Sundsvall erbjuder drift och support". */
    public List<ServiceProvider> hostingAndSupport() {
        return providers.stream().filter(ServiceProvider::hostsAndSupports).toList();
    }

    /** Organisations that host and support it for any municipality ({@link ServiceProvider#openToEveryMunicipality()}). */
    public List<ServiceProvider> hostingAndSupportForEveryMunicipality() {
        return providers.stream().filter(p -> p.hostsAndSupports() && p.openToEveryMunicipality()).toList();
    }

    /** Some organisation offers hosting and support: the solution is offered as a service (Erbjuds som tjänst). */
    public boolean offeredAsService() {
        return providers.stream().anyMatch(ServiceProvider::hostsAndSupports);
    }

    /** Some organisation offers hosting (drift). */
    public boolean hostingOffered() {
        return providers.stream().anyMatch(p -> p.kinds().contains(OfferKind.HOSTING));
    }

    /** Some organisation offers support. */
    public boolean supportOffered() {
        return providers.stream().anyMatch(p -> p.kinds().contains(OfferKind.SUPPORT));
    }
}
