package se.delbart.adoption;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;

/**
 * A municipality's adoption of a published solution: one per municipality and solution. Status moves are guarded
 * here ({@link AdoptionStatus#canMoveTo}); each move registers {@link AdoptionChanged}.
 */
@Entity
@Table(name = "adoption")
public class Adoption extends AbstractAggregateRoot<Adoption> {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private AdoptionStatus status;

    @Column(name = "adopted_version")
    private String adoptedVersion;

    @Column(name = "discontinued_reason")
    private String discontinuedReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "adoption_department", joinColumns = @JoinColumn(name = "adoption_id"))
    @Column(name = "department")
    private Set<String> departments = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Column sizes (V6): longer values are field errors, not database errors. */
    static final int MAX_VERSION = 60;
    static final int MAX_REASON = 1000;

    protected Adoption() {
    }

    private static String checkedVersion(String adoptedVersion) {
        String version = blankToNull(adoptedVersion);
        if (version != null && version.length() > MAX_VERSION) {
            throw new InvalidInputException(java.util.List.of(
                    new FieldProblem("adoptedVersion", "must be at most " + MAX_VERSION + " characters")));
        }
        return version;
    }

    static Adoption start(UUID id, UUID solutionId, String municipalityCode, AdoptionStatus status,
            String adoptedVersion, Set<String> departments, Instant now) {
        if (status == null || status == AdoptionStatus.DISCONTINUED) {
            throw new InvalidInputException(java.util.List.of(
                    new FieldProblem("status", "a new adoption starts as INTERESTED, PLANNING, IMPLEMENTING or IN_PRODUCTION")));
        }
        Adoption adoption = new Adoption();
        adoption.id = id;
        adoption.solutionId = solutionId;
        adoption.municipalityCode = municipalityCode;
        adoption.status = status;
        adoption.adoptedVersion = checkedVersion(adoptedVersion);
        adoption.departments.addAll(departments);
        adoption.createdAt = now;
        adoption.updatedAt = now;
        adoption.registerEvent(new AdoptionChanged(id, solutionId, municipalityCode, status, now));
        return adoption;
    }

    /** Moves to {@code next}; a reason is required to discontinue. */
    void moveTo(AdoptionStatus next, String reason, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new InvalidStateException("An adoption cannot go from " + status + " to " + next + ".");
        }
        if (next == AdoptionStatus.DISCONTINUED && blankToNull(reason) == null) {
            throw new InvalidInputException(java.util.List.of(new FieldProblem("reason", "say why it was discontinued")));
        }
        if (next == AdoptionStatus.DISCONTINUED && !se.delbart.shared.PlainText.Validator.isPlain(reason, true)) {
            throw new InvalidInputException(java.util.List.of(
                    new FieldProblem("reason", "must not contain control characters")));
        }
        if (next == AdoptionStatus.DISCONTINUED && reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException(java.util.List.of(
                    new FieldProblem("reason", "must be at most " + MAX_REASON + " characters")));
        }
        status = next;
        discontinuedReason = next == AdoptionStatus.DISCONTINUED ? reason.strip() : null;
        touch(now);
        registerEvent(new AdoptionChanged(id, solutionId, municipalityCode, status, now));
    }

    /** Corrects a status recorded by mistake back to an earlier one ({@link AdoptionStatus#canCorrectTo}). */
    void correctTo(AdoptionStatus earlier, Instant now) {
        if (!status.canCorrectTo(earlier)) {
            throw new InvalidStateException("An adoption cannot be corrected from " + status + " to " + earlier + ".");
        }
        status = earlier;
        discontinuedReason = null;
        touch(now);
        registerEvent(new AdoptionChanged(id, solutionId, municipalityCode, status, now));
    }

    /** Replaces which departments use it and the adopted version; returns whether anything changed. */
    boolean describe(Set<String> newDepartments, String newAdoptedVersion, Instant now) {
        String version = checkedVersion(newAdoptedVersion);
        boolean changed = !departments.equals(newDepartments) || !java.util.Objects.equals(adoptedVersion, version);
        if (changed) {
            departments.clear();
            departments.addAll(newDepartments);
            adoptedVersion = version;
            touch(now);
        }
        return changed;
    }

    /** See {@link se.delbart.shared.Versioning}: every change moves updatedAt forward, so the version moves once. */
    private void touch(Instant now) {
        updatedAt = se.delbart.shared.Versioning.nextUpdate(updatedAt, now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
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

    public String municipalityCode() {
        return municipalityCode;
    }

    public AdoptionStatus status() {
        return status;
    }

    public String adoptedVersion() {
        return adoptedVersion;
    }

    public String discontinuedReason() {
        return discontinuedReason;
    }

    public Set<String> departments() {
        return Set.copyOf(departments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
