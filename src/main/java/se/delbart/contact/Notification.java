package se.delbart.contact;

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

/**
 * Something a municipality's staff should see in their inbox: another municipality became interested in one of its
 * solutions, or wrote in a thread. Read or unread per municipality.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind {
        /** {@code from} is interested in the recipient's solution. */
        INTEREST,
        /** {@code from} wrote in the thread about the solution. */
        MESSAGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_code")
    private String recipientCode;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Column(name = "interested_code")
    private String interestedCode;

    @Column(name = "from_code")
    private String fromCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipientCode, Kind kind, UUID solutionId, String interestedCode, String fromCode,
            Instant createdAt) {
        this.recipientCode = recipientCode;
        this.kind = kind;
        this.solutionId = solutionId;
        this.interestedCode = interestedCode;
        this.fromCode = fromCode;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String recipientCode() {
        return recipientCode;
    }

    public Kind kind() {
        return kind;
    }

    public UUID solutionId() {
        return solutionId;
    }

    public String interestedCode() {
        return interestedCode;
    }

    public String fromCode() {
        return fromCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
