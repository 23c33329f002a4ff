package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.benmanes.caffeine.cache.Ticker;

import se.delbart.search.SolutionDocument;
import se.delbart.search.lucene.LuceneSolutionSearch;

/** Need matches kept between requests: fresh, stale while a background query refreshes them, or matched now. */
class NeedMatchesTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    LuceneSolutionSearch lucene;
    final AtomicInteger queries = new AtomicInteger();
    final Deque<Runnable> background = new ArrayDeque<>();
    Instant now = T0;
    NeedMatches needs;

    @BeforeEach
    void setUp() {
        lucene = new LuceneSolutionSearch(dir);
        lucene.index(doc("Skolskjuts via webben", "Ansökan om skolskjuts i en e-tjänst."));
        Ticker ticker = () -> Duration.between(T0, now).toNanos();
        // the real adapter, counting the needs it matches
        se.delbart.search.SolutionSearch counting = (se.delbart.search.SolutionSearch) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] { se.delbart.search.SolutionSearch.class },
                        (proxy, method, args) -> {
                            if (method.getName().equals("count")) { // once per need matched
                                queries.incrementAndGet();
                            }
                            return method.invoke(lucene, args);
                        });
        needs = new NeedMatches(counting, ticker, background::add);
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @Test
    void aFreshMatchIsReusedAsItIs() {
        assertThat(needs.hits("digital ansökan om skolskjuts", 1)).hasSize(1);
        now = now.plusSeconds(30);
        assertThat(needs.hits("digital ansökan om skolskjuts", 1)).hasSize(1);
        assertThat(queries).hasValue(1);
        assertThat(background).isEmpty();
    }

    @Test
    void afterACatalogueChangeTheOldMatchIsServedWhileOneBackgroundQueryReplacesIt() {
        needs.hits("skolskjuts", 1);
        lucene.index(doc("Skolskjutsplanering", "Planering av skolskjuts."));
        // the catalogue changed (version 2): this request and the next get the old match, one refresh is queued
        assertThat(needs.hits("skolskjuts", 2)).hasSize(1);
        assertThat(needs.hits("skolskjuts", 2)).hasSize(1);
        assertThat(background).hasSize(1);
        assertThat(queries).hasValue(1);
        background.poll().run();
        assertThat(needs.hits("skolskjuts", 2)).hasSize(2);
        assertThat(queries).hasValue(2);
    }

    @Test
    void aMatchOlderThanTheStaleLimitIsMatchedOnTheRequest() {
        needs.hits("skolskjuts", 1);
        lucene.index(doc("Skolskjutsplanering", "Planering av skolskjuts."));
        now = now.plus(NeedMatches.MAX_STALE).plusSeconds(1);
        assertThat(needs.hits("skolskjuts", 1)).hasSize(2);
        assertThat(queries).hasValue(2);
        assertThat(background).isEmpty();
    }

    static SolutionDocument doc(String name, String summary) {
        return new SolutionDocument(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                name, summary, null, null, List.of(), Set.of(), Set.of("utbildning"), "SOFTWARE", "IN_PRODUCTION",
                "LOW", Set.of("PRAGMATIC"), "NONE", "LOCAL", "2260", "Ånge", "C8", "22", false, T0, 0);
    }
}
