package se.delbart.provider.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.provider.AudienceKind;
import se.delbart.provider.OfferDetails;
import se.delbart.provider.OfferKind;
import se.delbart.provider.OfferPermissions;
import se.delbart.provider.OfferSource;
import se.delbart.provider.OfferState;
import se.delbart.provider.OrganisationKind;
import se.delbart.provider.PriceModel;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;

/** Read models of the solution page's provider section and of the offer form, each in one read-only transaction. */
@Component
@Transactional(readOnly = true)
class ProviderPages {

    private final ProviderOffers offers;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;

    ProviderPages(ProviderOffers offers, SolutionCatalog catalog, Municipalities municipalities) {
        this.offers = offers;
        this.catalog = catalog;
        this.municipalities = municipalities;
    }

    Section section(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        List<ProviderOffer> list = offers.list(actor, solutionId);
        Map<String, String> names = names(list.stream().flatMap(o -> java.util.stream.Stream.of(o.suggestedByCode(),
                o.details().organisation().municipalityCode())).filter(Objects::nonNull).distinct().toList());
        List<Row> rows = list.stream().map(o -> row(o, names)).toList();
        return new Section(solutionId, solution.name(), actor == null, OfferPermissions.canSuggest(actor, solution),
                OfferPermissions.canManage(actor, solution),
                rows.stream().filter(r -> r.state() == OfferState.CONFIRMED).toList(),
                rows.stream().filter(r -> r.state() == OfferState.SUGGESTED).toList());
    }

    /** The solution's name, for the form's headings. */
    String solutionName(Actor actor, UUID solutionId) {
        return catalog.get(actor, solutionId).name();
    }

    private static Row row(ProviderOffer o, Map<String, String> names) {
        OfferDetails d = o.details();
        return new Row(o.id(), o.version(), o.state(), d.organisation().name(), d.organisation().kind(),
                d.kinds().stream().sorted().toList(), d.audience().kind(), d.audience().name(),
                d.price() == null ? null : d.price().model(), d.price() == null ? null : d.price().fromSek(),
                d.price() == null ? null : d.price().toSek(), d.contact() == null ? null : d.contact().name(),
                d.contact() == null ? null : d.contact().email(), d.contact() == null ? null : d.contact().url(),
                d.since(), d.until(), d.note(), o.isExample(), o.source(),
                o.suggestedByCode() == null ? null : names.getOrDefault(o.suggestedByCode(), o.suggestedByCode()));
    }

    private Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            municipalities.findAllByKommunkodIn(codes).forEach(m -> names.put(m.kommunkod(), m.name()));
        }
        return names;
    }

    /**
     * @param visitor      not logged in: asked to log in to suggest
     * @param canSuggest   may suggest (or, as the publisher, add) an offer
     * @param canManage    the publisher's editor: confirms, changes and removes
     */
    record Section(UUID solutionId, String solutionName, boolean visitor, boolean canSuggest, boolean canManage,
            List<Row> confirmed, List<Row> suggested) {
    }

    /** @param suggestedBy the name of the suggesting municipality, null for administrators */
    record Row(UUID id, long version, OfferState state, String organisation, OrganisationKind organisationKind,
            List<OfferKind> kinds, AudienceKind audience, String audienceName, PriceModel priceModel, Long fromSek,
            Long toSek, String contactName, String contactEmail, String contactUrl, LocalDate since, LocalDate until,
            String note, boolean example, OfferSource source, String suggestedBy) {
    }
}
