package se.delbart.security;

import java.time.Instant;

import org.hibernate.annotations.DynamicUpdate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * A person who can log in. The failed-login counter and lock are written with bulk updates (see
 * {@link UserAccounts}); {@code @DynamicUpdate} keeps an admin's edit from overwriting them with stale values.
 */
@Entity
@Table(name = "app_user")
@DynamicUpdate
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "municipality_code")
    private String municipalityCode;

    private boolean enabled;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "session_generation")
    private long sessionGeneration;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, String passwordHash, Role role,
            String municipalityCode, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.municipalityCode = municipalityCode;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /**
     * Callers validate first (see {@link AccountRules}); the record constructor of Actor guards the invariant.
     *
     * @return whether what the account may do changed (disabled, another role or municipality): its sessions and
     *         tokens must then end
     */
    boolean change(String displayName, String email, Role role, String municipalityCode, boolean enabled) {
        boolean authorityChanged = (this.enabled && !enabled) || this.role != role
                || !java.util.Objects.equals(this.municipalityCode, municipalityCode);
        if (authorityChanged) {
            sessionGeneration++;
        }
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.municipalityCode = municipalityCode;
        this.enabled = enabled;
        return authorityChanged;
    }

    /** A new password also lifts a lock (the admin who resets it has verified the person) and ends the sessions. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionGeneration++;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Actor actor() {
        return new Actor(username, role, municipalityCode);
    }

    Account toAccount() {
        return new Account(id, username, displayName, email, role, municipalityCode, enabled, lockedUntil, createdAt,
                version);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    long sessionGeneration() {
        return sessionGeneration;
    }

    PublicName publicName() {
        return new PublicName(displayName, municipalityCode);
    }

    String municipalityCode() {
        return municipalityCode;
    }

    long version() {
        return version;
    }
}
