package se.delbart.portfolio;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry in an initiative's history: what was done, by whom, the status after it and any motivation. */
@Entity
@Table(name = "portfolio_initiative_change")
public class InitiativeChange {

    @Id
    private UUID id;

    @Column(name = "initiative_id")
    private UUID initiativeId;

    private long version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private InitiativeChanged.Action action;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    private String fields;

    private String motivation;

    protected InitiativeChange() {
    }

    InitiativeChange(Initiative initiative, InitiativeChanged.Action action, String by, Instant at, String fields,
            String motivation) {
        this.id = UUID.randomUUID();
        this.initiativeId = initiative.id();
        this.version = initiative.version();
        this.changedAt = at;
        this.changedBy = by;
        this.action = action;
        this.status = initiative.status();
        this.fields = fields;
        this.motivation = motivation;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public InitiativeChanged.Action action() {
        return action;
    }

    public InitiativeStatus status() {
        return status;
    }

    public String fields() {
        return fields;
    }

    public String motivation() {
        return motivation;
    }

    public long version() {
        return version;
    }
}
