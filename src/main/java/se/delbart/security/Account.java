package se.delbart.security;

import java.time.Instant;

import se.delbart.shared.Role;

/** Read-only view of an account, without its password hash. {@code version} doubles as the ETag of the account. */
public record Account(long id, String username, String displayName, String email, Role role,
        String municipalityCode, boolean enabled, Instant lockedUntil, Instant createdAt, long version) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
