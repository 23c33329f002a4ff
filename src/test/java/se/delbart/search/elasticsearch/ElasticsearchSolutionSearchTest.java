package se.delbart.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import se.delbart.search.Facet;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchSort;
import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.SolutionSearchContract;
import se.delbart.search.SwedishAnalysis;
import se.delbart.testsupport.TestElasticsearch;

/** The search contract on a real Elasticsearch, plus what only this adapter has: versioned indices behind an alias. */
class ElasticsearchSolutionSearchTest extends SolutionSearchContract {

    private final List<String> aliases = new ArrayList<>();

    @Override
    protected SolutionSearch newSearch() {
        return newAdapter();
    }

    private ElasticsearchSolutionSearch newAdapter() {
        String alias = TestElasticsearch.uniqueAlias();
        aliases.add(alias);
        return new ElasticsearchSolutionSearch(TestElasticsearch.client(), alias);
    }

    @AfterEach
    void deleteIndices() {
        aliases.forEach(TestElasticsearch::deleteIndices);
    }

    /** Documents of our own: the contract's corpus is package-private to the contract. */
    private static List<SolutionDocument> documents(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> new SolutionDocument(
                java.util.UUID.nameUUIDFromBytes(("es-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "Lösning " + i, "Sammanfattning " + i, null, null, List.of(), java.util.Set.of("tagg"),
                java.util.Set.of("utbildning"), "SOFTWARE", "IN_PRODUCTION", "LOW", java.util.Set.of("PRAGMATIC"),
                "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true, java.time.Instant.parse("2026-01-01T00:00:00Z")
                        .plusSeconds(i), i)).toList();
    }

    private ElasticsearchSolutionSearch adapter() {
        return (ElasticsearchSolutionSearch) search;
    }

    private List<String> indicesOf(String alias) throws IOException {
        return List.copyOf(TestElasticsearch.client().indices().getAlias(g -> g.name(alias)).aliases().keySet());
    }

    @Test
    void rebuildMovesTheAliasToOneNewVersionedIndexAndDeletesTheOld() throws IOException {
        String alias = adapter().alias();
        List<String> before = indicesOf(alias);
        assertThat(before).hasSize(1);

        List<Long> progress = new ArrayList<>();
        search.rebuild(documents(3).stream(), progress::add);

        List<String> after = indicesOf(alias);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(after.get(0)).startsWith(alias + "-v" + SwedishAnalysis.SCHEMA_VERSION + "-");
        assertThat(TestElasticsearch.client().indices().exists(e -> e.index(before)).value()).isFalse();
        assertThat(progress).last().isEqualTo(3L);
        assertThat(search.count()).isEqualTo(3);
    }

    @Test
    void needsRebuildWhenTheIndexHasAnotherSchemaVersion() throws IOException {
        assertThat(adapter().needsRebuild()).as("created empty by this instance").isTrue();
        search.rebuild(documents(12).stream(), n -> { });
        assertThat(adapter().needsRebuild()).isFalse();

        ElasticsearchSolutionSearch restarted = new ElasticsearchSolutionSearch(TestElasticsearch.client(), adapter().alias());
        assertThat(restarted.needsRebuild()).isFalse();

        // an index written by an older schema: its _meta says so
        String index = indicesOf(adapter().alias()).get(0);
        TestElasticsearch.client().indices().putMapping(m -> m.index(index)
                .meta(Map.of(SolutionIndex.META_SCHEMA_VERSION, JsonData.of(SwedishAnalysis.SCHEMA_VERSION - 1))));
        assertThat(restarted.needsRebuild()).isTrue();

        restarted.rebuild(documents(12).stream(), n -> { });
        assertThat(restarted.needsRebuild()).isFalse();
        assertThat(restarted.count()).isEqualTo(12);
    }

    @Test
    void aMissingAliasNeedsARebuild() {
        ElasticsearchSolutionSearch fresh = newAdapter();
        assertThat(fresh.needsRebuild()).isTrue();
        assertThat(fresh.count()).isZero();
    }

    @Test
    void hostileQueriesNeverFail() {
        List<String> hostile = List.of("\"", "\"unbalanced", "(", ")", "[", "{", "}", "\\", "/", "*", "?", "~", "^2",
                "AND", "OR NOT", "a:b", "name:(x OR", "title:\"x", "&&", "||", "!", "-", "+", ":", "<b>x</b>",
                "'; DROP TABLE solutions; --", "{\"query\":{\"match_all\":{}}}", "x".repeat(5000), "ä".repeat(300),
                "skol*", "sk?la", "/reg.*ex/", "\u0000", "\uD83D\uDE00 emoji", "e-tjänst ~2 ^3 \"digital tjänst");
        for (String text : hostile) {
            assertThatCode(() -> search.search(SearchQuery.of(text))).as(text).doesNotThrowAnyException();
            assertThatCode(() -> search.suggest(text, 5)).as(text).doesNotThrowAnyException();
        }
        assertThatCode(() -> search.search(SearchQuery.of("").withFilter(Facet.DOMAIN, "\"", "*", "a OR b")))
                .doesNotThrowAnyException();
        assertThatCode(() -> search.search(SearchQuery.of("").withSort(SearchSort.NEWEST).withPage(50_000, 100)))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnreachableServerSurfacesAsSearchUnavailable() throws IOException {
        Rest5Client rest = Rest5Client.builder(URI.create("http://127.0.0.1:9")).build();
        ElasticsearchClient nowhere = new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
        try {
            ElasticsearchSolutionSearch broken = new ElasticsearchSolutionSearch(nowhere, "delbart-nowhere");
            assertThatThrownBy(() -> broken.search(SearchQuery.of("bygglov")))
                    .isInstanceOf(SearchUnavailableException.class).hasMessageContaining("delbart-nowhere");
            assertThatThrownBy(() -> broken.topMatches("bygglov", 10))
                    .isInstanceOf(SearchUnavailableException.class).hasMessageContaining("delbart-nowhere");
        } finally {
            nowhere._transport().close();
        }
    }

    @Test
    void theRealServerAnswers() {
        // the CI log shows which server the suite ran against
        System.out.println("[ElasticsearchSolutionSearchTest] ran against " + TestElasticsearch.elasticsearch());
        assertThat(Stream.of(TestElasticsearch.elasticsearch().version())).allSatisfy(v -> assertThat(v).startsWith("Elasticsearch 9."));
    }
}
