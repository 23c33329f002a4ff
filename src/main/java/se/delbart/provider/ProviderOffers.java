package se.delbart.provider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.provider.ProviderOfferChanged.Action;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * The providers' use cases: list, suggest (or, for the publisher, add), confirm, change and remove a solution's
 * offers, each change kept in the offer's history; publiccode.yml contractors in and out; and
 * {@link #confirmedServiceOffers}, the query other modules use. Sees solutions only through the catalogue's API.
 */
@Service
public class ProviderOffers {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Offers offers;
    private final OfferChanges changes;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderOffers(Offers offers, OfferChanges changes, SolutionCatalog catalog, Municipalities municipalities,
            ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.changes = changes;
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.events = events;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** The solution's offers that are not removed: confirmed first, then suggested, each oldest first. */
    @Transactional(readOnly = true)
    public List<ProviderOffer> list(Actor actor, UUID solutionId) {
        catalog.checkViewable(actor, solutionId);
        return offers.findBySolutionIdAndRemovedAtIsNullOrderByCreatedAtAscIdAsc(solutionId).stream()
                .sorted(Comparator.comparing(ProviderOffer::state, Comparator.reverseOrder())).toList();
    }

    /** One offer that is not removed, of a solution the actor may see. */
    @Transactional(readOnly = true)
    public ProviderOffer get(Actor actor, UUID solutionId, UUID offerId) {
        catalog.checkViewable(actor, solutionId);
        return current(solutionId, offerId);
    }

    /** Every change of the offer, oldest first; removed offers keep theirs. */
    @Transactional(readOnly = true)
    public List<ProviderOfferChange> history(Actor actor, UUID solutionId, UUID offerId) {
        catalog.checkViewable(actor, solutionId);
        ProviderOffer offer = offers.findById(offerId).filter(o -> o.solutionId().equals(solutionId))
                .orElseThrow(() -> new NotFoundException("Provider offer", offerId));
        return changes.findByOfferIdOrderByChangedAtAscVersionAsc(offer.id());
    }

    @Transactional(readOnly = true)
    public boolean canManage(Actor actor, UUID solutionId) {
        return OfferPermissions.canManage(actor, catalog.get(actor, solutionId));
    }

    @Transactional(readOnly = true)
    public boolean canSuggest(Actor actor, UUID solutionId) {
        return OfferPermissions.canSuggest(actor, catalog.get(actor, solutionId));
    }

    /** Throws unless the actor may confirm, change and remove the solution's offers (404 if it cannot see it). */
    @Transactional(readOnly = true)
    public void checkCanManage(Actor actor, UUID solutionId) {
        manageable(actor, solutionId);
    }

    /** Throws {@link InvalidInputException} naming every field of the offer that is wrong; saves nothing. */
    @Transactional(readOnly = true)
    public void check(OfferDetails details) {
        validate(details, true);
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /** Suggests an offer (SUGGESTED), or adds one when the actor is the publisher's editor (CONFIRMED). */
    @Transactional
    public ProviderOffer suggest(Actor actor, UUID solutionId, OfferDetails details) {
        return create(actor, solutionId, details, false);
    }

    /** As {@link #suggest}, marked as the demo's example data. */
    @Transactional
    public ProviderOffer addExample(Actor actor, UUID solutionId, OfferDetails details) {
        return create(actor, solutionId, details, true);
    }

    private ProviderOffer create(Actor actor, UUID solutionId, OfferDetails details, boolean example) {
        if (actor == null) {
            throw new NotPermittedException("Log in to suggest a provider.");
        }
        Solution solution = catalog.get(actor, solutionId);
        if (!OfferPermissions.canSuggest(actor, solution)) {
            throw new NotPermittedException(
                    "Only a municipality's staff can suggest providers, on published solutions.");
        }
        OfferDetails valid = validate(details, true);
        if (offers.countBySolutionIdAndRemovedAtIsNull(solutionId) >= OfferRules.MAX_OFFERS) {
            throw new InvalidInputException(List.of(new FieldProblem("organisation",
                    "a solution holds at most " + OfferRules.MAX_OFFERS + " offers")));
        }
        boolean publisher = OfferPermissions.canManage(actor, solution);
        Instant now = clock.instant();
        ProviderOffer saved = offers.saveAndFlush(ProviderOffer.create(UUID.randomUUID(), solutionId, valid,
                actor.username(), actor.municipalityCode(), publisher, OfferSource.MANUAL, example, now));
        record(saved, publisher ? Action.ADDED : Action.SUGGESTED, actor.username(), now, List.of());
        return saved;
    }

    /** The publisher confirms a suggested offer. {@code expectedVersion} null: any version. */
    @Transactional
    public ProviderOffer confirm(Actor actor, UUID solutionId, UUID offerId, Long expectedVersion) {
        manageable(actor, solutionId);
        ProviderOffer offer = current(solutionId, offerId);
        checkVersion(offer, expectedVersion);
        Instant now = clock.instant();
        offer.confirm(actor.username(), now);
        ProviderOffer saved = offers.saveAndFlush(offer);
        record(saved, Action.CONFIRMED, actor.username(), now, List.of());
        return saved;
    }

    /** The publisher replaces what an offer says; the state stays. */
    @Transactional
    public ProviderOffer update(Actor actor, UUID solutionId, UUID offerId, Long expectedVersion, OfferDetails details) {
        manageable(actor, solutionId);
        ProviderOffer offer = current(solutionId, offerId);
        checkVersion(offer, expectedVersion);
        OfferDetails valid = validate(details, offer.source() == OfferSource.MANUAL);
        Instant now = clock.instant();
        List<String> changed = offer.edit(valid, now);
        if (changed.isEmpty()) {
            return offer;
        }
        ProviderOffer saved = offers.saveAndFlush(offer);
        record(saved, Action.UPDATED, actor.username(), now, changed);
        return saved;
    }

    /** The publisher removes an offer; it stays in the history. */
    @Transactional
    public void remove(Actor actor, UUID solutionId, UUID offerId, Long expectedVersion) {
        manageable(actor, solutionId);
        ProviderOffer offer = current(solutionId, offerId);
        checkVersion(offer, expectedVersion);
        Instant now = clock.instant();
        offer.remove(actor.username(), now);
        ProviderOffer saved = offers.saveAndFlush(offer);
        record(saved, Action.REMOVED, actor.username(), now, List.of());
    }

    // --- publiccode.yml ------------------------------------------------------------------------------------------

    /**
     * The contractors a publiccode.yml export names: confirmed support offers with an end date (the standard
     * requires {@code until}; an open-ended offer is not a maintenance contract). A contract that ended is kept, as the
     * file it came from had it; its date says so. The caller has checked that the solution may be seen.
     */
    @Transactional(readOnly = true)
    public List<Contractor> contractors(UUID solutionId) {
        return offers.findBySolutionIdInAndStateAndRemovedAtIsNull(List.of(solutionId), OfferState.CONFIRMED).stream()
                .filter(o -> o.kinds().contains(OfferKind.SUPPORT) && o.details().until() != null)
                .sorted(Comparator.comparing(ProviderOffer::createdAt).thenComparing(ProviderOffer::id))
                .map(o -> {
                    OfferDetails d = o.details();
                    return new Contractor(d.organisation().name(), d.until(),
                            d.contact() == null ? null : d.contact().email(), d.contact() == null ? null : d.contact().url());
                }).toList();
    }

    /** What would keep a contractor from becoming an offer, by its index: e.g. {@code [1] organisation.name …}. */
    public List<FieldProblem> contractorProblems(List<Contractor> contractors) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < contractors.size(); i++) {
            for (FieldProblem p : OfferRules.problems(OfferRules.normalise(fromContractor(contractors.get(i))),
                    municipalities::existsById, false)) {
                problems.add(new FieldProblem("maintenance.contractors[" + i + "]", p.field() + " " + p.message()));
            }
        }
        return problems;
    }

    /**
     * The contractors of an imported publiccode.yml become the solution's confirmed support offers (by the importing
     * editor, who may edit the solution); a later import of the same solution adds, changes and removes the offers
     * it made before, matched by name. Contractors with problems ({@link #contractorProblems}) are left out.
     */
    @Transactional
    public void importContractors(Actor actor, UUID solutionId, List<Contractor> contractors) {
        manageable(actor, solutionId);
        Instant now = clock.instant();
        Map<String, ProviderOffer> earlier = new LinkedHashMap<>();
        offers.findBySolutionIdAndRemovedAtIsNullOrderByCreatedAtAscIdAsc(solutionId).stream()
                .filter(o -> o.source() == OfferSource.PUBLICCODE)
                .forEach(o -> earlier.putIfAbsent(key(o.details().organisation().name()), o));
        Set<String> seen = new TreeSet<>();
        for (Contractor contractor : contractors) {
            OfferDetails details = OfferRules.normalise(fromContractor(contractor));
            if (!contractorProblems(List.of(contractor)).isEmpty() || !seen.add(key(details.organisation().name()))) {
                continue;
            }
            ProviderOffer existing = earlier.remove(key(details.organisation().name()));
            if (existing == null) {
                ProviderOffer saved = offers.saveAndFlush(ProviderOffer.create(UUID.randomUUID(), solutionId, details,
                        actor.username(), actor.municipalityCode(), true, OfferSource.PUBLICCODE, false, now));
                record(saved, Action.IMPORTED, actor.username(), now, List.of());
            } else {
                OfferDetails kept = existing.details();
                // what the file says replaces what it said; what the publisher added since (price, note) stays
                OfferDetails merged = new OfferDetails(kept.organisation(), kept.kinds(), kept.audience(), kept.price(),
                        new OfferContact(kept.contact() == null ? null : kept.contact().name(), details.contact() == null
                                ? null : details.contact().email(), details.contact() == null ? null : details.contact().url()),
                        kept.since(), details.until(), kept.note());
                List<String> changed = existing.edit(OfferRules.normalise(merged), now);
                if (!changed.isEmpty()) {
                    ProviderOffer saved = offers.saveAndFlush(existing);
                    record(saved, Action.IMPORTED, actor.username(), now, changed);
                }
            }
        }
        for (ProviderOffer gone : earlier.values()) {
            gone.remove(actor.username(), now);
            ProviderOffer saved = offers.saveAndFlush(gone);
            record(saved, Action.REMOVED, actor.username(), now, List.of());
        }
    }

    static OfferDetails fromContractor(Contractor c) {
        String name = c.name() == null ? null : c.name().strip();
        return new OfferDetails(new Organisation(name, OrganisationKind.COMPANY, null), EnumSet.of(OfferKind.SUPPORT),
                Audience.ANY_MUNICIPALITY, null, new OfferContact(null, c.email(), c.website()), null, c.until(),
                null);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    // --- the query for other modules ------------------------------------------------------------------------------

    /**
     * For each solution asked about (every one gets an entry), the organisations whose confirmed, current offers
     * cover it, merged per organisation: e.g. whether someone hosts and supports it ({@link
     * ServiceOffers#offeredAsService()}) and who ({@link ServiceOffers#hostingAndSupport()}). One query for all.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ServiceOffers> confirmedServiceOffers(Collection<UUID> solutionIds) {
        Map<UUID, ServiceOffers> result = new LinkedHashMap<>();
        if (solutionIds.isEmpty()) {
            return result;
        }
        LocalDate today = today();
        Map<UUID, Map<String, List<ProviderOffer>>> byOrganisation = new LinkedHashMap<>();
        for (ProviderOffer o : offers.findBySolutionIdInAndStateAndRemovedAtIsNull(Set.copyOf(solutionIds),
                OfferState.CONFIRMED)) {
            if (o.isCurrent(today)) {
                byOrganisation.computeIfAbsent(o.solutionId(), k -> new java.util.TreeMap<>())
                        .computeIfAbsent(key(o.details().organisation().name()), k -> new ArrayList<>()).add(o);
            }
        }
        for (UUID id : solutionIds) {
            List<ServiceProvider> providers = byOrganisation.getOrDefault(id, Map.of()).values().stream()
                    .map(ProviderOffers::merge).toList();
            result.put(id, new ServiceOffers(id, providers));
        }
        return result;
    }

    private static ServiceProvider merge(List<ProviderOffer> sameOrganisation) {
        OfferDetails first = sameOrganisation.get(0).details();
        Set<OfferKind> kinds = EnumSet.noneOf(OfferKind.class);
        Set<AudienceKind> audiences = EnumSet.noneOf(AudienceKind.class);
        Set<String> names = new TreeSet<>();
        String code = null;
        for (ProviderOffer o : sameOrganisation) {
            OfferDetails d = o.details();
            kinds.addAll(d.kinds());
            audiences.add(d.audience().kind());
            Optional.ofNullable(d.audience().name()).ifPresent(names::add);
            code = code == null ? d.organisation().municipalityCode() : code;
        }
        return new ServiceProvider(first.organisation().name(), first.organisation().kind(), code, Set.copyOf(kinds),
                Set.copyOf(audiences), Set.copyOf(names));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Whether the solution has any offer, also removed ones (the demo seeds a solution only once). */
    @Transactional(readOnly = true)
    public boolean hasAnyOffer(UUID solutionId) {
        return offers.countBySolutionId(solutionId) > 0;
    }

    private Solution manageable(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        if (!OfferPermissions.canManage(actor, solution)) {
            throw new NotPermittedException("Only editors of the publishing municipality can confirm, change and "
                    + "remove its providers.");
        }
        return solution;
    }

    private ProviderOffer current(UUID solutionId, UUID offerId) {
        return offers.findById(offerId).filter(o -> o.solutionId().equals(solutionId) && !o.isRemoved())
                .orElseThrow(() -> new NotFoundException("Provider offer", offerId));
    }

    private OfferDetails validate(OfferDetails details, boolean contactRequired) {
        OfferDetails normalised = OfferRules.normalise(details);
        List<FieldProblem> problems = OfferRules.problems(normalised, municipalities::existsById, contactRequired);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normalised;
    }

    private static void checkVersion(ProviderOffer offer, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != offer.version()) {
            throw new StaleVersionException(expectedVersion, offer.version());
        }
    }

    private void record(ProviderOffer saved, Action action, String by, Instant at, List<String> fields) {
        changes.save(new ProviderOfferChange(saved, action, by, at, fields));
        events.publishEvent(new ProviderOfferChanged(saved.solutionId(), saved.id(), action, saved.state()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }
}
