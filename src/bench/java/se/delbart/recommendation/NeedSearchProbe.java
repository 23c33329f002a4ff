package se.delbart.recommendation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.delbart.bench.CorpusGenerator;
import se.delbart.search.ScoredId;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchSort;
import se.delbart.search.lucene.LuceneSolutionSearch;

/**
 * The search cost of one uncached need (the COLD path of {@link RecommendationBenchmark}) at 100k solutions, before
 * and after issue 6's light query: thread CPU time and wall time of the full {@code search()} with
 * {@link Recommender#NEED_HITS} hits (facets, highlights, stored fields; what {@code Recommender.textScores} called
 * before) against {@code topMatches()} (ids and scores only), alternating per need text, 10 rounds over the
 * benchmark's nine need texts, percentiles of rounds 3–10. Also checks that both give the same ids in the same order.
 * Uses (or builds) the benchmark's index in {@code target/bench-index/lucene-100000}.
 * {@code java -cp … se.delbart.recommendation.NeedSearchProbe}
 */
public final class NeedSearchProbe {

    private NeedSearchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of("target", "bench-index", "lucene-" + RecommendationBenchmark.SOLUTIONS).toAbsolutePath();
        Files.createDirectories(directory);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LuceneSolutionSearch search = new LuceneSolutionSearch(directory)) {
            if (search.count() != RecommendationBenchmark.SOLUTIONS || search.needsRebuild()) {
                long started = System.nanoTime();
                search.rebuild(CorpusGenerator.list(RecommendationBenchmark.SOLUTIONS).stream(), done -> { });
                System.out.printf("[setup] indexed %d documents in %.1f s%n", search.count(),
                        (System.nanoTime() - started) / 1e9);
            }
            List<Long> fullCpu = new ArrayList<>();
            List<Long> fullWall = new ArrayList<>();
            List<Long> lightCpu = new ArrayList<>();
            List<Long> lightWall = new ArrayList<>();
            int same = 0;
            int compared = 0;
            for (int round = 0; round < 10; round++) {
                for (String[] need : RecommendationBenchmark.NEEDS) {
                    String text = need[0];
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    SearchResult full = search.search(new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0,
                            NeedMatches.NEED_HITS));
                    long t1 = System.nanoTime();
                    long c1 = threads.getCurrentThreadCpuTime();
                    List<ScoredId> light = search.topMatches(text, NeedMatches.NEED_HITS);
                    long t2 = System.nanoTime();
                    long c2 = threads.getCurrentThreadCpuTime();
                    if (round >= 2) {
                        fullCpu.add(c1 - c0);
                        fullWall.add(t1 - t0);
                        lightCpu.add(c2 - c1);
                        lightWall.add(t2 - t1);
                    }
                    if (round == 0) {
                        List<UUID> a = full.hits().stream().map(SearchResult.Hit::id).toList();
                        List<UUID> b = light.stream().map(ScoredId::id).toList();
                        compared++;
                        same += a.equals(b) ? 1 : 0;
                        System.out.printf("%-55s %d hits (of %d), same ids in the same order: %s%n", text, b.size(),
                                full.total(), a.equals(b));
                    }
                }
            }
            System.out.printf("same ranking for %d of %d need texts%n", same, compared);
            System.out.println("search()     CPU:  " + RecommendationBenchmark.percentiles(fullCpu));
            System.out.println("search()     wall: " + RecommendationBenchmark.percentiles(fullWall));
            System.out.println("topMatches() CPU:  " + RecommendationBenchmark.percentiles(lightCpu));
            System.out.println("topMatches() wall: " + RecommendationBenchmark.percentiles(lightWall));
        }
    }
}
