package se.delbart.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.IDLE);

    SearchIndexMaintenance(SolutionCatalog catalog, SolutionDocuments documents, SolutionSearch search,
            SolutionIndexer indexer, Clock clock) {
        this.catalog = catalog;
        this.documents = documents;
        this.search = search;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** At start: rebuild when the index schema changed, or the index is empty while the catalogue is not. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        long published = catalog.countPublished();
        if (search.needsRebuild() || search.count() != published) {
            log.info("Search index needs a rebuild (schema changed: {}, documents: {}, published: {})",
                    search.needsRebuild(), search.count(), published);
            startReindex();
        }
    }

    public ReindexStatus status() {
        return status.get();
    }

    /** Starts a reindex unless one runs; returns the status either way. */
    public synchronized ReindexStatus startReindex() {
        if (status.get().state() == ReindexStatus.State.RUNNING) {
            return status.get();
        }
        Instant started = clock.instant();
        status.set(new ReindexStatus(ReindexStatus.State.RUNNING, catalog.countPublished(), 0, started, null, null));
        executor.submit(() -> run(started));
        return status.get();
    }

    private void run(Instant started) {
        try {
            search.rebuild(publishedDocuments(), done -> status.updateAndGet(s -> new ReindexStatus(s.state(),
                    s.total(), done, s.startedAt(), null, null)));
            catalog.changedSince(started).forEach(indexer::sync);
            status.updateAndGet(s -> new ReindexStatus(ReindexStatus.State.DONE, s.total(), s.done(), s.startedAt(),
                    clock.instant(), null));
            log.info("Search index rebuilt: {} solutions", status.get().done());
        } catch (RuntimeException e) {
            log.error("Search reindex failed", e);
            status.updateAndGet(s -> new ReindexStatus(ReindexStatus.State.FAILED, s.total(), s.done(), s.startedAt(),
                    clock.instant(), "The reindex failed: " + e.getMessage()));
        }
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
