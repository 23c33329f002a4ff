package se.delbart.security;

import se.delbart.shared.Role;

/** The editable fields of an account. {@code municipalityCode} is required for EDITOR and MEMBER, null otherwise. */
public record AccountChanges(String displayName, String email, Role role, String municipalityCode, boolean enabled) {
}
