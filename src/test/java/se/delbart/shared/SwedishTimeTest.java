package se.delbart.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SwedishTimeTest {

    @Test
    void anInstantIsShownInSwedishWinterAndSummerTime() {
        assertThat(SwedishTime.dateTime(Instant.parse("2026-12-07T09:15:00Z"))).isEqualTo("2026-12-07 10:15");
        assertThat(SwedishTime.dateTime(Instant.parse("2026-07-01T09:15:00Z"))).isEqualTo("2026-07-01 11:15");
    }

    @Test
    void aLateEveningInUtcIsTheNextDayInSweden() {
        assertThat(SwedishTime.date(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("2027-01-01");
        assertThat(SwedishTime.date(OffsetDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2027-01-01");
        assertThat(SwedishTime.date(LocalDateTime.of(2026, 12, 31, 23, 30))).isEqualTo("2027-01-01");
    }

    @Test
    void aDateStaysTheDateItIs() {
        assertThat(SwedishTime.date(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
        assertThat(SwedishTime.dateTime(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
    }

    @Test
    void nothingIsShownForNoTime() {
        assertThat(SwedishTime.date(null)).isEmpty();
        assertThat(SwedishTime.dateTime(null)).isEmpty();
    }
}
