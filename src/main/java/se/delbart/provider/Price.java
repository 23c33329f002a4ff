package se.delbart.provider;

/** A price model with an optional range in SEK (from ≤ to; a single amount has only {@code fromSek}). */
public record Price(PriceModel model, Long fromSek, Long toSek) {
}
