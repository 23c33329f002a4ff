package se.delbart.path;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One revision of a solution's implementation path: the whole path as it was saved, who saved it and when.
 * Append-only; the highest revision is the current path. The path is stored as JSON ({@link PathJson}).
 */
@Entity
@Table(name = "path_revision")
public class PathRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "solution_id")
    private UUID solutionId;

    private int revision;

    private String content;

    private boolean example;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    /** Why, when not the editor's own edit: e.g. an accepted proposal. */
    private String note;

    @Transient
    private ImplementationPath path;

    protected PathRevision() {
    }

    PathRevision(UUID solutionId, int revision, ImplementationPath path, boolean example, Instant changedAt,
            String changedBy, String note) {
        this.solutionId = solutionId;
        this.revision = revision;
        this.path = path;
        this.content = PathJson.write(path);
        this.example = example;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note;
    }

    public UUID solutionId() {
        return solutionId;
    }

    public int revision() {
        return revision;
    }

    public ImplementationPath path() {
        if (path == null) {
            path = PathJson.read(content);
        }
        return path;
    }

    /** Example data (the demo's), shown as such. */
    public boolean example() {
        return example;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String note() {
        return note;
    }
}
