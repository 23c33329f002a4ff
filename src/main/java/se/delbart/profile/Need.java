package se.delbart.profile;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A need a municipality declares: a short text ("vi behöver ett sätt att …") and the domains (codes) it concerns. */
@Entity
@Table(name = "municipality_need")
public class Need {

    @Id
    private UUID id;

    private String kommunkod;

    @Column(name = "need_text")
    private String text;

    private String domains;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected Need() {
    }

    Need(UUID id, String kommunkod, String text, Set<String> domains, Instant createdAt, String createdBy) {
        this.id = id;
        this.kommunkod = kommunkod;
        this.text = text;
        this.domains = String.join(",", new TreeSet<>(domains));
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String kommunkod() {
        return kommunkod;
    }

    public String text() {
        return text;
    }

    public Set<String> domains() {
        return domains.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(domains.split(",")));
    }

    public Instant createdAt() {
        return createdAt;
    }
}
