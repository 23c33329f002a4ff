package se.delbart.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges for indexing health, read from the event publication registry (shared by all instances, so every instance
 * reports the same values): {@code delbart.events.incomplete} is the backlog of publications not yet handled (e.g.
 * the search engine is down), {@code delbart.search.indexing.lag} the age in seconds of the oldest of them (0 when
 * none). An alert on lag over a few minutes means index changes are stuck.
 */
@Component
class SearchMetrics {

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("delbart.events.incomplete", this, SearchMetrics::backlog)
                .description("Event publications not yet completed (all instances)").register(meters);
        Gauge.builder("delbart.search.indexing.lag", this, SearchMetrics::lagSeconds).baseUnit("seconds")
                .description("Age of the oldest incomplete event publication").register(meters);
    }

    double backlog() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }

    double lagSeconds() {
        try {
            Timestamp oldest = jdbc.sql("SELECT MIN(publication_date) FROM event_publication WHERE completion_date IS NULL")
                    .query(Timestamp.class).optional().orElse(null);
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toSeconds());
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
