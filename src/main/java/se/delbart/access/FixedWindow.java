package se.delbart.access;

import java.time.Duration;
import java.time.Instant;

/**
 * A rate limit as a fixed window: at most {@code limit} attempts per key in a window of {@code length} that starts at
 * the key's first attempt; the window after it starts afresh. Plain Java: {@link AccessRequestLimits} keeps the count
 * per key in the database.
 */
record FixedWindow(int limit, Duration length) {

    FixedWindow {
        if (limit < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one attempt in a positive window");
        }
    }

    /** A key's attempts in its current window, and when the window started. */
    record Count(int attempts, Instant windowStart) {
    }

    /** Whether a window that started at {@code windowStart} is over at {@code now}. */
    boolean isOver(Instant windowStart, Instant now) {
        return !now.isBefore(windowStart.plus(length));
    }

    /** The count after one more attempt at {@code now}, given the stored one (null when none). */
    Count next(Count stored, Instant now) {
        if (stored == null || isOver(stored.windowStart(), now)) {
            return new Count(1, now);
        }
        return new Count(stored.attempts() + 1, stored.windowStart());
    }

    boolean allows(Count count) {
        return count.attempts() <= limit;
    }

    /** How long until the window of {@code count} is over (at least a second). */
    Duration retryAfter(Count count, Instant now) {
        Duration left = Duration.between(now, count.windowStart().plus(length));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }
}
