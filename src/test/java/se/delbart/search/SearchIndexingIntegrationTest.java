package se.delbart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * Indexing end to end: catalogue changes reach the index through the persistent event registry, also when the
 * search engine is unavailable at the moment of the change. The outage is injected at the port (the adapter below is
 * the real one, wrapped), since an embedded index cannot be "unplugged".
 */
@SpringBootTest(properties = { "delbart.search.repair-min-age=PT0S", "delbart.search.repair-interval=PT1S",
        "delbart.search.adoption-debounce=PT2S" })
@ActiveProfiles("test")
class SearchIndexingIntegrationTest {

    static final AtomicBoolean SEARCH_ENGINE_DOWN = new AtomicBoolean();
    /** How often each solution was written to the index. */
    static final java.util.Map<UUID, java.util.concurrent.atomic.AtomicInteger> INDEXED =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** While set, a rebuild waits for it to count down: the window in which readiness must say OUT_OF_SERVICE. */
    static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> REBUILD_HELD =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** Wraps the real adapter; while {@link #SEARCH_ENGINE_DOWN} is set, writes fail as they would with a dead node. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OutageInjection {
        @Bean
        static BeanPostProcessor outageInjector() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof SolutionSearch real && !(bean instanceof Unreliable) ? new Unreliable(real) : bean;
                }
            };
        }
    }

    record Unreliable(SolutionSearch real) implements SolutionSearch, AutoCloseable {
        @Override
        public void close() throws Exception {
            if (real instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        private void check() {
            if (SEARCH_ENGINE_DOWN.get()) {
                throw new IllegalStateException("search engine unavailable (injected)");
            }
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return real.search(query);
        }

        @Override
        public List<ScoredId> topMatches(String text, int limit) {
            return real.topMatches(text, limit);
        }

        @Override
        public List<Suggestion> suggest(String prefix, int limit) {
            return real.suggest(prefix, limit);
        }

        @Override
        public List<SearchResult.Hit> moreLikeThis(UUID id, int limit) {
            return real.moreLikeThis(id, limit);
        }

        @Override
        public void index(SolutionDocument document) {
            check();
            real.index(document);
            INDEXED.computeIfAbsent(document.id(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }

        @Override
        public void remove(UUID id) {
            check();
            real.remove(id);
        }

        @Override
        public void rebuild(Stream<SolutionDocument> documents, LongConsumer progress) {
            check();
            java.util.concurrent.CountDownLatch held = REBUILD_HELD.get();
            if (held != null) {
                try {
                    held.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            real.rebuild(documents, progress);
        }

        @Override
        public long count() {
            return real.count();
        }

        @Override
        public boolean needsRebuild() {
            return real.needsRebuild();
        }
    }

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    SolutionSearch search;

    @Autowired
    SearchIndexMaintenance maintenance;

    @Autowired
    SearchIndexHealth health;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    AdoptionIndexQueue queue;

    private int indexed(UUID id) {
        return INDEXED.getOrDefault(id, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    private final Actor editor = new Actor("indexing-test", Role.EDITOR, "2281");

    @AfterEach
    void engineBack() {
        SEARCH_ENGINE_DOWN.set(false);
    }

    private List<UUID> hits(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static String word() {
        // a made-up word no other test uses, so only our solution can match it
        return se.delbart.search.SearchTestWords.unique();
    }

    private SolutionDetails details(String word) {
        return SolutionFixtures.withSummary(SolutionFixtures.complete("Indexering " + word), "Sammanfattning med " + word);
    }

    @Test
    void publishingMakesFindableChangingUpdatesWithdrawingRemoves() {
        String word = word();
        UUID id = catalog.create(editor, details(word)).id();
        assertThat(hits(word)).as("drafts are not searchable").isEmpty();

        catalog.publish(editor, id, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(word).contains(id));

        String other = word();
        catalog.update(editor, id, catalog.get(editor, id).version(), details(other));
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(other).contains(id) && !hits(word).contains(id));

        catalog.withdraw(editor, id, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(other).isEmpty());
    }

    @Test
    void aChangeMadeWhileTheSearchEngineIsDownArrivesWhenItIsBack() throws Exception {
        String word = word();
        UUID id = catalog.create(editor, details(word)).id();
        SEARCH_ENGINE_DOWN.set(true);
        catalog.publish(editor, id, null);

        Thread.sleep(2_000); // the listener has run and failed by now; the publication stays incomplete
        assertThat(hits(word)).isEmpty();

        SEARCH_ENGINE_DOWN.set(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> hits(word).contains(id));
    }

    @Test
    void aReindexRebuildsFromTheDatabase() {
        String word = word();
        UUID id = catalog.create(editor, details(word)).id();
        SEARCH_ENGINE_DOWN.set(true);
        catalog.publish(editor, id, null);
        SEARCH_ENGINE_DOWN.set(false);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var status = maintenance.startReindex();
            return status.state() == SearchIndexMaintenance.ReindexStatus.State.RUNNING;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> maintenance.status().state() != SearchIndexMaintenance.ReindexStatus.State.RUNNING);
        assertThat(maintenance.status().state()).isEqualTo(SearchIndexMaintenance.ReindexStatus.State.DONE);
        assertThat(hits(word)).contains(id);
        assertThat(search.count()).isEqualTo(catalog.countPublished());
    }

    @Test
    void readinessSaysOutOfServiceWhileTheIndexDisagreesWithTheCatalogueAtStart() {
        assertThat(health.health().getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
        String word = word();
        UUID id = catalog.create(editor, details(word)).id();
        catalog.publish(editor, id, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(word).contains(id));
        search.remove(id); // the index now holds one document fewer than the catalogue, as after a lost write
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        REBUILD_HELD.set(hold);
        try {
            maintenance.rebuildIfNeeded(); // what a start does
            var during = health.health();
            assertThat(during.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.OUT_OF_SERVICE);
            assertThat(during.getDetails()).containsEntry("state", "REBUILDING");
            // a rebuild an administrator starts meanwhile keeps the old generation serving: it changes nothing here
            hold.countDown();
            await().atMost(Duration.ofSeconds(60)).until(() -> health.health().getStatus()
                    == org.springframework.boot.health.contributor.Status.UP);
            assertThat(health.health().getDetails().get("detail").toString()).contains("rebuilt");
            assertThat(hits(word)).contains(id);
        } finally {
            hold.countDown();
            REBUILD_HELD.set(null);
        }
    }

    @Test
    void aBurstOfAdoptionChangesIndexesTheSolutionOnce() throws Exception {
        String word = word();
        UUID id = catalog.create(editor, details(word)).id();
        catalog.publish(editor, id, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(word).contains(id));
        // the repair (every second here, at any age) may index the publication once more until it is marked complete
        Thread.sleep(2_500);
        int before = indexed(id);

        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 20; i++) {
                events.publishEvent(new se.delbart.adoption.AdoptionChanged(UUID.randomUUID(), id, "2260",
                        se.delbart.adoption.AdoptionStatus.PLANNING, java.time.Instant.now()));
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> indexed(id) > before);
        Thread.sleep(3_000); // longer than the debounce: a second reindex of the same burst would show by now
        assertThat(indexed(id) - before).as("reindexes for a burst of 20 adoption changes").isEqualTo(1);
        assertThat(queue.due(java.time.Instant.now().plusSeconds(60), 1000)).doesNotContainKey(id);
    }

    @Test
    void aQueuedSolutionIsIndexedEvenIfTheInstanceThatQueuedItIsGone() {
        String word = word();
        UUID id = catalog.create(editor, details(word)).id();
        catalog.publish(editor, id, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(word).contains(id));
        search.remove(id); // the index has lost the solution; no event will bring it back
        assertThat(hits(word)).isEmpty();
        // the row a crashed instance left behind: nothing in memory knows of it
        queue.add(id, java.time.Instant.now().minusSeconds(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> hits(word).contains(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> !queue.due(java.time.Instant.now().plusSeconds(60), 1000)
                .containsKey(id));
    }
}
