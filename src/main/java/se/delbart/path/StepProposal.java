package se.delbart.path;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.shared.InvalidStateException;

/**
 * An adopter's proposal to change a step of the path ("took us 10 days, not 3"). The publisher accepts it (the step
 * changes in a new revision) or answers it; either way once.
 */
@Entity
@Table(name = "path_proposal")
public class StepProposal {

    public enum Status {
        PENDING, ACCEPTED, ANSWERED
    }

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Column(name = "step_id")
    private String stepId;

    @Column(name = "adoption_id")
    private UUID adoptionId;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "reported_days")
    private int reportedDays;

    private String comment;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String answer;

    @Column(name = "accepted_revision")
    private Integer acceptedRevision;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    protected StepProposal() {
    }

    StepProposal(UUID solutionId, String stepId, UUID adoptionId, String municipalityCode, int reportedDays,
            String comment, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.solutionId = solutionId;
        this.stepId = stepId;
        this.adoptionId = adoptionId;
        this.municipalityCode = municipalityCode;
        this.reportedDays = reportedDays;
        this.comment = comment;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.createdBy = by;
    }

    void accept(int revision, String answer, Instant now, String by) {
        checkPending();
        this.status = Status.ACCEPTED;
        this.acceptedRevision = revision;
        this.answer = answer;
        this.answeredAt = now;
        this.answeredBy = by;
    }

    void answer(String answer, Instant now, String by) {
        checkPending();
        this.status = Status.ANSWERED;
        this.answer = answer;
        this.answeredAt = now;
        this.answeredBy = by;
    }

    private void checkPending() {
        if (status != Status.PENDING) {
            throw new InvalidStateException("The proposal is already " + status + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID solutionId() {
        return solutionId;
    }

    public String stepId() {
        return stepId;
    }

    public UUID adoptionId() {
        return adoptionId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public int reportedDays() {
        return reportedDays;
    }

    public String comment() {
        return comment;
    }

    public Status status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public Integer acceptedRevision() {
        return acceptedRevision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
