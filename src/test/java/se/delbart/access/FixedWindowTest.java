package se.delbart.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The rate-limit rule: at most {@code limit} attempts in a window that starts at a key's first attempt. */
class FixedWindowTest {

    private final FixedWindow threePerHour = new FixedWindow(3, Duration.ofHours(1));
    private final Instant start = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theLimitIsReachedAtTheAttemptAfterIt() {
        FixedWindow.Count count = threePerHour.next(null, start);
        assertThat(count).isEqualTo(new FixedWindow.Count(1, start));
        count = threePerHour.next(count, start.plusSeconds(60));
        count = threePerHour.next(count, start.plusSeconds(120));
        assertThat(count.attempts()).isEqualTo(3);
        assertThat(threePerHour.allows(count)).isTrue();
        count = threePerHour.next(count, start.plusSeconds(180));
        assertThat(threePerHour.allows(count)).isFalse();
        assertThat(threePerHour.retryAfter(count, start.plusSeconds(180))).isEqualTo(Duration.ofMinutes(57));
    }

    @Test
    void aNewWindowStartsWhenTheOldOneIsOver() {
        FixedWindow.Count full = new FixedWindow.Count(7, start);
        assertThat(threePerHour.isOver(start, start.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(threePerHour.next(full, start.plus(Duration.ofMinutes(59))).attempts()).isEqualTo(8);
        Instant later = start.plus(Duration.ofHours(1));
        assertThat(threePerHour.next(full, later)).isEqualTo(new FixedWindow.Count(1, later));
    }

    @Test
    void retryAfterIsAtLeastASecond() {
        FixedWindow.Count count = new FixedWindow.Count(4, start);
        assertThat(threePerHour.retryAfter(count, start.plus(Duration.ofHours(1)).minusMillis(5)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aLimitNeedsAnAttemptAndAWindow() {
        assertThatThrownBy(() -> new FixedWindow(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedWindow(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
