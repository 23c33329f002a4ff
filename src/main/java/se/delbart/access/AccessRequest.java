package se.delbart.access;

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
import se.delbart.shared.Role;

/** A request for an account from a municipality's staff member; decided once, by an administrator. */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    @Id
    private UUID id;

    private String name;

    private String email;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "needs_check")
    private boolean needsCheck;

    @Enumerated(EnumType.STRING)
    private AccessRequestStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    private String reason;

    @Column(name = "account_username")
    private String accountUsername;

    @Version
    private long version;

    protected AccessRequest() {
    }

    AccessRequest(String name, String email, String municipalityCode, Role role, boolean needsCheck, Instant now) {
        if (!role.belongsToMunicipality()) {
            throw new IllegalArgumentException("only municipal roles can be requested: " + role);
        }
        this.id = UUID.randomUUID();
        this.name = name;
        this.email = email;
        this.municipalityCode = municipalityCode;
        this.role = role;
        this.needsCheck = needsCheck;
        this.status = AccessRequestStatus.PENDING;
        this.createdAt = now;
    }

    void approve(String admin, String accountUsername, Instant now) {
        decide(AccessRequestStatus.APPROVED, admin, null, now);
        this.accountUsername = accountUsername;
    }

    void reject(String admin, String reason, Instant now) {
        decide(AccessRequestStatus.REJECTED, admin, reason, now);
    }

    private void decide(AccessRequestStatus decision, String admin, String reason, Instant now) {
        if (status != AccessRequestStatus.PENDING) {
            throw new InvalidStateException("The request has already been decided (" + status + ")");
        }
        this.status = decision;
        this.decidedBy = admin;
        this.reason = reason;
        this.decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Role role() {
        return role;
    }

    /** The e-mail domain is not the municipality's (see {@link MunicipalDomains}): check the person before approving. */
    public boolean needsCheck() {
        return needsCheck;
    }

    public AccessRequestStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public String accountUsername() {
        return accountUsername;
    }
}
