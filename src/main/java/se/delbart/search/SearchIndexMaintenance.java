package se.delbart.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import se.delbart.catalog.SolutionCatalog;

/**
 * Full reindex from the database, the source of truth: one at a time, in the background, with progress. The adapter
 * builds a new index and switches to it atomically, so searches go on meanwhile. Solutions that change while the
 * rebuild runs are synchronised again after the switch, so no change made during a rebuild is lost.
 */
@Service
public class SearchIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);
    private static final int PAGE_SIZE = 500;

    /** Where a reindex stands. {@code total} is the number of published solutions when it started. */
    public record ReindexStatus(State state, long total, long done, Instant startedAt, Instant finishedAt,
            String error) {
        public enum State { IDLE, RUNNING, DONE, FAILED }

        static final ReindexStatus IDLE = new ReindexStatus(State.IDLE, 0, 0, null, null, null);
    }

    private final SolutionCatalog catalog;
    private final SolutionDocuments documents;
    private final SolutionSearch search;
    private final SolutionIndexer indexer;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-reindex");
        t.setDaemon(true);
        return t;
    });
    /** This instance's run, if any; what clients see is the row in the database (V19), shared by all instances. */
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.IDLE);
    private final JdbcClient jdbc;
    private volatile Instant lastWrite = Instant.EPOCH;
    private final IndexReadiness readiness = new IndexReadiness();

    /** A RUNNING status that has not moved for this long belongs to an instance that died. */
    static final Duration STALLED = Duration.ofMinutes(10);
    /** Progress is written at most this often. */
    private static final Duration WRITE_EVERY = Duration.ofMillis(500);

    SearchIndexMaintenance(SolutionCatalog catalog, SolutionDocuments documents, SolutionSearch search,
            SolutionIndexer indexer, Clock clock, JdbcClient jdbc) {
        this.catalog = catalog;
        this.documents = documents;
        this.search = search;
        this.indexer = indexer;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * At start: rebuild when the index schema changed, or the index does not hold as many documents as the catalogue
     * has published solutions. Until that rebuild ends, {@link #readiness()} keeps the instance out of traffic.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        try {
            long published = catalog.countPublished();
            boolean schemaChanged = search.needsRebuild();
            long documents = search.count();
            if (schemaChanged || documents != published) {
                log.info("Search index needs a rebuild (schema changed: {}, documents: {}, published: {})",
                        schemaChanged, documents, published);
                readiness.rebuilding(schemaChanged ? "the index schema changed; rebuilding from the database"
                        : "the index holds " + documents + " documents for " + published
                                + " published solutions; rebuilding from the database");
                // this instance's own need (an embedded index is per instance): not held back by another's run
                start(false);
            } else {
                readiness.inStep(documents);
            }
        } catch (RuntimeException e) {
            log.warn("Could not compare the search index with the catalogue at start: {}", e.getMessage());
            readiness.failed("could not compare the index with the catalogue: " + e.getMessage());
        }
    }

    /** Whether this instance's index may serve (the readiness group's {@code searchIndex}). */
    IndexReadiness readiness() {
        return readiness;
    }

    /** The latest reindex, whichever instance runs or ran it. */
    public ReindexStatus status() {
        return stored().map(Stored::status).orElse(ReindexStatus.IDLE);
    }

    /** Starts a reindex unless one runs (on any instance); returns the status either way. */
    public ReindexStatus startReindex() {
        return start(true);
    }

    private synchronized ReindexStatus start(boolean oneForAllInstances) {
        Optional<Stored> current = stored();
        if (status.get().state() == ReindexStatus.State.RUNNING) {
            return current.map(Stored::status).orElse(status.get());
        }
        if (oneForAllInstances && current.isPresent() && current.get().status().state() == ReindexStatus.State.RUNNING
                && current.get().updatedAt().isAfter(clock.instant().minus(STALLED))) {
            return current.get().status();
        }
        // milliseconds: what the database keeps, so that every instance shows the same instant
        Instant started = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        status.set(new ReindexStatus(ReindexStatus.State.RUNNING, catalog.countPublished(), 0, started, null, null));
        write(status.get(), true);
        executor.submit(() -> run(started));
        return status.get();
    }

    private void run(Instant started) {
        try {
            search.rebuild(publishedDocuments(), done -> write(status.updateAndGet(s -> new ReindexStatus(s.state(),
                    s.total(), done, s.startedAt(), null, null)), false));
            catalog.changedSince(started).forEach(indexer::sync);
            write(status.updateAndGet(s -> new ReindexStatus(ReindexStatus.State.DONE, s.total(), s.done(),
                    s.startedAt(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), null)), true);
            readiness.rebuilt(status.get().done());
            log.info("Search index rebuilt: {} solutions", status.get().done());
        } catch (RuntimeException e) {
            log.error("Search reindex failed", e);
            readiness.failed("the rebuild failed: " + e.getMessage());
            write(status.updateAndGet(s -> new ReindexStatus(ReindexStatus.State.FAILED, s.total(), s.done(),
                    s.startedAt(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                    "The reindex failed: " + e.getMessage())), true);
        }
    }

    private record Stored(ReindexStatus status, Instant updatedAt) {
    }

    private Optional<Stored> stored() {
        return jdbc.sql("SELECT state, total, done, started_at, finished_at, error, updated_at FROM search_reindex_status"
                + " WHERE id = 1").query((rs, n) -> new Stored(new ReindexStatus(
                        ReindexStatus.State.valueOf(rs.getString("state")), rs.getLong("total"), rs.getLong("done"),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                        rs.getString("error")), instant(rs.getTimestamp("updated_at")))).optional();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Writes the status for every instance to see; progress at most every {@link #WRITE_EVERY}. */
    private void write(ReindexStatus s, boolean always) {
        Instant now = clock.instant();
        if (!always && now.isBefore(lastWrite.plus(WRITE_EVERY))) {
            return;
        }
        lastWrite = now;
        String error = s.error() == null || s.error().length() <= 1000 ? s.error() : s.error().substring(0, 1000);
        int updated = jdbc.sql("UPDATE search_reindex_status SET state = :state, total = :total, done = :done,"
                + " started_at = :started, finished_at = :finished, error = :error, updated_at = :now WHERE id = 1")
                .param("state", s.state().name()).param("total", s.total()).param("done", s.done())
                .param("started", timestamp(s.startedAt())).param("finished", timestamp(s.finishedAt()))
                .param("error", error).param("now", timestamp(now)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO search_reindex_status (id, state, total, done, started_at, finished_at, error,"
                    + " updated_at) VALUES (1, :state, :total, :done, :started, :finished, :error, :now)")
                    .param("state", s.state().name()).param("total", s.total()).param("done", s.done())
                    .param("started", timestamp(s.startedAt())).param("finished", timestamp(s.finishedAt()))
                    .param("error", error).param("now", timestamp(now)).update();
        }
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    /** All published solutions as documents, read page by page (each page its own short transaction). */
    Stream<SolutionDocument> publishedDocuments() {
        Iterator<List<SolutionDocument>> pages = new Iterator<>() {
            private int page;
            private boolean last;

            @Override
            public boolean hasNext() {
                return !last;
            }

            @Override
            public List<SolutionDocument> next() {
                if (last) {
                    throw new NoSuchElementException();
                }
                var next = catalog.publishedPage(page++, PAGE_SIZE);
                last = next.isLast();
                return documents.ofAll(next.getContent());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
