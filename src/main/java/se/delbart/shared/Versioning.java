package se.delbart.shared;

import java.time.Instant;

/**
 * Aggregates exclude their value collections from Hibernate's optimistic lock (it would otherwise bump the version
 * when it first writes them) and move their {@code updatedAt} strictly forward on every change instead, so that each
 * change increments the version exactly once — also when two changes fall within the same clock tick.
 */
public final class Versioning {

    private Versioning() {
    }

    /** The next {@code updatedAt}: {@code now}, or one microsecond after {@code previous} if now is not later. */
    public static Instant nextUpdate(Instant previous, Instant now) {
        return previous == null || now.isAfter(previous.plusNanos(999)) ? now : previous.plusNanos(1000);
    }
}
