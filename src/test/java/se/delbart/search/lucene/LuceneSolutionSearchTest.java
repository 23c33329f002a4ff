package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.delbart.search.SearchQuery;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.SolutionSearchContract;
import se.delbart.search.SwedishAnalysis;

/** The search contract on the embedded Lucene adapter, plus what only this adapter has: a directory on disk. */
class LuceneSolutionSearchTest extends SolutionSearchContract {

    @TempDir
    Path root;

    private final List<LuceneSolutionSearch> opened = new ArrayList<>();

    @Override
    protected SolutionSearch newSearch() {
        return open(root.resolve("index-" + opened.size()));
    }

    private LuceneSolutionSearch open(Path directory) {
        LuceneSolutionSearch search = new LuceneSolutionSearch(directory);
        opened.add(search);
        return search;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(LuceneSolutionSearch::close);
    }

    // the contract's fixtures are package-private to its package: these tests bring their own documents
    private static final SolutionDocument BYGGLOV = document("Digital bygglovsansökan", "E-tjänst för bygglov.");
    private static final SolutionDocument ARKIV = document("Skala upp e-arkiv", "Rutiner för arkivering.");
    private static final SolutionDocument SKOLSKJUTS = document("Skolskjuts via webben", "Ansökan om skolskjuts.");
    private static final List<SolutionDocument> DOCUMENTS = List.of(BYGGLOV, ARKIV, SKOLSKJUTS);

    private static SolutionDocument document(String name, String summary) {
        return new SolutionDocument(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name, summary, null,
                null, List.of(), Set.of(), Set.of("utbildning"), "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"),
                "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true, Instant.parse("2026-11-01T10:00:00Z"), 0);
    }

    @Test
    void theIndexSurvivesARestart() {
        Path directory = root.resolve("index-0");
        LuceneSolutionSearch first = opened.get(0);
        assertThat(first.needsRebuild()).as("a new index does not reflect the database yet").isTrue();
        first.rebuild(DOCUMENTS.stream(), n -> {
        });
        assertThat(first.needsRebuild()).isFalse();
        first.close();

        LuceneSolutionSearch reopened = open(directory);
        assertThat(reopened.needsRebuild()).isFalse();
        assertThat(reopened.count()).isEqualTo(DOCUMENTS.size());
        assertThat(reopened.search(SearchQuery.of("bygglovsansökan")).hits().get(0).id()).isEqualTo(BYGGLOV.id());
    }

    @Test
    void anIndexOfAnotherSchemaVersionAsksForARebuildAndKeepsAnsweringUntilThen() throws Exception {
        Path directory = root.resolve("old-schema");
        LuceneSolutionSearch old = new LuceneSolutionSearch(directory, SwedishAnalysis.SCHEMA_VERSION - 1);
        DOCUMENTS.forEach(old::index);
        old.close();

        LuceneSolutionSearch current = open(directory);
        assertThat(current.needsRebuild()).isTrue();
        assertThat(current.count()).isEqualTo(DOCUMENTS.size());

        current.rebuild(DOCUMENTS.stream().limit(2), n -> {
        });
        assertThat(current.needsRebuild()).isFalse();
        assertThat(current.count()).isEqualTo(2);
        try (Stream<Path> children = Files.list(directory)) {
            assertThat(children.map(p -> p.getFileName().toString()))
                    .as("the old generation is deleted after the switch")
                    .containsExactlyInAnyOrder(LuceneSolutionSearch.POINTER, pointer(directory));
        }
        assertThat(pointer(directory)).startsWith("v" + SwedishAnalysis.SCHEMA_VERSION + "-");
    }

    private static String pointer(Path directory) throws Exception {
        return Files.readString(directory.resolve(LuceneSolutionSearch.POINTER)).strip();
    }

    @Test
    void changesDuringARebuildAreNotLost() {
        search.rebuild(Stream.of(BYGGLOV, SKOLSKJUTS).peek(d -> {
            if (d.equals(SKOLSKJUTS)) {
                search.index(ARKIV);   // indexed while the rebuild runs: must be in the new index
                search.remove(BYGGLOV.id()); // removed while the rebuild runs: must stay removed
            }
        }), n -> {
        });
        assertThat(search.count()).isEqualTo(2); // skolskjuts from the rebuild, e-arkiv from the change
        assertThat(search.search(SearchQuery.of("e-arkiv")).hits()).extracting(h -> h.id()).contains(ARKIV.id());
        assertThat(search.search(SearchQuery.of("bygglovsansökan")).hits()).extracting(h -> h.id())
                .doesNotContain(BYGGLOV.id());
    }

    @Test
    void hostileQueriesNeverThrow() {
        List<String> hostile = List.of("\"(*?~[]{}:^\\", "e-tjänst (", "?!.,;:-", "*", "AND OR NOT", "a".repeat(10_000),
                "ord ".repeat(2_500), "\u0000\uFFFF\uD800", "<script>alert(1)</script>", "   ");
        for (String text : hostile) {
            assertThatCode(() -> search.search(SearchQuery.of(text))).as(text.substring(0, Math.min(20, text.length())))
                    .doesNotThrowAnyException();
            assertThatCode(() -> search.suggest(text, 10)).doesNotThrowAnyException();
        }
        assertThat(search.search(SearchQuery.of("?!.,;:-")).total()).as("nothing searchable, nothing found").isZero();
    }

    @Test
    void aLongQueryWhoseTypoToleranceExpandsTooFarIsStillAnswered() {
        // 16 words, each with 10 one-edit neighbours in every text field: the fuzzy terms exceed Lucene's clause limit
        List<String> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (char first = 'a'; first < 'a' + TextQueries.MAX_WORDS; first++) {
            String word = first + "bcdefg";
            words.add(word);
            for (char last = 'h'; last < 'r'; last++) {
                text.append(word).append(last).append(' ');
            }
        }
        SolutionDocument crowded = new SolutionDocument(UUID.randomUUID(), text.toString(), text.toString(),
                text.toString(), text.toString(), List.of(text.toString()), Set.of(text.toString()), Set.of(), null,
                null, null, Set.of(), null, null, null, null, null, null, false, null, 0);
        search.index(crowded);
        assertThat(search.search(SearchQuery.of(String.join(" ", words))).hits()).extracting(h -> h.id())
                .containsExactly(crowded.id());
    }
}
