package se.delbart.adoption;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in an adoption's history. Append-only. */
@Entity
@Table(name = "adoption_status_change")
public class AdoptionStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adoption_id")
    private UUID adoptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AdoptionStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private AdoptionStatus to;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String reason;

    private boolean correction;

    protected AdoptionStatusChange() {
    }

    AdoptionStatusChange(UUID adoptionId, AdoptionStatus from, AdoptionStatus to, Instant changedAt, String changedBy,
            String reason) {
        this.adoptionId = adoptionId;
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    static AdoptionStatusChange correction(UUID adoptionId, AdoptionStatus from, AdoptionStatus to, Instant changedAt,
            String changedBy) {
        AdoptionStatusChange change = new AdoptionStatusChange(adoptionId, from, to, changedAt, changedBy, null);
        change.correction = true;
        return change;
    }

    UUID adoptionId() {
        return adoptionId;
    }

    public AdoptionStatus from() {
        return from;
    }

    public AdoptionStatus to() {
        return to;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    /** True when the step corrects a status recorded by mistake rather than records progress. */
    public boolean correction() {
        return correction;
    }

    public String reason() {
        return reason;
    }
}
