package se.delbart.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one way times are shown: in Swedish time (Europe/Stockholm, summer time included), as {@code 2026-12-07} or
 * {@code 2026-12-07 10:15}. Stored times are instants (UTC); a {@link LocalDateTime} is taken to be UTC.
 */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SwedishTime() {
    }

    /** The time in Sweden, or null for null. */
    public static ZonedDateTime inSweden(TemporalAccessor time) {
        if (time == null) {
            return null;
        }
        if (time instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE);
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE);
        }
        if (time instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE);
        }
        throw new IllegalArgumentException("not a point in time: " + time.getClass().getName());
    }

    /** The Swedish date of a point in time, or a date as it is; empty for null. */
    public static String date(TemporalAccessor time) {
        if (time == null) {
            return "";
        }
        return time instanceof LocalDate date ? DATE.format(date) : DATE.format(inSweden(time));
    }

    /** Date, hours and minutes in Sweden; empty for null. A date alone is shown as a date. */
    public static String dateTime(TemporalAccessor time) {
        if (time == null) {
            return "";
        }
        return time instanceof LocalDate date ? DATE.format(date) : DATE_TIME.format(inSweden(time));
    }

    /** Today's date in Sweden on this clock. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
