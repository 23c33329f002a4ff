package se.delbart.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in the thread between a solution's publisher and one interested municipality. Never changed. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Column(name = "interested_code")
    private String interestedCode;

    @Column(name = "author_code")
    private String authorCode;

    private String author;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ThreadMessage() {
    }

    ThreadMessage(UUID solutionId, String interestedCode, String authorCode, String author, String body,
            Instant createdAt) {
        this.solutionId = solutionId;
        this.interestedCode = interestedCode;
        this.authorCode = authorCode;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public UUID solutionId() {
        return solutionId;
    }

    public String interestedCode() {
        return interestedCode;
    }

    public String authorCode() {
        return authorCode;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
