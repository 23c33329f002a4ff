package se.delbart.provider;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an offer says: who offers what, to whom, at which price, whom to contact, and since (and until) when.
 *
 * @param price null when not stated
 * @param until when the offer or contract ends (publiccode.yml's contractors state it), null when open-ended
 */
public record OfferDetails(Organisation organisation, Set<OfferKind> kinds, Audience audience, Price price,
        OfferContact contact, LocalDate since, LocalDate until, String note) {
}
