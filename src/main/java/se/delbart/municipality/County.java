package se.delbart.municipality;

/** A county (län) by its two-digit code and name. */
public record County(String code, String name) {
}
