package se.delbart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.delbart.search.elasticsearch.ElasticsearchSolutionSearch;
import se.delbart.search.lucene.LuceneSolutionSearch;
import se.delbart.testsupport.TestElasticsearch;

/**
 * Both adapters' NDCG@10 on the judged set ({@link SearchQuality}), each kind of query apart: fails
 * when either drops more than {@link #TOLERANCE} below the figure recorded in docs/search-quality.md. The figures
 * are printed ({@code [search-quality]} lines, each query's NDCG above them).
 */
class SearchQualityTest {

    static final double TOLERANCE = 0.02;
    /** The recorded figures (docs/search-quality.md), per adapter. */
    static final Map<String, double[]> RECORDED = Map.of(
            // sentences, keywords, all, the first part's compound and derivation queries
            "lucene", new double[] {0.898, 0.905, 0.902, 0.919, 0.889},
            "elasticsearch", new double[] {0.897, 0.905, 0.902, 0.919, 0.889});

    @TempDir
    Path root;

    @Test
    void luceneKeepsItsRecordedQuality() {
        LuceneSolutionSearch search = new LuceneSolutionSearch(root.resolve("index"));
        try {
            assertAtLeastRecorded("lucene", search);
        } finally {
            search.close();
        }
    }

    @Test
    void elasticsearchKeepsItsRecordedQuality() {
        String alias = TestElasticsearch.uniqueAlias();
        try {
            assertAtLeastRecorded("elasticsearch", new ElasticsearchSolutionSearch(TestElasticsearch.client(), alias));
        } finally {
            TestElasticsearch.deleteIndices(alias);
        }
    }

    private static void assertAtLeastRecorded(String adapter, SolutionSearch search) {
        SearchQuality.Figures figures = SearchQuality.measure(search);
        System.out.print(figures.report(adapter));
        // for comparison, not asserted: the same scoring as a plain OR of the words, no coordination at all
        System.out.print(SearchQuality.measurePlainOr(search).report(adapter + " plain-OR").lines()
                .filter(line -> line.startsWith("[")).map(line -> line + System.lineSeparator())
                .reduce("", String::concat));
        assertThat(figures.mean("sentence")).as("%s: NDCG@10 of the need sentences", adapter)
                .isGreaterThanOrEqualTo(RECORDED.get(adapter)[0] - TOLERANCE);
        assertThat(figures.mean("keyword")).as("%s: NDCG@10 of the keyword queries", adapter)
                .isGreaterThanOrEqualTo(RECORDED.get(adapter)[1] - TOLERANCE);
        assertThat(figures.mean("all")).as("%s: NDCG@10 of all queries", adapter)
                .isGreaterThanOrEqualTo(RECORDED.get(adapter)[2] - TOLERANCE);
        assertThat(figures.mean("compound")).as("%s: NDCG@10 of the compound queries", adapter)
                .isGreaterThanOrEqualTo(RECORDED.get(adapter)[3] - TOLERANCE);
        assertThat(figures.mean("derivation")).as("%s: NDCG@10 of the derivation queries", adapter)
                .isGreaterThanOrEqualTo(RECORDED.get(adapter)[4] - TOLERANCE);
    }

    @Test
    void ndcgUsesGradedGainsAndALogarithmicDiscount() {
        UUID best = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Map<UUID, Integer> grades = Map.of(best, 2, good, 1);
        assertThat(SearchQuality.ndcg(List.of(best, good, other), grades)).isEqualTo(1.0);
        assertThat(SearchQuality.ndcg(List.of(), grades)).isZero();
        // (1 + 3 / log2(3)) / (3 + 1 / log2(3))
        assertThat(SearchQuality.ndcg(List.of(good, best), grades)).isCloseTo(0.7967, within(0.0001));
        // only the first ten count
        List<UUID> late = new java.util.ArrayList<>(java.util.Collections.nCopies(10, other));
        late.add(best);
        assertThat(SearchQuality.ndcg(late, grades)).isZero();
    }
}
