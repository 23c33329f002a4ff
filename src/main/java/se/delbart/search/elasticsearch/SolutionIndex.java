package se.delbart.search.elasticsearch;

import static se.delbart.search.SwedishAnalysis.SWEDISH;
import static se.delbart.search.SwedishAnalysis.SWEDISH_FOLDED;
import static se.delbart.search.SwedishAnalysis.SWEDISH_FOLDED_SEARCH;
import static se.delbart.search.SwedishAnalysis.SWEDISH_SEARCH;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonData;
import se.delbart.search.Facet;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SwedishAnalysis;
import se.delbart.search.analysis.CompoundSplitter;
import se.delbart.search.analysis.Derivations;

/**
 * The index layout: Swedish analysis (the chain {@link SwedishAnalysis} describes, with the synonyms passed inline
 * so the server needs no files), the mapping, and how a {@link SolutionDocument} becomes a source document,
 * including the compounds' parts and the derivation keys the application computes (no analysis plugin needed). The schema version is kept in the mapping's {@code _meta}.
 */
final class SolutionIndex {

    static final String META_SCHEMA_VERSION = "schema_version";

    static final String ID = "id";
    static final String NAME = "name";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String PROBLEM = "problem";
    static final String FEATURES = "features";
    static final String TAGS = "tags";
    static final String PUBLISHER_CODE = "publisherCode";
    static final String PUBLISHER_NAME = "publisherName";
    static final String PUBLISHED_AT = "publishedAt";
    static final String ADOPTION_COUNT = "adoptionCount";

    /** Sub-field of each text field analysed with {@link SwedishAnalysis#SWEDISH_FOLDED}. */
    static final String FOLDED = "folded";
    /** Sub-field of name and tags with word prefixes, for type-ahead. */
    static final String PREFIX = "prefix";
    /** Sub-field of tags with the tag as it is, for suggestions. */
    static final String RAW = "raw";
    /**
     * All text, diacritics folded, with the synonyms expanded at index time. Only the typo-tolerant (fuzzy) clause
     * uses it, so that a typo in a word known only from the synonym list ("robotisring") still reaches the documents
     * that have its synonyms ("rpa"), and a typo without diacritics ("aldreomsorgn") still finds "äldreomsorg".
     */
    static final String EXPANDED = "all_expanded";

    /** The heads of all text's compounds, computed by the application ({@link CompoundSplitter#heads}). */
    static final String COMPOUND_HEADS = "compound_heads";
    /** The modifiers of all text's compounds ({@link CompoundSplitter#modifiers}). */
    static final String COMPOUND_MODIFIERS = "compound_modifiers";
    /** The derivational family keys of all text's words ({@link Derivations#keys}). */
    static final String DERIVED = "derived";
    /** The dictionary stems of all text's words ({@link Derivations#lemmas}). */
    static final String LEMMAS = "lemmas";

    /** Text fields and their weights: name > summary/features/tags > description/problem. */
    static final Map<String, Float> TEXT_FIELDS = textFields();
    /** Summary, features and tags together (weight 2), for scoring only (as the Lucene adapter's field). */
    static final String TEXT_MID = "text_mid";
    /** Description and problem together (weight 1), for scoring only (as the Lucene adapter's field). */
    static final String TEXT_LOW = "text_low";
    /**
     * The fields the scoring query searches, one per weight of {@link #TEXT_FIELDS}, as the Lucene adapter: BM25 then
     * sees the same field lengths and term statistics in both adapters, and a word found in the summary and a tag
     * counts as a term frequency of 2 in one field, not as two fields' scores.
     */
    static final Map<String, Float> SCORED_FIELDS = scoredFields();

    private static final String SYNONYMS = "delbart_synonyms";
    private static final String SYNONYMS_INDEX = "delbart_synonyms_index";
    private static final String STEMMER = "delbart_light_swedish";
    private static final String EDGE_NGRAM = "delbart_edge_ngram";
    private static final String EXPANDED_ANALYZER = "delbart_swedish_expanded";
    /**
     * Query analyzer without compound splitting: the index keeps each compound whole beside its parts, so a whole
     * compound typed ("bygglovsansökan") also scores as a whole word and outranks matches on its parts (as in Lucene).
     */
    static final String WHOLE_WORD_SEARCH_ANALYZER = "delbart_swedish_whole_word_search";

    /**
     * The fuzzy clause's query analyzer: folded and stemmed but not decompounded, because Elasticsearch does not
     * apply fuzziness to a position holding several tokens (the Lucene adapter also fuzzes only the whole words).
     */
    static final String FUZZY_SEARCH_ANALYZER = "delbart_fuzzy_search";
    /** The folded fields' query analyzer: as {@link #WHOLE_WORD_SEARCH_ANALYZER}, diacritics folded. */
    static final String FOLDED_WHOLE_WORD_SEARCH_ANALYZER = "delbart_swedish_folded_whole_word_search";
    /** The compound fields' analyzer, index and query side: lower-case and stems (as Lucene's partsSearch). */
    static final String PARTS_ANALYZER = "delbart_parts";
    /** The derivation field's analyzer: lower-case words, the keys as the application wrote them. */
    static final String KEYS_ANALYZER = "delbart_keys";
    private static final String PREFIX_ANALYZER = "delbart_prefix";
    private static final String PREFIX_SEARCH_ANALYZER = "delbart_prefix_search";

    static final DateTimeFormatter INDEX_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private SolutionIndex() {
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(NAME, 3f);
        fields.put(SUMMARY, 2f);
        fields.put(FEATURES, 2f);
        fields.put(TAGS, 2f);
        fields.put(DESCRIPTION, 1f);
        fields.put(PROBLEM, 1f);
        return java.util.Collections.unmodifiableMap(fields);
    }

    private static Map<String, Float> scoredFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(NAME, 3f);
        fields.put(TEXT_MID, 2f);
        fields.put(TEXT_LOW, 1f);
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The scoring group a text field is copied to (null for the name, which is its own). */
    private static String group(String field) {
        return switch (field) {
            case SUMMARY, FEATURES, TAGS -> TEXT_MID;
            case DESCRIPTION, PROBLEM -> TEXT_LOW;
            default -> null;
        };
    }

    /** The keyword field a facet filters and counts on. */
    static String facetField(Facet facet) {
        return facet.param();
    }

    static IndexSettings settings(List<String> synonymRules) {
        return IndexSettings.of(s -> s
                .numberOfShards("1")
                .numberOfReplicas("0")
                .analysis(a -> a
                        .filter(SYNONYMS, f -> f.definition(d -> d.synonymGraph(g -> g.synonyms(synonymRules))))
                        .filter(SYNONYMS_INDEX, f -> f.definition(d -> d.synonym(g -> g.synonyms(synonymRules))))
                        .filter(STEMMER, f -> f.definition(d -> d.stemmer(st -> st.language("light_swedish"))))
                        .filter(EDGE_NGRAM, f -> f.definition(d -> d.edgeNgram(e -> e.minGram(1).maxGram(30))))
                        .analyzer(SWEDISH, custom("lowercase", STEMMER))
                        .analyzer(SWEDISH_FOLDED, custom("lowercase", "asciifolding", STEMMER))
                        .analyzer(SWEDISH_SEARCH, custom("lowercase", SYNONYMS, STEMMER))
                        .analyzer(SWEDISH_FOLDED_SEARCH, custom("lowercase", "asciifolding", SYNONYMS, STEMMER))
                        .analyzer(EXPANDED_ANALYZER, custom("lowercase", "asciifolding", SYNONYMS_INDEX, STEMMER))
                        .analyzer(FUZZY_SEARCH_ANALYZER, custom("lowercase", "asciifolding", STEMMER))
                        .analyzer(WHOLE_WORD_SEARCH_ANALYZER, custom("lowercase", SYNONYMS, STEMMER))
                        .analyzer(FOLDED_WHOLE_WORD_SEARCH_ANALYZER, custom("lowercase", "asciifolding", SYNONYMS, STEMMER))
                        .analyzer(PARTS_ANALYZER, custom("lowercase", STEMMER))
                        .analyzer(KEYS_ANALYZER, custom("lowercase"))
                        .analyzer(PREFIX_ANALYZER, custom("lowercase", EDGE_NGRAM))
                        .analyzer(PREFIX_SEARCH_ANALYZER, custom("lowercase"))));
    }

    private static Analyzer custom(String... filters) {
        return Analyzer.of(a -> a.custom(c -> c.tokenizer("standard").filter(List.of(filters))));
    }

    static TypeMapping mapping() {
        return TypeMapping.of(m -> {
            m.meta(Map.of(META_SCHEMA_VERSION, JsonData.of(SwedishAnalysis.SCHEMA_VERSION)))
                    .dynamic(DynamicMapping.Strict)
                    .properties(ID, keyword())
                    .properties(PUBLISHER_CODE, keyword())
                    .properties(PUBLISHER_NAME, p -> p.keyword(k -> k.index(false)))
                    .properties(PUBLISHED_AT, p -> p.date(d -> d))
                    .properties(ADOPTION_COUNT, p -> p.integer(i -> i))
                    .properties(EXPANDED, p -> p.text(t -> t.analyzer(EXPANDED_ANALYZER).searchAnalyzer(FUZZY_SEARCH_ANALYZER)))
                    // the compounds' parts also join all text, as Lucene's all-text chain adds them after each compound
                    .properties(COMPOUND_HEADS, p -> p.text(t -> t.analyzer(PARTS_ANALYZER).copyTo(EXPANDED)))
                    .properties(COMPOUND_MODIFIERS, p -> p.text(t -> t.analyzer(PARTS_ANALYZER).copyTo(EXPANDED)))
                    .properties(DERIVED, p -> p.text(t -> t.analyzer(KEYS_ANALYZER)))
                    .properties(LEMMAS, p -> p.text(t -> t.analyzer(KEYS_ANALYZER)));
            TEXT_FIELDS.keySet().forEach(field -> m.properties(field, text(field)));
            for (String group : List.of(TEXT_MID, TEXT_LOW)) {
                m.properties(group, p -> p.text(t -> t.analyzer(SWEDISH).searchAnalyzer(SWEDISH_SEARCH)
                        .fields(FOLDED, f -> f.text(ft -> ft.analyzer(SWEDISH_FOLDED)
                                .searchAnalyzer(SWEDISH_FOLDED_SEARCH)))));
            }
            for (Facet facet : Facet.values()) {
                m.properties(facetField(facet), keyword());
            }
            return m;
        });
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    private static Property text(String field) {
        return Property.of(p -> p.text(t -> {
            String group = group(field);
            t.analyzer(SWEDISH).searchAnalyzer(SWEDISH_SEARCH)
                    .copyTo(group == null ? List.of(EXPANDED) : List.of(EXPANDED, group))
                    .fields(FOLDED, f -> f.text(ft -> ft.analyzer(SWEDISH_FOLDED).searchAnalyzer(SWEDISH_FOLDED_SEARCH)));
            if (field.equals(NAME) || field.equals(TAGS)) {
                t.fields(PREFIX, f -> f.text(ft -> ft.analyzer(PREFIX_ANALYZER).searchAnalyzer(PREFIX_SEARCH_ANALYZER)));
            }
            if (field.equals(TAGS)) {
                t.fields(RAW, f -> f.keyword(k -> k));
            }
            return t;
        }));
    }

    private static String allText(SolutionDocument document) {
        List<String> values = new java.util.ArrayList<>();
        values.add(document.name());
        values.add(document.summary());
        values.addAll(document.features());
        values.addAll(document.tags().stream().sorted().toList());
        values.add(document.description());
        values.add(document.problem());
        return String.join("\n", values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }

    /** The source document: text, facet values as keywords, date and adoption count. */
    static Map<String, Object> source(SolutionDocument document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ID, document.id().toString());
        source.put(NAME, document.name());
        source.put(SUMMARY, document.summary());
        source.put(DESCRIPTION, document.description());
        source.put(PROBLEM, document.problem());
        source.put(FEATURES, document.features());
        source.put(TAGS, List.copyOf(document.tags()));
        source.put(PUBLISHER_CODE, document.publisherCode());
        source.put(PUBLISHER_NAME, document.publisherName());
        source.put(PUBLISHED_AT, document.publishedAt() == null ? null : document.publishedAt().toString());
        source.put(ADOPTION_COUNT, document.adoptionCount());
        document.facetValues().forEach((facet, values) -> source.put(facetField(facet), List.copyOf(values)));
        String text = allText(document);
        source.put(COMPOUND_HEADS, CompoundSplitter.swedish().heads(text));
        source.put(COMPOUND_MODIFIERS, CompoundSplitter.swedish().modifiers(text));
        source.put(DERIVED, Derivations.swedish().keys(text));
        source.put(LEMMAS, Derivations.swedish().lemmas(text));
        return source;
    }
}
