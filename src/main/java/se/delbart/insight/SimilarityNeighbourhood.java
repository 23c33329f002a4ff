package se.delbart.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.delbart.search.SearchResult;
import se.delbart.search.SolutionSearch;

/**
 * Each local effort's more-like-this neighbours, relative to its best hit: what overlap detection links. It costs one
 * more-like-this query per published local solution — about 10 ms each at 100k solutions (docs/benchmarks.md), so
 * seconds for a thousand solutions and minutes at national scale, far too long for a page request every time a
 * solution changes. Hence stale-while-revalidate:
 * <ul>
 * <li>the first neighbourhood is computed on the request that needs it (there is nothing else to show);</li>
 * <li>after that a request gets the last computed neighbourhood at once; when the published catalogue has changed
 * since (another fingerprint) or it is older than {@code cacheFor}, one background computation replaces it (never two
 * at a time), so overlaps follow a change one computation later;</li>
 * <li>a neighbourhood computed while the index was behind the catalogue (it indexes after commit) is served, but
 * counts as stale: the next request has it replaced.</li>
 * </ul>
 * A background computation that fails (the search engine down) keeps the previous neighbourhood. At start the first
 * neighbourhood can be computed ahead of any request ({@link #warmUp}).
 */
final class SimilarityNeighbourhood {

    private static final Logger log = LoggerFactory.getLogger(SimilarityNeighbourhood.class);

    /**
     * What was computed, for which catalogue, and when; {@code complete} is false when the index held another number
     * of solutions than the catalogue at the time.
     */
    record Snapshot(long fingerprint, Instant computedAt, Map<UUID, Map<UUID, Double>> similar, boolean complete) {
    }

    /** What a neighbourhood is computed over: all published solutions, and the local efforts among them. */
    record Catalogue(Collection<SolutionFacts> published, List<SolutionFacts> local) {
    }

    private final SolutionSearch search;
    private final Clock clock;
    private final Executor background;
    private final int neighbours;
    private final Duration cacheFor;
    private final AtomicBoolean computing = new AtomicBoolean();
    private final Object firstComputation = new Object();
    private volatile Snapshot current;

    SimilarityNeighbourhood(SolutionSearch search, Clock clock, Executor background, int neighbours,
            Duration cacheFor) {
        this.search = search;
        this.clock = clock;
        this.background = background;
        this.neighbours = neighbours;
        this.cacheFor = cacheFor;
    }

    /**
     * The neighbourhood of {@code local} (the published local efforts) within {@code published} (all published
     * solutions: the catalogue the fingerprint and the index check are taken over).
     *
     * @throws se.delbart.search.SearchUnavailableException when it has to be computed now and the search engine is
     *                                                      unreachable
     */
    Snapshot of(Collection<SolutionFacts> published, List<SolutionFacts> local) {
        long fingerprint = fingerprint(published);
        Snapshot shown = current;
        if (shown == null) {
            synchronized (firstComputation) {
                shown = current;
                if (shown == null) {
                    return compute(published.size(), local, fingerprint);
                }
            }
        }
        boolean stale = !shown.complete() || shown.fingerprint() != fingerprint
                || !shown.computedAt().plus(cacheFor).isAfter(clock.instant());
        if (stale && computing.compareAndSet(false, true)) {
            List<SolutionFacts> copy = List.copyOf(local);
            int size = published.size();
            try {
                background.execute(() -> {
                    try {
                        compute(size, copy, fingerprint);
                    } catch (RuntimeException e) {
                        log.warn("Overlap neighbourhood not recomputed, the previous one stays: {}", e.getMessage());
                    } finally {
                        computing.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                computing.set(false);
            }
        }
        return shown;
    }

    /**
     * Computes the first neighbourhood in the background, before a request needs it: once the search index holds as
     * many solutions as {@code publishedCount} gives (a rebuild at start may still be filling it), checking every
     * {@code pollEvery}, or when {@code patience} has passed, whatever it holds then. Nothing is computed when a
     * request got there first. A failure is logged; the first request then computes it as before.
     */
    void warmUp(LongSupplier publishedCount, Supplier<Catalogue> catalogue, Duration patience, Duration pollEvery) {
        try {
            background.execute(() -> {
                try {
                    Instant giveUp = clock.instant().plus(patience);
                    while (current == null && search.count() != publishedCount.getAsLong()
                            && clock.instant().isBefore(giveUp)) {
                        Thread.sleep(pollEvery.toMillis());
                    }
                    synchronized (firstComputation) {
                        if (current == null) {
                            Catalogue now = catalogue.get();
                            Snapshot computed = compute(now.published().size(), now.local(),
                                    fingerprint(now.published()));
                            log.info("Overlap neighbourhood computed at start: {} local efforts",
                                    computed.similar().size());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.warn("Overlap neighbourhood not computed at start, the first request will: {}",
                            e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Overlap neighbourhood warm-up not queued: a computation is already waiting");
        }
    }

    /** When the neighbourhood in use was computed; null before the first. */
    Instant computedAt() {
        Snapshot shown = current;
        return shown == null ? null : shown.computedAt();
    }

    private Snapshot compute(int publishedCount, List<SolutionFacts> local, long fingerprint) {
        Instant started = clock.instant();
        Map<UUID, Map<UUID, Double>> similar = new HashMap<>();
        for (SolutionFacts s : local) {
            List<SearchResult.Hit> hits = search.moreLikeThis(s.id(), neighbours);
            Map<UUID, Double> near = new HashMap<>();
            double top = hits.isEmpty() ? 1 : Math.max(hits.get(0).score(), 1e-9f);
            hits.forEach(h -> near.put(h.id(), h.score() / top));
            similar.put(s.id(), near);
        }
        Snapshot computed = new Snapshot(fingerprint, started, similar, search.count() == publishedCount);
        current = computed;
        return computed;
    }

    /** The same for the same published solutions in any order; another when one is added, removed or changed. */
    private static long fingerprint(Collection<SolutionFacts> published) {
        long fingerprint = published.size();
        for (SolutionFacts s : published) {
            long h = (31L * s.id().hashCode() + s.hashCode()) * 0x9E3779B97F4A7C15L;
            fingerprint += h ^ (h >>> 29);
        }
        return fingerprint;
    }
}
