package se.delbart.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.Versioning;

/**
 * An organisation's offer to help with a solution. Its state (SUGGESTED → CONFIRMED) and removal are guarded here;
 * who may do what is {@link OfferPermissions}. A removed offer stays (with who removed it and when) for its history.
 */
@Entity
@Table(name = "provider_offer")
public class ProviderOffer {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Enumerated(EnumType.STRING)
    private OfferState state;

    @Column(name = "organisation_name")
    private String organisationName;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    private OrganisationKind organisationKind;
    @Column(name = "organisation_code")
    private String organisationCode;

    @Convert(converter = OfferKinds.class)
    private Set<OfferKind> kinds = EnumSet.noneOf(OfferKind.class);

    @Enumerated(EnumType.STRING)
    private AudienceKind audience;
    @Column(name = "audience_name")
    private String audienceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_model")
    private PriceModel priceModel;
    @Column(name = "price_from_sek")
    private Long priceFromSek;
    @Column(name = "price_to_sek")
    private Long priceToSek;

    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_url")
    private String contactUrl;

    @Column(name = "since_date")
    private LocalDate since;
    @Column(name = "until_date")
    private LocalDate until;
    private String note;

    @Enumerated(EnumType.STRING)
    private OfferSource source;
    private boolean example;

    @Column(name = "suggested_by")
    private String suggestedBy;
    @Column(name = "suggested_by_code")
    private String suggestedByCode;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "removed_by")
    private String removedBy;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProviderOffer() {
    }

    /**
     * A new offer: CONFIRMED when the publisher adds it, SUGGESTED otherwise.
     *
     * @param byCode the municipality of whoever made it (null for administrators)
     */
    static ProviderOffer create(UUID id, UUID solutionId, OfferDetails details, String by, String byCode,
            boolean byPublisher, OfferSource source, boolean example, Instant now) {
        ProviderOffer o = new ProviderOffer();
        o.id = id;
        o.solutionId = solutionId;
        o.apply(details);
        o.source = source;
        o.example = example;
        o.suggestedBy = by;
        o.suggestedByCode = byCode;
        o.createdAt = now;
        o.updatedAt = now;
        o.state = OfferState.SUGGESTED;
        if (byPublisher) {
            o.state = OfferState.CONFIRMED;
            o.confirmedBy = by;
            o.confirmedAt = now;
        }
        return o;
    }

    /** The publisher stands behind a suggested offer. */
    void confirm(String by, Instant now) {
        requireNotRemoved("confirmed");
        if (state == OfferState.CONFIRMED) {
            throw new InvalidStateException("The offer is already confirmed.");
        }
        state = OfferState.CONFIRMED;
        confirmedBy = by;
        confirmedAt = now;
        touch(now);
    }

    /** Replaces what the offer says; the names of the changed fields, empty when nothing changed. */
    List<String> edit(OfferDetails details, Instant now) {
        requireNotRemoved("changed");
        List<String> changed = changedFields(details(), details);
        if (!changed.isEmpty()) {
            apply(details);
            touch(now);
        }
        return changed;
    }

    void remove(String by, Instant now) {
        requireNotRemoved("removed");
        removedBy = by;
        removedAt = now;
        touch(now);
    }

    /** Not removed, and not ended before {@code today}. */
    public boolean isCurrent(LocalDate today) {
        return removedAt == null && (until == null || !until.isBefore(today));
    }

    private void requireNotRemoved(String what) {
        if (removedAt != null) {
            throw new InvalidStateException("The offer was removed and cannot be " + what + ".");
        }
    }

    private void touch(Instant now) {
        updatedAt = Versioning.nextUpdate(updatedAt, now);
    }

    private void apply(OfferDetails d) {
        organisationName = d.organisation().name();
        organisationKind = d.organisation().kind();
        organisationCode = d.organisation().municipalityCode();
        kinds = d.kinds().isEmpty() ? EnumSet.noneOf(OfferKind.class) : EnumSet.copyOf(d.kinds());
        audience = d.audience().kind();
        audienceName = d.audience().name();
        priceModel = d.price() == null ? null : d.price().model();
        priceFromSek = d.price() == null ? null : d.price().fromSek();
        priceToSek = d.price() == null ? null : d.price().toSek();
        contactName = d.contact() == null ? null : d.contact().name();
        contactEmail = d.contact() == null ? null : d.contact().email();
        contactUrl = d.contact() == null ? null : d.contact().url();
        since = d.since();
        until = d.until();
        note = d.note();
    }

    static List<String> changedFields(OfferDetails before, OfferDetails after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.organisation(), after.organisation())) {
            changed.add("organisation");
        }
        if (!Objects.equals(before.kinds(), after.kinds())) {
            changed.add("kinds");
        }
        if (!Objects.equals(before.audience(), after.audience())) {
            changed.add("audience");
        }
        if (!Objects.equals(before.price(), after.price())) {
            changed.add("price");
        }
        if (!Objects.equals(before.contact(), after.contact())) {
            changed.add("contact");
        }
        if (!Objects.equals(before.since(), after.since())) {
            changed.add("since");
        }
        if (!Objects.equals(before.until(), after.until())) {
            changed.add("until");
        }
        if (!Objects.equals(before.note(), after.note())) {
            changed.add("note");
        }
        return changed;
    }

    public OfferDetails details() {
        return new OfferDetails(new Organisation(organisationName, organisationKind, organisationCode),
                kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds), new Audience(audience, audienceName),
                priceModel == null ? null : new Price(priceModel, priceFromSek, priceToSek),
                contactName == null && contactEmail == null && contactUrl == null ? null
                        : new OfferContact(contactName, contactEmail, contactUrl),
                since, until, note);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public UUID solutionId() {
        return solutionId;
    }

    public OfferState state() {
        return state;
    }

    public Set<OfferKind> kinds() {
        return kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    }

    public OfferSource source() {
        return source;
    }

    /** Part of the demo's example data. */
    public boolean isExample() {
        return example;
    }

    /** The username of whoever suggested (or added) it. */
    public String suggestedBy() {
        return suggestedBy;
    }

    /** The municipality of whoever suggested it; null for administrators. */
    public String suggestedByCode() {
        return suggestedByCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public String removedBy() {
        return removedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
