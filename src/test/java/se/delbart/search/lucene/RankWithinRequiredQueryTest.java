package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.delbart.search.SearchSort;
import se.delbart.search.SolutionDocument;

/**
 * The clause-by-clause scoring of search-box queries matches and scores exactly as Lucene's {@code BooleanQuery}: on a
 * seeded corpus of municipal texts (synonyms, compounds, shared words, so that many documents score alike), written
 * in several segments with replaced documents, every match's score is compared bit for bit, and so is the top of the
 * relevance order.
 */
class RankWithinRequiredQueryTest {

    private static final String[] WORDS = {"robotisering", "rpa", "automatisering", "ekonomiskt", "bistånd",
        "ekonomiskt bistånd", "försörjningsstöd", "socialbidrag", "hemtjänst", "hemtjänsten", "äldreomsorg",
        "bygglov", "ansökan", "bygglovsansökan", "e-tjänst", "digital tjänst", "webbformulär", "skolskjuts",
        "tillsyn", "natten", "digital", "handläggning", "kommun", "invånare", "ärende", "beslut", "skola",
        "artificiell intelligens", "AI", "e-arkiv", "arkiv", "chatbot", "service", "tjänst", "system"};

    private static final List<String> TYPED = List.of(
            "robotisering ekonomiskt bistånd",
            "digital tillsyn på natten",
            "e-tjänst för skolskjuts ansökan",
            "bygglovsansökan digital handläggning",
            "aldreomsorg hemtjanst natten",
            "robotisring ekonomiskt bistand",
            "AI chatbot för invånare service",
            // six words: a sentence, any word admits and most of them is a bonus clause (WordCoordination)
            "arkiv beslut ärende kommun system tjänst");

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static TextQueries queries;

    @BeforeAll
    static void index() throws IOException {
        LuceneAnalyzers analyzers = new LuceneAnalyzers();
        queries = new TextQueries(analyzers);
        directory = new ByteBuffersDirectory();
        Random random = new Random(20261207L);
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(IndexGeneration.indexAnalyzer(analyzers)))) {
            for (int i = 0; i < 3_000; i++) {
                writer.addDocument(IndexSchema.toDocument(solution(i, random)));
                if (i % 700 == 699) {
                    writer.commit(); // several segments, as an index that took changes after its last rebuild
                }
            }
            for (int i = 0; i < 3_000; i += 11) { // replaced documents leave deleted ones behind
                writer.updateDocument(IndexSchema.idTerm(id(i)), IndexSchema.toDocument(solution(i, random)));
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        assertThat(reader.numDeletedDocs()).isPositive();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void everyMatchHasLucenesScoreBitForBit() throws IOException {
        int compared = 0;
        for (String typed : TYPED) {
            Query lucene = searcher.rewrite(queries.searchBox(typed));
            Query clauseByClause = RankWithinRequiredQuery.of(lucene).orElseThrow();

            Map<Integer, Float> expected = scores(lucene);
            Map<Integer, Float> actual = scores(clauseByClause);

            assertThat(expected).as(typed).isNotEmpty();
            assertThat(actual.keySet()).as(typed).isEqualTo(expected.keySet());
            expected.forEach((doc, score) -> assertThat(Float.floatToIntBits(actual.get(doc)))
                    .as("%s, doc %d: %s vs Lucene's %s", typed, doc, actual.get(doc), score)
                    .isEqualTo(Float.floatToIntBits(score)));
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(3_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"robotisering ekonomiskt bistånd", "digital tillsyn på natten",
        "arkiv beslut ärende kommun system tjänst"})
    void theRelevanceOrderIsLucenes(String typed) throws IOException {
        Query lucene = searcher.rewrite(queries.searchBox(typed));
        Query clauseByClause = RankWithinRequiredQuery.of(lucene).orElseThrow();

        TopDocs expected = top(lucene, SearchSort.RELEVANCE);
        TopDocs actual = top(clauseByClause, SearchSort.RELEVANCE);

        assertThat(actual.totalHits).isEqualTo(expected.totalHits);
        assertThat(docs(actual)).isEqualTo(docs(expected)).hasSize(50);
        assertThat(explained(clauseByClause, actual.scoreDocs[0].doc)).isEqualTo(explained(lucene,
                actual.scoreDocs[0].doc));
    }

    @Test
    void aListingWithoutScoresMatchesTheSameDocuments() throws IOException {
        Query lucene = searcher.rewrite(queries.searchBox("e-tjänst för skolskjuts ansökan"));
        Query clauseByClause = RankWithinRequiredQuery.of(lucene).orElseThrow();

        assertThat(docs(top(clauseByClause, SearchSort.NEWEST))).isEqualTo(docs(top(lucene, SearchSort.NEWEST)));
        assertThat(searcher.count(clauseByClause)).isEqualTo(searcher.count(lucene)).isPositive();
    }

    @Test
    void onlyAQueryWithOneRequiredClauseAndOptionalOnesIsScoredClauseByClause() throws IOException {
        // one or two words are a plain OR of their words: nothing is required
        assertThat(RankWithinRequiredQuery.of(searcher.rewrite(queries.searchBox("hemtjänst")))).isEmpty();
        assertThat(RankWithinRequiredQuery.of(searcher.rewrite(queries.scoring("robotisering ekonomiskt bistånd"))))
                .isEmpty();
        assertThat(RankWithinRequiredQuery.of(searcher.rewrite(queries.searchBox("robotisering ekonomiskt bistånd"))))
                .isPresent();
    }

    private static Map<Integer, Float> scores(Query query) throws IOException {
        Map<Integer, Float> scores = new TreeMap<>();
        searcher.search(query, new SimpleCollector() {
            private Scorable scorer;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                scores.put(base + doc, scorer.score());
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return scores;
    }

    private static TopDocs top(Query query, SearchSort sort) throws IOException {
        return searcher.search(query,
                new TopFieldCollectorManager(IndexSchema.sort(sort), 50, null, Integer.MAX_VALUE));
    }

    private static List<Integer> docs(TopDocs top) {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    private static Number explained(Query query, int doc) throws IOException {
        return searcher.explain(query, doc).getValue();
    }

    private static UUID id(int i) {
        return UUID.nameUUIDFromBytes(("solution-" + i).getBytes(StandardCharsets.UTF_8));
    }

    private static SolutionDocument solution(int i, Random random) {
        return new SolutionDocument(id(i), words(random, 2, 4), words(random, 5, 15), words(random, 20, 60),
                words(random, 10, 30), List.of(words(random, 2, 5), words(random, 2, 5)),
                Set.of(WORDS[random.nextInt(WORDS.length)]), Set.of("utbildning"), "SOFTWARE", "IN_PRODUCTION", "LOW",
                Set.of("PRAGMATIC"), "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3_600L * random.nextInt(24 * 300)), 0);
    }

    private static String words(Random random, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
