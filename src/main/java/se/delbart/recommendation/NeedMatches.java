package se.delbart.recommendation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionSearch;
import se.delbart.shared.BackgroundThread;

/**
 * Declared needs matched against the search port ({@link NeedMatcher}), kept between requests: a need's text costs a
 * few relevance queries over the whole catalogue (tens of milliseconds at 100k solutions), far more than ranking
 * itself. Stale-while-revalidate:
 * <ul>
 * <li>a match younger than {@link #FRESH} taken at the current catalogue version is used as it is;</li>
 * <li>an older one (or one from before a catalogue change), up to {@link #MAX_STALE}, is used for this request while
 * one background query per text replaces it — a solution published a moment ago reaches need matches on the next
 * request after that query, not on the request itself;</li>
 * <li>a text never matched, or not for {@link #MAX_STALE}, is matched on the request.</li>
 * </ul>
 * With the search engine down, a stale match is kept (and served) rather than lost.
 */
final class NeedMatches {

    private static final Logger log = LoggerFactory.getLogger(NeedMatches.class);

    static final int NEED_HITS = 100;
    /** Matches at the current catalogue version are reused this long as they are (indexing is asynchronous). */
    static final Duration FRESH = Duration.ofSeconds(60);
    /** Older matches are served while being refreshed in the background, up to this age. */
    static final Duration MAX_STALE = Duration.ofMinutes(10);
    static final int MAX_TEXTS = 10_000;
    private static final int QUEUE = 1_000;

    private final NeedMatcher matcher;
    private final Clock clock;
    private final Executor refresher;
    private final Map<String, Match> matches = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    private record Match(Map<UUID, NeedMatcher.Hit> hits, long catalogVersion, Instant at) {
    }

    NeedMatches(SolutionSearch search, Clock clock, Executor refresher) {
        this.matcher = new NeedMatcher(search);
        this.clock = clock;
        this.refresher = refresher;
    }

    /**
     * One daemon thread for the background queries, at most {@value #QUEUE} waiting (more are dropped: the next
     * request for that need asks again); {@link ExecutorService#shutdownNow()} it on shutdown.
     */
    static ExecutorService backgroundRefresher() {
        return BackgroundThread.named("need-match-refresh", QUEUE);
    }

    /**
     * The solutions matching a need's text ({@link NeedMatcher#match}), at most {@value #NEED_HITS}.
     *
     * @throws SearchUnavailableException when the text has to be matched now and the search engine is unreachable
     */
    Map<UUID, NeedMatcher.Hit> hits(String text, long catalogVersion) {
        Instant now = clock.instant();
        Match cached = matches.get(text);
        if (cached != null) {
            Duration age = Duration.between(cached.at(), now);
            if (cached.catalogVersion() == catalogVersion && age.compareTo(FRESH) < 0) {
                return cached.hits();
            }
            if (age.compareTo(MAX_STALE) < 0) {
                refreshLater(text, catalogVersion);
                return cached.hits();
            }
        }
        return refresh(text, catalogVersion);
    }

    private void refreshLater(String text, long catalogVersion) {
        if (!refreshing.add(text)) {
            return; // one background query per text at a time
        }
        try {
            refresher.execute(() -> {
                try {
                    refresh(text, catalogVersion);
                } catch (SearchUnavailableException e) {
                    log.warn("Need '{}' not refreshed, the previous match stays: {}", text, e.getMessage());
                } finally {
                    refreshing.remove(text);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.remove(text); // the pool is full: the next request tries again
        }
    }

    private Map<UUID, NeedMatcher.Hit> refresh(String text, long catalogVersion) {
        Instant at = clock.instant();
        Map<UUID, NeedMatcher.Hit> hits = Map.copyOf(matcher.match(text, NEED_HITS));
        if (matches.size() >= MAX_TEXTS && !matches.containsKey(text)) {
            matches.clear();
        }
        matches.put(text, new Match(hits, catalogVersion, at));
        return hits;
    }
}
