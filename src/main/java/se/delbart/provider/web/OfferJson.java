package se.delbart.provider.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.delbart.provider.Audience;
import se.delbart.provider.OfferContact;
import se.delbart.provider.OfferDetails;
import se.delbart.provider.OfferKind;
import se.delbart.provider.OfferSource;
import se.delbart.provider.OfferState;
import se.delbart.provider.Organisation;
import se.delbart.provider.Price;
import se.delbart.provider.ProviderOffer;
import se.delbart.security.PublicName;

/**
 * An offer as the API shows it. Who suggested and who confirmed it by display name and municipality; usernames are
 * half of a login and are left out.
 *
 * @param example part of the demo's example data
 */
record OfferJson(UUID id, UUID solutionId, long version, OfferState state, Organisation organisation,
        Set<OfferKind> kinds, Audience audience, Price price, OfferContact contact, LocalDate since, LocalDate until,
        String note, OfferSource source, boolean example, String suggestedBy, String suggestedByMunicipality,
        Instant suggestedAt, String confirmedBy, Instant confirmedAt) {

    static OfferJson of(ProviderOffer o, Map<String, PublicName> names) {
        OfferDetails d = o.details();
        PublicName suggester = names.getOrDefault(o.suggestedBy(), new PublicName(null, null));
        PublicName confirmer = o.confirmedBy() == null ? null
                : names.getOrDefault(o.confirmedBy(), new PublicName(null, null));
        return new OfferJson(o.id(), o.solutionId(), o.version(), o.state(), d.organisation(), d.kinds(), d.audience(),
                d.price(), d.contact(), d.since(), d.until(), d.note(), o.source(), o.isExample(),
                suggester.displayName(), o.suggestedByCode(), o.createdAt(),
                confirmer == null ? null : confirmer.displayName(), o.confirmedAt());
    }
}
