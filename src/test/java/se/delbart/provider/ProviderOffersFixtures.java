package se.delbart.provider;

import java.util.EnumSet;

/** Offers for tests in other packages. */
public final class ProviderOffersFixtures {

    private ProviderOffersFixtures() {
    }

    /** A company offering support and training to any municipality, reachable by e-mail. */
    public static OfferDetails company(String name) {
        return new OfferDetails(new Organisation(name, OrganisationKind.COMPANY, null),
                EnumSet.of(OfferKind.SUPPORT, OfferKind.TRAINING), Audience.ANY_MUNICIPALITY,
                new Price(PriceModel.HOURLY_RATE, 1_100L, 1_400L), new OfferContact(null, "info@example.se", null),
                null, null, null);
    }
}
