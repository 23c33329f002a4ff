package se.delbart.search.elasticsearch;

import static se.delbart.search.elasticsearch.SolutionIndex.EXPANDED;
import static se.delbart.search.elasticsearch.SolutionIndex.FOLDED;
import static se.delbart.search.elasticsearch.SolutionIndex.PREFIX;
import static se.delbart.search.elasticsearch.SolutionIndex.SCORED_FIELDS;
import static se.delbart.search.elasticsearch.SolutionIndex.TEXT_FIELDS;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import se.delbart.search.Facet;
import se.delbart.search.ScoredId;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchUnavailableException;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.Suggestion;
import se.delbart.search.SwedishAnalysis;
import se.delbart.search.analysis.CompoundSplitter;
import se.delbart.search.analysis.Derivations;
import se.delbart.search.analysis.WordCoordination;

/**
 * {@link SolutionSearch} on Elasticsearch. Documents live in versioned indices ({@code <alias>-v<schema>-<time>})
 * behind {@code alias}; {@link #rebuild} fills a new index and moves the alias in one atomic call, so searches keep
 * answering from the old index until then. The first use creates the first index when the alias does not exist.
 * Every failure of the engine surfaces as a {@link SearchUnavailableException}.
 */
@SuppressWarnings("rawtypes") // sources are read as plain maps: only a few fields, no mapping classes needed
public class ElasticsearchSolutionSearch implements SolutionSearch {

    static final float FOLDED_WEIGHT = 0.5f;
    /** Weight of a typed compound's parts found together, relative to the whole word's (as in Lucene). */
    static final float PARTS_WEIGHT = 0.6f;
    /** Weight of a typed compound's modifier parts found without its head word (as in Lucene). */
    static final float MODIFIER_WEIGHT = 0.3f;
    /** Weight of a typed compound's head found without its modifiers (as in Lucene). */
    static final float HEAD_WEIGHT = 0.4f;
    /** Weight of a typed word found as the head of an indexed compound (as in Lucene). */
    static final float HEAD_FIELD_WEIGHT = 1f;
    /** Weight of a typed word found as a modifier of an indexed compound (as in Lucene). */
    static final float MODIFIER_FIELD_WEIGHT = 0.25f;
    /** Weight of a word's dictionary stem among the indexed stems (as in Lucene). */
    static final float INFLECTION_WEIGHT = 1f;
    /** Weight of a derivational relative, below exact and inflected matches (as in Lucene). */
    static final float DERIVATION_WEIGHT = 0.4f;
    static final float FUZZY_WEIGHT = 0.3f;
    /** Weight of a sentence's coverage: each word found adds its all-text score (as the Lucene adapter). */
    static final float COVERAGE_WEIGHT = WordCoordination.COVERAGE_WEIGHT;
    static final int FUZZY_MAX_EXPANSIONS = 10;
    static final int MAX_WORDS = 16;
    static final int MAX_CHARS = 256;
    static final int FACET_SIZE = 100;
    static final int BULK_SIZE = 500;
    /** Elasticsearch's default index.max_result_window: from + size beyond it is refused. */
    static final int MAX_RESULT_WINDOW = 10_000;
    /** Searches that resolved the alias just before a switch may still read the old index for a moment. */
    static final Duration OLD_INDEX_GRACE = Duration.ofSeconds(1);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ElasticsearchSolutionSearch.class);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> HIGHLIGHT_FIELDS = List.copyOf(TEXT_FIELDS.keySet());
    /** What more-like-this compares: the text fields and the compounds' parts (as the Lucene adapter). */
    private static final List<String> SIMILARITY_FIELDS = java.util.stream.Stream.concat(
            TEXT_FIELDS.keySet().stream(), java.util.stream.Stream.of(SolutionIndex.COMPOUND_HEADS,
                    SolutionIndex.COMPOUND_MODIFIERS)).toList();

    private final ElasticsearchClient client;
    private final String alias;
    private volatile boolean ready;
    /** This instance created the alias with an empty index: the catalogue has not been indexed into it yet. */
    private volatile boolean createdEmpty;

    public ElasticsearchSolutionSearch(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    // --- search -------------------------------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchQuery query) {
        ensureIndex();
        SearchResponse<Map> response = send("search", searchRequest(query));
        List<SearchResult.Hit> hits = response.hits().hits().stream().map(ElasticsearchSolutionSearch::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            var filtered = response.aggregations().get(facet.param()).filter();
            List<SearchResult.FacetCount> counts = filtered.aggregations().get("values").sterms().buckets().array()
                    .stream().map(b -> new SearchResult.FacetCount(b.key().stringValue(), b.docCount())).toList();
            facets.put(facet, counts);
        }
        return new SearchResult(total, hits, facets);
    }

    /**
     * The text query and order of {@link #search} under relevance (so the same scores and ranking), asking for ids and
     * scores only: no aggregations, no highlighting, no {@code _source} (the document {@code _id} is the solution's),
     * no total-hit count (which lets Elasticsearch skip documents that cannot make the top).
     */
    @Override
    public List<ScoredId> topMatches(String text, int limit) {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        ensureIndex();
        SearchRequest request = SearchRequest.of(s -> relevanceOrder(s.index(alias)
                .query(textQuery(text))
                .size(Math.min(limit, MAX_RESULT_WINDOW))
                .trackTotalHits(t -> t.enabled(false))
                .trackScores(true)
                .source(src -> src.fetch(false))));
        return send("top matches", request).hits().hits().stream().map(hit -> new ScoredId(UUID.fromString(hit.id()),
                hit.score() == null || hit.score().isNaN() ? 0f : hit.score().floatValue())).toList();
    }

    /** Sends a search; a failed shard is a failure ({@link SearchUnavailableException}), not fewer hits. */
    private SearchResponse<Map> send(String what, SearchRequest request) {
        SearchResponse<Map> response = call(what, () -> {
            // a search racing a rebuild's switch may find the old index gone: asking again reaches the new one
            try {
                SearchResponse<Map> first = client.search(request, Map.class);
                return first.shards().failed().intValue() > 0 ? client.search(request, Map.class) : first;
            } catch (ElasticsearchException e) {
                if ("index_not_found_exception".equals(e.error().type())) {
                    return client.search(request, Map.class);
                }
                throw e;
            }
        });
        if (response.shards().failed().intValue() > 0) {
            throw new SearchUnavailableException("Elasticsearch answered " + what + " on '" + alias + "' with "
                    + response.shards().failed() + " failed shard(s): " + response.shards().failures(), null);
        }
        return response;
    }

    private SearchRequest searchRequest(SearchQuery query) {
        int from = (int) Math.min((long) query.page() * query.size(), MAX_RESULT_WINDOW);
        int size = Math.max(0, Math.min(query.size(), MAX_RESULT_WINDOW - from));
        Map<Facet, Query> filters = new EnumMap<>(Facet.class);
        query.filters().forEach((facet, values) -> filters.put(facet, Query.of(q -> q.terms(t -> t
                .field(SolutionIndex.facetField(facet))
                .terms(v -> v.value(values.stream().sorted().map(FieldValue::of).toList()))))));
        return SearchRequest.of(s -> {
            s.index(alias)
                    .query(searchBoxQuery(query.text(), query.mostWords()))
                    .from(from)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .source(src -> src.filter(f -> f.includes(SolutionIndex.ID, SolutionIndex.NAME,
                            SolutionIndex.SUMMARY, SolutionIndex.PUBLISHER_CODE, SolutionIndex.PUBLISHER_NAME)))
                    .highlight(h -> {
                        // the query scores the grouped fields; the six text fields are marked with its terms
                        h.encoder(HighlighterEncoder.Html).requireFieldMatch(false)
                                .preTags("<mark>").postTags("</mark>").fragmentSize(160).numberOfFragments(3);
                        for (String field : HIGHLIGHT_FIELDS) {
                            h.fields(NamedValue.of(field, HighlightField.of(f -> f)));
                            h.fields(NamedValue.of(field + "." + FOLDED, HighlightField.of(f -> f)));
                        }
                        return h;
                    });
            if (!filters.isEmpty()) {
                s.postFilter(allOf(filters.values()));
            }
            for (Facet facet : Facet.values()) {
                List<Query> others = filters.entrySet().stream().filter(e -> e.getKey() != facet)
                        .map(Map.Entry::getValue).toList();
                s.aggregations(facet.param(), a -> a
                        .filter(allOf(others))
                        .aggregations("values", v -> v.terms(t -> t
                                .field(SolutionIndex.facetField(facet))
                                .size(FACET_SIZE)
                                .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))));
            }
            return switch (query.sort()) {
                case RELEVANCE -> relevanceOrder(s);
                case NEWEST -> newestThenId(s);
                case MOST_ADOPTED -> newestThenId(
                        s.sort(o -> o.field(f -> f.field(SolutionIndex.ADOPTION_COUNT).order(SortOrder.Desc))));
            };
        });
    }

    /** Best score first; equal scores newest first, then by id (as the Lucene adapter). */
    private static SearchRequest.Builder relevanceOrder(SearchRequest.Builder s) {
        return newestThenId(s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))));
    }

    private static SearchRequest.Builder newestThenId(SearchRequest.Builder s) {
        return s.sort(o -> o.field(f -> f.field(SolutionIndex.PUBLISHED_AT).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(SolutionIndex.ID).order(SortOrder.Asc)));
    }

    private static Query allOf(Collection<Query> filters) {
        if (filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
    }

    /**
     * Per text field: the whole-word match (stemmed, synonym-expanded, compounds kept whole) at the field's weight,
     * the diacritics-folded match at half of it (only when typed without diacritics, {@link
     * SwedishAnalysis#needsFoldedFields}), and for each typed compound the shared {@link CompoundSplitter} can
     * cut, all its parts together ({@code operator: and}) at {@link #PARTS_WEIGHT}; plus one-edit fuzzy matching of
     * the words of 5+ letters on all text (folded, synonyms expanded at index time) at 0.3, so exact spelling ranks
     * first. Only {@code match} queries: user input is never parsed as query syntax. The same weights and limits as
     * the Lucene adapter.
     */
    static Query textQuery(String input) {
        return textQuery(input, true);
    }

    /** As {@link #textQuery(String)}; without the typo clause when {@code tolerateTypos} is false. */
    private static Query textQuery(String input, boolean tolerateTypos) {
        if (input.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        String text = limit(input);
        String longWords = WORD.matcher(text).results().map(r -> r.group())
                .filter(w -> w.codePointCount(0, w.length()) >= SwedishAnalysis.FUZZY_MIN_LENGTH)
                .reduce((a, b) -> a + " " + b).orElse("");
        List<CompoundSplitter.Compound> compounds = CompoundSplitter.swedish().compounds(text, MAX_WORDS);
        List<Derivations.Family> families = Derivations.swedish().families(text, MAX_WORDS);
        boolean withFolded = SwedishAnalysis.needsFoldedFields(text);
        BoolQuery.Builder bool = new BoolQuery.Builder().minimumShouldMatch("1");
        SCORED_FIELDS.forEach((field, weight) -> {
            bool.should(q -> q.match(m -> m.field(field).query(text).analyzer(SolutionIndex.WHOLE_WORD_SEARCH_ANALYZER)
                    .boost(weight)));
            for (CompoundSplitter.Compound compound : compounds) {
                bool.should(q -> q.match(m -> m.field(field).query(compound.text()).operator(Operator.And)
                        .analyzer(SolutionIndex.WHOLE_WORD_SEARCH_ANALYZER).boost(weight * PARTS_WEIGHT)));
                if (!compound.lexicalised()) {
                    bool.should(q -> q.match(m -> m.field(field).query(compound.modifierText()).operator(Operator.And)
                            .analyzer(SolutionIndex.WHOLE_WORD_SEARCH_ANALYZER).boost(weight * MODIFIER_WEIGHT)));
                    bool.should(q -> q.match(m -> m.field(field).query(compound.head()).operator(Operator.And)
                            .analyzer(SolutionIndex.WHOLE_WORD_SEARCH_ANALYZER).boost(weight * HEAD_WEIGHT)));
                }
            }
            for (Derivations.Family family : families) {
                if (family.derived()) {
                    bool.should(q -> q.match(m -> m.field(field).query(family.family()).operator(Operator.And)
                            .analyzer(SolutionIndex.WHOLE_WORD_SEARCH_ANALYZER).boost(weight * DERIVATION_WEIGHT)));
                }
            }
        });
        // the typed words and the typed compounds' parts among the indexed compounds' heads and modifiers
        bool.should(q -> q.match(m -> m.field(SolutionIndex.COMPOUND_HEADS).query(text).boost(HEAD_FIELD_WEIGHT)));
        bool.should(q -> q.match(m -> m.field(SolutionIndex.COMPOUND_MODIFIERS).query(text)
                .boost(MODIFIER_FIELD_WEIGHT)));
        for (CompoundSplitter.Compound compound : compounds) {
            if (!compound.lexicalised()) {
                bool.should(q -> q.match(m -> m.field(SolutionIndex.COMPOUND_MODIFIERS).query(compound.modifierText())
                        .boost(MODIFIER_FIELD_WEIGHT * MODIFIER_WEIGHT)));
            }
        }
        for (Derivations.Family family : families) {
            bool.should(q -> q.term(t -> t.field(SolutionIndex.LEMMAS).value(family.lemma()).boost(INFLECTION_WEIGHT)));
            bool.should(q -> q.term(t -> t.field(SolutionIndex.DERIVED).value(family.family())
                    .boost(DERIVATION_WEIGHT)));
        }
        if (withFolded) { // typed without diacritics: the folded fields too (SwedishAnalysis.needsFoldedFields)
            SCORED_FIELDS.forEach((field, weight) -> {
                String folded = field + "." + FOLDED;
                bool.should(q -> q.match(m -> m.field(folded).query(text)
                        .analyzer(SolutionIndex.FOLDED_WHOLE_WORD_SEARCH_ANALYZER).boost(weight * FOLDED_WEIGHT)));
                for (CompoundSplitter.Compound compound : compounds) {
                    bool.should(q -> q.match(m -> m.field(folded).query(CompoundSplitter.fold(compound.text()))
                            .operator(Operator.And).analyzer(SolutionIndex.FOLDED_WHOLE_WORD_SEARCH_ANALYZER)
                            .boost(weight * PARTS_WEIGHT * FOLDED_WEIGHT)));
                    if (!compound.lexicalised()) {
                        bool.should(q -> q.match(m -> m.field(folded).query(CompoundSplitter.fold(compound.modifierText()))
                                .operator(Operator.And).analyzer(SolutionIndex.FOLDED_WHOLE_WORD_SEARCH_ANALYZER)
                                .boost(weight * MODIFIER_WEIGHT * FOLDED_WEIGHT)));
                    }
                }
            });
        }
        if (tolerateTypos && !longWords.isEmpty()) {
            bool.should(q -> q.match(m -> m.field(EXPANDED).query(longWords).fuzziness("1").prefixLength(1)
                    .maxExpansions(FUZZY_MAX_EXPANSIONS).analyzer(SolutionIndex.FUZZY_SEARCH_ANALYZER).boost(FUZZY_WEIGHT)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /**
     * What a person typed in a search box: {@link #textQuery}; for 3+ words most of the words must match
     * ({@link WordCoordination}, scored in place of the typo clause) and the fields' clauses rank the documents that
     * do, as the Lucene adapter's {@code TextQueries.searchBox}; in a sentence any word admits and each word found adds
     * its all-text clause's score at {@link #COVERAGE_WEIGHT}.
     */
    static Query searchBoxQuery(String input) {
        return searchBoxQuery(input, false);
    }

    /** As {@link #searchBoxQuery(String)}; with {@code mostWords} a sentence is held to the coordination rule too. */
    static Query searchBoxQuery(String input, boolean mostWords) {
        if (input.isBlank()) {
            return textQuery(input);
        }
        return WordCoordination.of(limit(input), mostWords)
                .map(coordination -> !coordination.filters()
                        // a sentence: any word admits, the fields' clauses rank, each word found adds (coverage)
                        ? Query.of(q -> q.bool(b -> b
                                .must(textQuery(input, true))
                                .should(s -> s.bool(coordinated(coordination, 0).boost(COVERAGE_WEIGHT).build()))))
                        : Query.of(q -> q.bool(b -> b
                                .must(m -> m.bool(coordinated(coordination, coordination.required())
                                        .boost(FUZZY_WEIGHT).build()))
                                .should(textQuery(input, false)))))
                .orElseGet(() -> textQuery(input));
    }

    /**
     * At least {@code required} of the typed words (one for a sentence's coverage clause, which the scoring query
     * already requires) on the all-text field: each word's tokens all
     * present ({@code operator: and}, one edit allowed when the word is long enough), or a typed compound's parts all
     * present. The same clauses as the Lucene adapter.
     */
    private static BoolQuery.Builder coordinated(WordCoordination coordination, int required) {
        List<Query> words = new ArrayList<>();
        for (WordCoordination.Unit unit : coordination.units()) {
            List<Query> ways = new ArrayList<>();
            ways.add(Query.of(q -> q.match(m -> {
                m.field(EXPANDED).query(unit.text()).operator(Operator.And).analyzer(SolutionIndex.FUZZY_SEARCH_ANALYZER);
                return unit.fuzzy() ? m.fuzziness("1").prefixLength(1).maxExpansions(FUZZY_MAX_EXPANSIONS) : m;
            })));
            if (unit.parts() != null) {
                ways.add(Query.of(q -> q.match(m -> m.field(EXPANDED).query(unit.parts()).operator(Operator.And)
                        .analyzer(SolutionIndex.FUZZY_SEARCH_ANALYZER))));
            }
            words.add(Query.of(q -> q.bool(b -> b.should(ways))));
        }
        return new BoolQuery.Builder().should(words).minimumShouldMatch(String.valueOf(Math.max(1, required)));
    }

    /** A search box is not a document: the first {@value #MAX_WORDS} words, at most {@value #MAX_CHARS} characters. */
    static String limit(String text) {
        String[] words = text.strip().split("\\s+", MAX_WORDS + 1);
        String kept = String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, MAX_WORDS)));
        return kept.length() > MAX_CHARS ? kept.substring(0, MAX_CHARS) : kept;
    }

    private static SearchResult.Hit toHit(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        for (String field : HIGHLIGHT_FIELDS) {
            List<String> own = hit.highlight().getOrDefault(field, List.of());
            List<String> folded = hit.highlight().getOrDefault(field + "." + FOLDED, List.of());
            Set<String> merged = new LinkedHashSet<>(own);
            merged.addAll(folded);
            if (!merged.isEmpty()) {
                highlights.put(field, List.copyOf(merged));
            }
        }
        Double score = hit.score();
        return new SearchResult.Hit(UUID.fromString(hit.id()), string(source.get(SolutionIndex.NAME)),
                string(source.get(SolutionIndex.SUMMARY)), string(source.get(SolutionIndex.PUBLISHER_CODE)),
                string(source.get(SolutionIndex.PUBLISHER_NAME)), score == null || score.isNaN() ? 0f : score.floatValue(),
                highlights);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Elasticsearch's more_like_this query on the text fields, liking the stored document itself (which it leaves
     * out of the hits), with the same settings as the Lucene adapter.
     */
    @Override
    public List<SearchResult.Hit> moreLikeThis(UUID id, int limit) {
        ensureIndex();
        SearchResponse<Map> response = call("more like this " + id, () -> client.search(s -> s
                .index(alias)
                .size(limit)
                .query(q -> q.moreLikeThis(m -> m
                        .fields(SIMILARITY_FIELDS)
                        .like(l -> l.document(d -> d.index(alias).id(id.toString())))
                        .minTermFreq(se.delbart.search.MoreLikeThisSettings.MIN_TERM_FREQ)
                        .minDocFreq(se.delbart.search.MoreLikeThisSettings.MIN_DOC_FREQ)
                        .minWordLength(se.delbart.search.MoreLikeThisSettings.MIN_WORD_LENGTH)
                        .maxQueryTerms(se.delbart.search.MoreLikeThisSettings.MAX_QUERY_TERMS)
                        // Lucene's MoreLikeThis needs any one term; Elasticsearch's default would need 30 %
                        .minimumShouldMatch("1"))),
                Map.class));
        return response.hits().hits().stream().map(ElasticsearchSolutionSearch::toHit)
                .filter(hit -> !hit.id().equals(id)).toList();
    }

    // --- suggestions --------------------------------------------------------------------------------------------

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        String normalized = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        List<String> prefixWords = WORD.matcher(normalized).results().map(r -> r.group()).toList();
        if (prefixWords.isEmpty() || limit < 1) {
            return List.of();
        }
        ensureIndex();
        String words = String.join(" ", prefixWords);
        SearchResponse<Map> response = call("suggest", () -> client.search(s -> s
                .index(alias)
                .size(Math.min(100, limit * 5))
                .source(src -> src.filter(f -> f.includes(SolutionIndex.NAME, SolutionIndex.TAGS)))
                .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(sh -> sh.match(m -> m.field(SolutionIndex.NAME + "." + PREFIX).query(words)
                                .operator(Operator.And).boost(2f)))
                        .should(sh -> sh.match(m -> m.field(SolutionIndex.TAGS + "." + PREFIX).query(words)
                                .operator(Operator.And)))))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(SolutionIndex.ADOPTION_COUNT).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(SolutionIndex.ID).order(SortOrder.Asc))), Map.class));
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
            String name = string(source.get(SolutionIndex.NAME));
            if (name != null && startsWords(name, prefixWords)) {
                suggestions.putIfAbsent("name:" + name.toLowerCase(Locale.ROOT),
                        new Suggestion(name, Suggestion.Kind.NAME, UUID.fromString(hit.id())));
            }
            if (source.get(SolutionIndex.TAGS) instanceof Collection<?> tags) {
                tags.stream().map(String::valueOf).sorted().filter(tag -> startsWords(tag, prefixWords))
                        .forEach(tag -> suggestions.putIfAbsent("tag:" + tag.toLowerCase(Locale.ROOT),
                                new Suggestion(tag, Suggestion.Kind.TAG, null)));
            }
        }
        return suggestions.values().stream().limit(limit).toList();
    }

    /** Every prefix word starts some word of {@code text} (as the prefix sub-field matches). */
    private static boolean startsWords(String text, List<String> prefixWords) {
        List<String> words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(r -> r.group()).toList();
        return prefixWords.stream().allMatch(p -> words.stream().anyMatch(w -> w.startsWith(p)));
    }

    // --- indexing -----------------------------------------------------------------------------------------------

    @Override
    public void index(SolutionDocument document) {
        ensureIndex();
        call("index " + document.id(), () -> client.index(i -> i.index(alias).id(document.id().toString())
                .document(SolutionIndex.source(document)).refresh(Refresh.True)));
    }

    @Override
    public void remove(UUID id) {
        ensureIndex();
        // a missing document is answered with result "not_found", not an error
        call("remove " + id, () -> client.delete(d -> d.index(alias).id(id.toString()).refresh(Refresh.True)));
    }

    @Override
    public long count() {
        ensureIndex();
        return call("count", () -> client.count(c -> c.index(alias)).count());
    }

    @Override
    public void rebuild(Stream<SolutionDocument> documents, LongConsumer progress) {
        ensureIndex(); // the alias exists before any switch: the switch's compare-and-swap needs an index to swap
        String index = newIndexName();
        createIndex(index, false);
        try {
            long written = 0;
            Iterator<SolutionDocument> iterator = documents.iterator();
            List<BulkOperation> batch = new ArrayList<>(BULK_SIZE);
            while (iterator.hasNext()) {
                SolutionDocument document = iterator.next();
                batch.add(BulkOperation.of(op -> op.index(i -> i.id(document.id().toString())
                        .document(SolutionIndex.source(document)))));
                if (batch.size() == BULK_SIZE) {
                    written += bulk(index, batch);
                    progress.accept(written);
                    batch = new ArrayList<>(BULK_SIZE);
                }
            }
            if (!batch.isEmpty()) {
                written += bulk(index, batch);
            }
            progress.accept(written);
            call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
            switchAlias(index);
        } catch (RuntimeException e) {
            deleteQuietly(index, e);
            throw e;
        }
    }

    private long bulk(String index, List<BulkOperation> operations) {
        BulkResponse response = call("bulk into " + index, () -> client.bulk(b -> b.index(index).operations(operations)));
        if (response.errors()) {
            String firstError = response.items().stream().filter(item -> item.error() != null).findFirst()
                    .map(item -> item.id() + ": " + item.error().type() + " " + item.error().reason()).orElse("?");
            throw new SearchUnavailableException("Elasticsearch refused documents in bulk into " + index + ", first: "
                    + firstError, null);
        }
        return operations.size();
    }

    /**
     * One atomic alias update, as a compare-and-swap: remove the alias from the indices it points at now (each removal
     * with {@code must_exist}) and add it to the new index. When another rebuild (another instance) switched in
     * between, the removal fails as a whole and is tried again against the new state, so the alias always ends on
     * exactly one index (the last switch wins; every switched-to index is complete). Then the old indices are deleted.
     */
    private void switchAlias(String index) {
        List<String> old;
        for (int attempt = 1;; attempt++) {
            List<String> current = indicesOfAlias();
            try {
                call("switch alias " + alias + " to " + index, () -> client.indices().updateAliases(u -> {
                    current.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias).mustExist(true))));
                    return u.actions(a -> a.add(ad -> ad.index(index).alias(alias)));
                }));
                old = current;
                break;
            } catch (SearchUnavailableException e) {
                if (attempt >= 10 || !(e.getCause() instanceof ElasticsearchException refused)
                        || !List.of("aliases_not_found_exception", "index_not_found_exception")
                                .contains(refused.error().type())) {
                    throw e;
                }
                log.info("Alias {} was switched by another rebuild meanwhile; switching again to {}", alias, index);
            }
        }
        ready = true;
        createdEmpty = false;
        List<String> stale = old.stream().filter(o -> !o.equals(index)).toList();
        if (!stale.isEmpty()) {
            pause(OLD_INDEX_GRACE);
            // another instance's switch may have deleted them already
            call("delete old indices " + stale, () -> client.indices().delete(d -> d.index(stale).ignoreUnavailable(true)));
        }
    }

    /**
     * True when the catalogue must be indexed anew: the alias is missing or points at an index of another schema
     * version (its mapping's {@code _meta.schema_version}), or this instance created the alias with an empty index.
     */
    public boolean needsRebuild() {
        if (createdEmpty) {
            return true;
        }
        if (!aliasExists()) {
            return true;
        }
        var mappings = call("read mapping of " + alias, () -> client.indices().getMapping(g -> g.index(alias))).mappings();
        return mappings.values().stream().anyMatch(record -> {
            Map<String, JsonData> meta = record.mappings().meta();
            JsonData version = meta == null ? null : meta.get(SolutionIndex.META_SCHEMA_VERSION);
            return version == null || version.to(Integer.class) != SwedishAnalysis.SCHEMA_VERSION;
        });
    }

    // --- index lifecycle ----------------------------------------------------------------------------------------

    private void ensureIndex() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (!aliasExists()) {
                createdEmpty = createFirstIndex();
            }
            ready = true;
        }
    }

    /**
     * Creates the alias with its first, empty index. Several instances starting together on an empty cluster all
     * try: the index has a fixed name ({@link #firstIndexName()}) and is created together with its alias in one
     * request, so exactly one creation succeeds and the others get {@code resource_already_exists_exception}, which
     * is success for them (they did not create it, so they do not ask for a rebuild because of it). Should the index
     * exist without the alias (removed by hand), the alias is added to it.
     *
     * @return whether this instance created the index
     */
    private boolean createFirstIndex() {
        String index = firstIndexName();
        try {
            createIndex(index, true);
            return true;
        } catch (SearchUnavailableException e) {
            if (!(e.getCause() instanceof ElasticsearchException refused)
                    || !"resource_already_exists_exception".equals(refused.error().type())) {
                throw e;
            }
        }
        if (!aliasExists()) {
            call("add alias " + alias + " to " + index,
                    () -> client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(index).alias(alias)))));
        }
        return false;
    }

    /** The name of the index an empty cluster starts with: the same on every instance. */
    String firstIndexName() {
        return alias + "-v" + SwedishAnalysis.SCHEMA_VERSION + "-first";
    }

    private boolean aliasExists() {
        return call("check alias " + alias, () -> client.indices().existsAlias(e -> e.name(alias)).value());
    }

    private List<String> indicesOfAlias() {
        if (!aliasExists()) {
            return List.of();
        }
        return List.copyOf(call("read alias " + alias, () -> client.indices().getAlias(g -> g.name(alias))).aliases().keySet());
    }

    private void createIndex(String index, boolean withAlias) {
        IndexSettings settings = SolutionIndex.settings(SwedishAnalysis.synonymRules());
        call("create index " + index, () -> client.indices().create(c -> {
            c.index(index).settings(settings).mappings(SolutionIndex.mapping());
            if (withAlias) {
                c.aliases(alias, a -> a);
            }
            return c;
        }));
    }

    String newIndexName() {
        return alias + "-v" + SwedishAnalysis.SCHEMA_VERSION + "-"
                + ZonedDateTime.now(ZoneOffset.UTC).format(SolutionIndex.INDEX_TIMESTAMP)
                // two instances rebuilding in the same millisecond must not pick the same name
                + "-" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
    }

    private void deleteQuietly(String index, RuntimeException cause) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface EsCall<T> {
        T run() throws IOException;
    }

    private <T> T call(String what, EsCall<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused " + what + " (alias '" + alias + "'): "
                    + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch failed on " + what + " (alias '" + alias + "'): "
                    + e.getMessage(), e);
        }
    }
}
