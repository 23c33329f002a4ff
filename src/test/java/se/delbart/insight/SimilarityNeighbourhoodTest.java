package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.delbart.catalog.DayRange;
import se.delbart.catalog.Domain;
import se.delbart.catalog.SolutionType;
import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.lucene.LuceneSolutionSearch;

/**
 * The overlap neighbourhood on the real Lucene adapter: computed on the first request, then served at once while a
 * change is computed in the background, one computation at a time, the previous one kept when it fails.
 */
class SimilarityNeighbourhoodTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration CACHE_FOR = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    LuceneSolutionSearch lucene;
    final AtomicInteger moreLikeThis = new AtomicInteger();
    final AtomicBoolean searchDown = new AtomicBoolean();
    final Deque<Runnable> background = new ArrayDeque<>();
    Instant now = T0;
    SimilarityNeighbourhood neighbourhood;
    final List<SolutionFacts> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        lucene = new LuceneSolutionSearch(dir);
        publish(1, "Skolskjuts i en e-tjänst", "Vårdnadshavare ansöker om skolskjuts digitalt och får beslut direkt.");
        publish(2, "Digital ansökan om skolskjuts",
                "Ansök om skolskjuts för ditt barn i en e-tjänst med beslut direkt.");
        publish(3, "Bygglov på webben", "Lämna in ansökan om bygglov med ritningar och följ ärendet.");
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        // the real adapter, counting the more-like-this queries and failing them while "down"
        SolutionSearch counting = (SolutionSearch) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SolutionSearch.class}, (proxy, method, args) -> {
                    if (method.getName().equals("moreLikeThis")) {
                        if (searchDown.get()) {
                            throw new SearchUnavailableException("down in the test", null);
                        }
                        moreLikeThis.incrementAndGet();
                    }
                    return method.invoke(lucene, args);
                });
        neighbourhood = new SimilarityNeighbourhood(counting, clock, background::add, 5, CACHE_FOR);
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @Test
    void theFirstNeighbourhoodIsComputedOnTheRequestAndThenReused() {
        SimilarityNeighbourhood.Snapshot first = neighbourhood.of(published, published);

        assertThat(first.similar().get(OverlapFinderTest.id(1))).containsKey(OverlapFinderTest.id(2));
        assertThat(moreLikeThis).hasValue(3);
        assertThat(background).isEmpty();

        now = now.plus(CACHE_FOR.minusSeconds(1));
        assertThat(neighbourhood.of(published, published)).isSameAs(first);
        assertThat(moreLikeThis).hasValue(3);
        assertThat(background).isEmpty();
    }

    @Test
    void afterAChangeThePreviousIsServedWhileOneBackgroundComputationReplacesIt() {
        SimilarityNeighbourhood.Snapshot before = neighbourhood.of(published, published);
        publish(4, "Skolskjutsplanering", "Planera skolskjuts och ansökan om skolskjuts i en e-tjänst.");

        assertThat(neighbourhood.of(published, published)).isSameAs(before);
        assertThat(neighbourhood.of(published, published)).isSameAs(before);
        assertThat(background).as("one computation at a time").hasSize(1);
        assertThat(moreLikeThis).hasValue(3);

        background.poll().run();

        SimilarityNeighbourhood.Snapshot after = neighbourhood.of(published, published);
        assertThat(after).isNotSameAs(before);
        assertThat(after.similar()).containsKey(OverlapFinderTest.id(4));
        assertThat(moreLikeThis).hasValue(7);
        assertThat(background).isEmpty();
    }

    @Test
    void anOldNeighbourhoodIsRecomputedInTheBackgroundEvenWithoutAChange() {
        SimilarityNeighbourhood.Snapshot before = neighbourhood.of(published, published);
        now = now.plus(CACHE_FOR);

        assertThat(neighbourhood.of(published, published)).isSameAs(before);
        assertThat(background).hasSize(1);
        background.poll().run();

        assertThat(neighbourhood.of(published, published).computedAt()).isEqualTo(now);
    }

    @Test
    void aFailedBackgroundComputationKeepsThePreviousAndALaterRequestTriesAgain() {
        SimilarityNeighbourhood.Snapshot before = neighbourhood.of(published, published);
        publish(4, "Skolskjutsplanering", "Planera skolskjuts och ansökan om skolskjuts i en e-tjänst.");
        searchDown.set(true);

        neighbourhood.of(published, published);
        background.poll().run();

        assertThat(neighbourhood.of(published, published)).isSameAs(before);
        assertThat(background).as("tried again").hasSize(1);
        searchDown.set(false);
        background.poll().run();
        assertThat(neighbourhood.of(published, published).similar()).containsKey(OverlapFinderTest.id(4));
    }

    @Test
    void aNeighbourhoodComputedWhileTheIndexIsBehindIsServedAndReplacedByTheNextComputation() {
        published.add(facts(9, "Inte indexerad än"));
        SimilarityNeighbourhood.Snapshot behind = neighbourhood.of(published, published);
        assertThat(behind.similar()).hasSize(4);
        assertThat(behind.complete()).isFalse();

        assertThat(neighbourhood.of(published, published)).isSameAs(behind);
        assertThat(background).as("replaced although the catalogue is the same").hasSize(1);
        index(9, "Inte indexerad än", "Nu i indexet.");
        background.poll().run();

        assertThat(neighbourhood.of(published, published).complete()).isTrue();
        assertThat(background).isEmpty();
    }

    @Test
    void theWarmUpComputesTheFirstNeighbourhoodInTheBackgroundSoTheFirstRequestReusesIt() {
        neighbourhood.warmUp(() -> published.size(), this::catalogue, Duration.ofMinutes(10), Duration.ofMillis(1));
        assertThat(moreLikeThis).as("nothing on the caller's thread").hasValue(0);
        assertThat(background).hasSize(1);

        background.poll().run();
        assertThat(moreLikeThis).hasValue(3);

        SimilarityNeighbourhood.Snapshot first = neighbourhood.of(published, published);
        assertThat(first.complete()).isTrue();
        assertThat(first.similar().get(OverlapFinderTest.id(1))).containsKey(OverlapFinderTest.id(2));
        assertThat(moreLikeThis).as("the request computed nothing").hasValue(3);
        assertThat(background).isEmpty();
    }

    @Test
    void theWarmUpWaitsUntilTheIndexHoldsThePublishedCatalogue() {
        published.add(facts(9, "Indexeras vid start"));
        AtomicInteger checks = new AtomicInteger();
        neighbourhood.warmUp(() -> {
            if (checks.incrementAndGet() == 3) {
                index(9, "Indexeras vid start", "Ombyggnaden av indexet är klar."); // the rebuild at start ends
            }
            return published.size();
        }, this::catalogue, Duration.ofMinutes(10), Duration.ofMillis(1));

        background.poll().run();

        assertThat(checks).hasValueGreaterThanOrEqualTo(3);
        SimilarityNeighbourhood.Snapshot first = neighbourhood.of(published, published);
        assertThat(first.complete()).isTrue();
        assertThat(first.similar()).containsKey(OverlapFinderTest.id(9));
        assertThat(background).as("complete: nothing to replace").isEmpty();
    }

    @Test
    void theWarmUpGivesUpWaitingAfterItsPatienceAndComputesWhatTheIndexHolds() {
        published.add(facts(9, "Aldrig indexerad"));
        neighbourhood.warmUp(() -> published.size(), this::catalogue, Duration.ZERO, Duration.ofMillis(1));

        background.poll().run();

        SimilarityNeighbourhood.Snapshot first = neighbourhood.of(published, published);
        assertThat(first.complete()).isFalse();
        assertThat(background).as("incomplete: replaced by the next computation").hasSize(1);
    }

    @Test
    void theWarmUpLeavesANeighbourhoodARequestAlreadyComputed() {
        neighbourhood.warmUp(() -> published.size(), this::catalogue, Duration.ofMinutes(10), Duration.ofMillis(1));
        SimilarityNeighbourhood.Snapshot first = neighbourhood.of(published, published);

        background.poll().run();

        assertThat(neighbourhood.of(published, published)).isSameAs(first);
        assertThat(moreLikeThis).hasValue(3);
    }

    @Test
    void aFailedWarmUpLeavesTheFirstComputationToTheFirstRequest() {
        searchDown.set(true);
        neighbourhood.warmUp(() -> published.size(), this::catalogue, Duration.ofMinutes(10), Duration.ofMillis(1));
        background.poll().run();
        searchDown.set(false);

        assertThat(neighbourhood.computedAt()).isNull();
        assertThat(neighbourhood.of(published, published).similar()).hasSize(3);
        assertThat(moreLikeThis).hasValue(3);
    }

    private SimilarityNeighbourhood.Catalogue catalogue() {
        return new SimilarityNeighbourhood.Catalogue(List.copyOf(published), List.copyOf(published));
    }

    private void publish(int n, String name, String summary) {
        index(n, name, summary);
        published.add(facts(n, name));
    }

    private void index(int n, String name, String summary) {
        lucene.index(new SolutionDocument(OverlapFinderTest.id(n), name, summary, null, null, List.of(), Set.of(),
                Set.of("utbildning"), "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"), "NONE", "LOCAL",
                "22" + n, "Kommun " + n, "C8", "22", false, T0, 0));
    }

    private static SolutionFacts facts(int n, String name) {
        return OverlapFinderTest.facts(n, name, "22" + n, SolutionType.SOFTWARE, List.of(), new DayRange(1, 2),
                Domain.UTBILDNING);
    }
}
