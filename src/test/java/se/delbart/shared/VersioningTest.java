package se.delbart.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VersioningTest {

    private static final Instant T = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void movesStrictlyForwardEvenWithinOneClockTick() {
        assertThat(Versioning.nextUpdate(null, T)).isEqualTo(T);
        assertThat(Versioning.nextUpdate(T.minusSeconds(1), T)).isEqualTo(T);
        assertThat(Versioning.nextUpdate(T, T)).isEqualTo(T.plusNanos(1000));
        assertThat(Versioning.nextUpdate(T.plusSeconds(5), T)).isEqualTo(T.plusSeconds(5).plusNanos(1000));
    }
}
