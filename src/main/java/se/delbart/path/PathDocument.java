package se.delbart.path;

/** A template or document an adopter can use on the way, e.g. a DPIA template or a decision draft. */
public record PathDocument(String title, String url) {
}
