package se.delbart.insight.needs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import se.delbart.insight.InsightProperties;
import se.delbart.search.UnansweredSearch;
import se.delbart.shared.BackgroundExecutors;
import se.delbart.shared.ExclusiveJobs;
import se.delbart.shared.SwedishTime;

/**
 * Keeps unanswered searches (table {@code unanswered_search}, Flyway V15) without user identity. The listener only
 * hands the event to one background thread with a bounded queue ({@link #QUEUE}); when the queue is full the entry is
 * dropped and counted, so a burst of searches or a slow database never slows or breaks a search. Entries older than
 * the retention ({@link InsightProperties#unansweredSearchRetention()}, {@code delbart.insight.unanswered-search-retention},
 * default 13 months) are purged daily.
 */
@Component
public class UnansweredSearchLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UnansweredSearchLog.class);
    static final int QUEUE = 1000;
    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    /** One logged search: what the views read. {@code kommunkod} is null for anonymous or national users. */
    public record Entry(String text, String kommunkod, int resultCount, LocalDate day, String domain) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExclusiveJobs lock;
    private final Period retention;
    private final ThreadPoolTaskExecutor writer;
    private final AtomicLong dropped = new AtomicLong();

    UnansweredSearchLog(JdbcClient jdbc, Clock clock, ExclusiveJobs lock, InsightProperties properties,
            MeterRegistry meters) {
        this.writer = BackgroundExecutors.singleThread("unanswered-search-log", QUEUE, meters);
        this.jdbc = jdbc;
        this.clock = clock;
        this.lock = lock;
        this.retention = properties.unansweredSearchRetention();
    }

    @EventListener
    void on(UnansweredSearch search) {
        try {
            writer.execute(() -> write(search));
        } catch (RejectedExecutionException e) {
            long n = dropped.incrementAndGet();
            if (n == 1 || n % 1000 == 0) {
                log.warn("Unanswered-search log is full: {} entries dropped so far", n);
            }
        } catch (RuntimeException e) {
            log.warn("Unanswered search not logged: {}", e.toString());
        }
    }

    private void write(UnansweredSearch search) {
        try {
            if (search.text().isEmpty()) {
                return;
            }
            jdbc.sql("""
                    insert into unanswered_search (query_text, kommunkod, result_count, search_day, domain)
                    values (?, ?, ?, ?, ?)""")
                    .params(search.text(), search.municipalityCode(), (int) Math.min(search.resultCount(), Integer.MAX_VALUE),
                            search.day(), search.domain() == null || search.domain().length() > 40 ? null : search.domain())
                    .update();
        } catch (RuntimeException e) {
            log.warn("Unanswered search not logged: {}", e.toString());
        }
    }

    /** Waits (at most the given time) until entries handed over so far are written; for tests and shutdown. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (writer.getActiveCount() > 0 || !writer.getThreadPoolExecutor().getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Entries since the given day (inclusive), oldest first. */
    public List<Entry> since(LocalDate from) {
        return jdbc.sql("""
                select query_text, kommunkod, result_count, search_day, domain from unanswered_search
                where search_day >= ? order by search_day, id""").param(from)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    /** The first day still kept. */
    public LocalDate oldestKept() {
        return LocalDate.now(clock.withZone(SWEDEN)).minus(retention);
    }

    @Scheduled(cron = "${delbart.insight.unanswered-search-purge:0 17 3 * * *}")
    void purgeOld() {
        lock.runExclusively("unanswered-search-purge", Duration.ofMinutes(10), Duration.ofMinutes(1), this::purge);
    }

    /** Deletes entries older than the retention; returns how many. */
    public int purge() {
        int deleted = jdbc.sql("delete from unanswered_search where search_day < ?").param(oldestKept()).update();
        if (deleted > 0) {
            log.info("Purged {} unanswered searches older than {}", deleted, retention);
        }
        return deleted;
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }
}
