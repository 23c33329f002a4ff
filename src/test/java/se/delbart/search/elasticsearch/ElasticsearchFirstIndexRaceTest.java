package se.delbart.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.delbart.search.SolutionDocument;
import se.delbart.testsupport.ElasticsearchTestExtension;
import se.delbart.testsupport.TestElasticsearch;

/**
 * Several instances starting together on an empty Elasticsearch cluster, on a real node: each adapter sees no alias
 * and creates the first index; and several rebuilds switching the alias at the same time. Afterwards the alias must
 * point at exactly one index, so that writes through it work, and every instance must read and write the same data.
 */
@ExtendWith(ElasticsearchTestExtension.class)
class ElasticsearchFirstIndexRaceTest {

    private static final int INSTANCES = 4;

    private final List<String> aliases = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);

    @AfterEach
    void cleanUp() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        aliases.forEach(TestElasticsearch::deleteIndices);
    }

    @Test
    void instancesStartingTogetherOnAnEmptyClusterShareOneIndex() throws Exception {
        for (int round = 0; round < 3; round++) {
            String alias = TestElasticsearch.uniqueAlias();
            aliases.add(alias);
            List<ElasticsearchSolutionSearch> instances = instances(alias);
            CyclicBarrier start = new CyclicBarrier(INSTANCES);
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                ElasticsearchSolutionSearch instance = instances.get(i);
                SolutionDocument document = document(alias, i);
                started.add(threads.submit(() -> {
                    start.await();
                    instance.index(document); // the first use creates the index when the alias is missing
                    return null;
                }));
            }
            for (Future<?> f : started) {
                f.get(60, TimeUnit.SECONDS); // rethrows an instance's failure
            }

            assertThat(indicesOf(alias)).as("indices behind the alias").hasSize(1);
            for (ElasticsearchSolutionSearch instance : instances) {
                assertThat(instance.count()).as("every instance sees every instance's document").isEqualTo(INSTANCES);
            }
            long askingForRebuild = instances.stream().filter(ElasticsearchSolutionSearch::needsRebuild).count();
            assertThat(askingForRebuild).as("only the instance that created the empty index asks for a rebuild")
                    .isEqualTo(1);
        }
    }

    @Test
    void rebuildsSwitchingTogetherLeaveTheAliasOnOneIndex() throws Exception {
        String alias = TestElasticsearch.uniqueAlias();
        aliases.add(alias);
        List<ElasticsearchSolutionSearch> instances = instances(alias);
        instances.get(0).index(document(alias, 99));
        List<SolutionDocument> catalogue = IntStream.range(0, 5).mapToObj(i -> document(alias, i)).toList();
        for (int round = 0; round < 3; round++) {
            CyclicBarrier start = new CyclicBarrier(INSTANCES);
            List<Future<?>> rebuilds = new ArrayList<>();
            for (ElasticsearchSolutionSearch instance : instances) {
                rebuilds.add(threads.submit(() -> {
                    start.await();
                    instance.rebuild(catalogue.stream(), n -> {
                    });
                    return null;
                }));
            }
            for (Future<?> f : rebuilds) {
                f.get(120, TimeUnit.SECONDS);
            }
            assertThat(indicesOf(alias)).as("indices behind the alias after round " + round).hasSize(1);
            SolutionDocument extra = document(alias, 100 + round);
            instances.get(round % INSTANCES).index(extra); // a write through the alias works
            for (ElasticsearchSolutionSearch instance : instances) {
                assertThat(instance.count()).isEqualTo(catalogue.size() + 1);
            }
            instances.get(0).remove(extra.id());
        }
    }

    private List<ElasticsearchSolutionSearch> instances(String alias) {
        // one shared client; each adapter keeps its own state, as a separate process would
        return IntStream.range(0, INSTANCES)
                .mapToObj(i -> new ElasticsearchSolutionSearch(TestElasticsearch.client(), alias)).toList();
    }

    private static Set<String> indicesOf(String alias) throws IOException {
        return TestElasticsearch.client().indices().getAlias(g -> g.name(alias)).aliases().keySet();
    }

    private static SolutionDocument document(String alias, int i) {
        return new SolutionDocument(UUID.nameUUIDFromBytes((alias + i).getBytes(StandardCharsets.UTF_8)),
                "Lösning " + i, "Sammanfattning " + i, null, null, List.of(), Set.of("tagg"), Set.of("utbildning"),
                "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"), "NONE", "LOCAL", "2260", "Ånge", "C8", "22",
                true, Instant.parse("2026-01-01T00:00:00Z"), 0);
    }
}
