package se.delbart.security;

/**
 * How an account is shown to other people: its display name and municipality (null for ADMIN and ANALYST). Usernames
 * are half of a login, so only administrators see them.
 */
public record PublicName(String displayName, String municipalityCode) {
}
