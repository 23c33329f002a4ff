package se.delbart.security;

import java.time.Instant;
import java.util.UUID;

/** A token as listed to its owner: never the secret. */
public record TokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        boolean revoked) {
}
