package se.delbart.insight.cluster;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A proposed cluster an analyst saved (Flyway V16): its members, name, note and why; shared with its members or not. */
@Entity
@Table(name = "collaboration_cluster")
public class SavedCluster {

    static final int MAX_NAME = 120;
    static final int MAX_NOTE = 2000;

    @Id
    private UUID id;

    private String name;

    private String note;

    private String theme;

    private String reason;

    private boolean shared;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collaboration_cluster_member", joinColumns = @JoinColumn(name = "cluster_id"))
    @Column(name = "kommunkod")
    private Set<String> members = new TreeSet<>();

    protected SavedCluster() {
    }

    SavedCluster(UUID id, String name, String note, String theme, String reason, Set<String> members,
            String createdBy, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.note = note;
        this.theme = theme.length() > 200 ? theme.substring(0, 200) : theme;
        this.reason = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
        this.members = new TreeSet<>(members);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Makes the cluster visible to its members' staff on their municipality pages. Sharing twice changes nothing. */
    void share(Instant now) {
        if (!shared) {
            shared = true;
            sharedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String note() {
        return note;
    }

    public String theme() {
        return theme;
    }

    public String reason() {
        return reason;
    }

    public boolean shared() {
        return shared;
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> members() {
        return new TreeSet<>(members);
    }
}
