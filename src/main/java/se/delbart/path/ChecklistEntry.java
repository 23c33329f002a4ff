package se.delbart.path;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An adopting municipality's tick on one step of the path: when it was done, what it changed, the real days. */
@Entity
@Table(name = "checklist_entry")
class ChecklistEntry {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(name = "adoption_id")
    private UUID adoptionId;

    @Column(name = "step_id")
    private String stepId;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "actual_days")
    private Integer actualDays;

    private String note;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ChecklistEntry() {
    }

    ChecklistEntry(UUID adoptionId, String stepId) {
        this.id = UUID.randomUUID();
        this.adoptionId = adoptionId;
        this.stepId = stepId;
    }

    void set(LocalDate doneOn, Integer actualDays, String note, Instant now, String by) {
        this.doneOn = doneOn;
        this.actualDays = actualDays;
        this.note = note;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    Checklist.Tick tick() {
        return new Checklist.Tick(doneOn, actualDays, note, version());
    }

    long version() {
        return version == null ? 0 : version;
    }

    UUID adoptionId() {
        return adoptionId;
    }

    String stepId() {
        return stepId;
    }

    LocalDate doneOn() {
        return doneOn;
    }

    Integer actualDays() {
        return actualDays;
    }

    String note() {
        return note;
    }
}
