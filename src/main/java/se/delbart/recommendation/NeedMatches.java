package se.delbart.recommendation;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionSearch;

/**
 * Declared needs matched against the search port ({@link NeedMatcher}), kept between requests in a Caffeine cache: a
 * need's text costs a few relevance queries over the whole catalogue (tens of milliseconds at 100k solutions), far
 * more than ranking itself. Stale-while-revalidate:
 * <ul>
 * <li>a match younger than {@link #FRESH} taken at the current catalogue version is used as it is;</li>
 * <li>an older one (or one from before a catalogue change), up to {@link #MAX_STALE}, is used for this request while
 * one background run per text replaces it — a solution published a moment ago reaches need matches on the next
 * request after that run, not on the request itself;</li>
 * <li>a text never matched, or not for {@link #MAX_STALE}, is matched on the request.</li>
 * </ul>
 * With the search engine down, a stale match is kept (and served) rather than lost: a failed refresh leaves it.
 */
final class NeedMatches {

    static final int NEED_HITS = 100;
    /** Matches at the current catalogue version are reused this long as they are (indexing is asynchronous). */
    static final Duration FRESH = Duration.ofSeconds(60);
    /** Older matches are served while being refreshed in the background, up to this age. */
    static final Duration MAX_STALE = Duration.ofMinutes(10);
    static final int MAX_TEXTS = 10_000;

    private final NeedMatcher matcher;
    private final LoadingCache<String, Match> matches;
    /** The newest catalogue version asked for: a background run matches at it. */
    private volatile long catalogVersion;

    private record Match(Map<UUID, NeedMatcher.Hit> hits, long catalogVersion) {
    }

    /**
     * @param refresher runs the background refreshes; one that refuses a task (a full queue) drops that refresh, and
     *     the next request asks again
     */
    NeedMatches(SolutionSearch search, Ticker ticker, Executor refresher) {
        this.matcher = new NeedMatcher(search, ticker);
        this.matches = Caffeine.newBuilder().maximumSize(MAX_TEXTS).refreshAfterWrite(FRESH)
                .expireAfterWrite(MAX_STALE).ticker(ticker).executor(Runnable::run)
                .build(new CacheLoader<>() {
                    @Override
                    public Match load(String text) {
                        return match(text);
                    }

                    @Override
                    public CompletableFuture<Match> asyncReload(String text, Match old, Executor maintenance) {
                        return CompletableFuture.supplyAsync(() -> match(text), refresher);
                    }
                });
    }

    /**
     * The solutions matching a need's text ({@link NeedMatcher#match}), at most {@value #NEED_HITS}.
     *
     * @throws SearchUnavailableException when the text has to be matched now and the search engine is unreachable
     */
    Map<UUID, NeedMatcher.Hit> hits(String text, long currentVersion) {
        if (currentVersion > catalogVersion) {
            catalogVersion = currentVersion;
        }
        Match match = matches.get(text);
        if (match.catalogVersion() != currentVersion) {
            matches.refresh(text); // one run at a time per text; this request gets the match it has
        }
        return match.hits();
    }

    private Match match(String text) {
        long version = catalogVersion;
        return new Match(Map.copyOf(matcher.match(text, NEED_HITS, version)), version);
    }
}
