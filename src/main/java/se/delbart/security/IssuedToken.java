package se.delbart.security;

import java.time.Instant;
import java.util.UUID;

/** A freshly created token. {@code token} is the secret: it is returned this once and never stored. */
public record IssuedToken(UUID id, String name, String token, Instant expiresAt) {
}
