package se.delbart.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of an offer's history: what was done, by whom and when, and the state after it. Append-only. */
@Entity
@Table(name = "provider_offer_change")
public class ProviderOfferChange {

    @Id
    private UUID id;

    @Column(name = "offer_id")
    private UUID offerId;

    @Column(name = "solution_id")
    private UUID solutionId;

    private long version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private ProviderOfferChanged.Action action;

    @Enumerated(EnumType.STRING)
    private OfferState state;

    /** Comma-separated names of the changed fields (for UPDATED and IMPORTED changes). */
    private String fields;

    protected ProviderOfferChange() {
    }

    ProviderOfferChange(ProviderOffer offer, ProviderOfferChanged.Action action, String by, Instant at,
            java.util.List<String> fields) {
        this.id = UUID.randomUUID();
        this.offerId = offer.id();
        this.solutionId = offer.solutionId();
        this.version = offer.version();
        this.changedAt = at;
        this.changedBy = by;
        this.action = action;
        this.state = offer.state();
        String joined = fields == null ? "" : String.join(",", fields);
        this.fields = joined.isEmpty() ? null : joined;
    }

    public UUID offerId() {
        return offerId;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public ProviderOfferChanged.Action action() {
        return action;
    }

    public OfferState state() {
        return state;
    }

    public java.util.List<String> fields() {
        return fields == null ? java.util.List.of() : java.util.List.of(fields.split(","));
    }
}
