package se.delbart.catalog;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a solution's audit history: who changed what, and when. Append-only. */
@Entity
@Table(name = "solution_change")
public class SolutionChange {

    public enum Kind {
        CREATED, UPDATED, PUBLISHED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Column(name = "solution_version")
    private long solutionVersion;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** Comma-separated JSON field names. */
    private String fields;

    protected SolutionChange() {
    }

    SolutionChange(UUID solutionId, long solutionVersion, Instant changedAt, String changedBy, Kind kind,
            Collection<String> fields) {
        this.solutionId = solutionId;
        this.solutionVersion = solutionVersion;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.kind = kind;
        String joined = String.join(",", fields);
        this.fields = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public UUID solutionId() {
        return solutionId;
    }

    public long solutionVersion() {
        return solutionVersion;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> fields() {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
    }
}
