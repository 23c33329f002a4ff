package se.delbart.search.lucene;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

import se.delbart.search.Facet;
import se.delbart.search.SearchSort;
import se.delbart.search.SolutionDocument;

/**
 * The fields of the index. Text fields are analysed twice: exactly ({@code name}, stored) and diacritics-folded
 * ({@code name_folded}, with term vectors for highlighting); facets are sorted-set doc values (one dimension per
 * {@link Facet}, named by its parameter); sorting uses doc values.
 */
final class IndexSchema {

    static final String ID = "id";
    static final String NAME = "name";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String PROBLEM = "problem";
    static final String FEATURES = "features";
    static final String TAGS = "tags";
    static final String FOLDED = "_folded";
    static final String PUBLISHER_CODE = "publisher_code";
    static final String PUBLISHER_NAME = "publisher_name";
    static final String PUBLISHED_AT = "published_at";
    static final String ADOPTIONS = "adoption_count";
    /**
     * All text fields together, folded, synonyms expanded (see {@link LuceneAnalyzers#expanded}): only the fuzzy
     * clauses search it, one per typed word instead of one per field. Not stored, no offsets.
     */
    static final String ALL_EXPANDED = "all_expanded";
    /** The heads of all text's compounds ({@link LuceneAnalyzers#compoundHeads}): not stored, no offsets. */
    static final String COMPOUND_HEADS = "compound_heads";
    /** The modifiers of all text's compounds ({@link LuceneAnalyzers#compoundModifiers}). */
    static final String COMPOUND_MODIFIERS = "compound_modifiers";
    /** The derivational family keys of all text's words ({@link LuceneAnalyzers#derived}). */
    static final String DERIVED = "derived";
    /** The dictionary stems of all text's words ({@link LuceneAnalyzers#lemmas}). */
    static final String LEMMAS = "lemmas";
    /** Lower-cased words of names and tags, for type-ahead by word prefix. */
    static final String SUGGEST_WORDS = "suggest_words";
    /** Whole names and tags, lower-cased, for type-ahead by a prefix that spans words. */
    static final String SUGGEST_WHOLE = "suggest_whole";

    /** Text fields and their weights: name > summary, features, tags > description, problem. */
    static final Map<String, Float> TEXT_FIELDS = Map.of(NAME, 3f, SUMMARY, 2f, FEATURES, 2f, TAGS, 2f,
            DESCRIPTION, 1f, PROBLEM, 1f);

    /** Summary, features and tags together (weight 2), for scoring: not stored, no offsets. */
    static final String TEXT_MID = "text_mid";
    /** Description and problem together (weight 1), for scoring: not stored, no offsets. */
    static final String TEXT_LOW = "text_low";
    /**
     * The fields the scoring query searches, one per weight of {@link #TEXT_FIELDS}: three fields' clauses per
     * search instead of six, so a document that matches is scored against half as many postings (docs/benchmarks.md,
     * session 4). The six fields stay indexed for highlighting and more-like-this.
     */
    static final Map<String, Float> SCORED_FIELDS = Map.of(NAME, 3f, TEXT_MID, 2f, TEXT_LOW, 1f);

    /** Fields with highlighted fragments, and how many fragments each may give. */
    static final Map<String, Integer> HIGHLIGHTED = Map.of(NAME, 1, SUMMARY, 1, FEATURES, 2, TAGS, 3,
            DESCRIPTION, 2, PROBLEM, 1);

    static final FacetsConfig FACETS = facetsConfig();

    /**
     * Folded text with a term vector per document (positions and offsets): the highlighter marks matches from it,
     * without re-analysis and without looking each query term up in the whole index's postings per hit.
     */
    private static final FieldType FOLDED_WITH_TERM_VECTORS = foldedWithTermVectors();
    /** The compound fields keep a term vector (terms only): more-like-this reads a solution's parts from it. */
    private static final FieldType WITH_TERM_VECTORS = withTermVectors();

    private IndexSchema() {
    }

    static String folded(String field) {
        return field + FOLDED;
    }

    static Term idTerm(java.util.UUID id) {
        return new Term(ID, id.toString());
    }

    static Document toDocument(SolutionDocument solution) {
        Document doc = new Document();
        String id = solution.id().toString();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));

        text(doc, NAME, null, solution.name());
        text(doc, SUMMARY, TEXT_MID, solution.summary());
        solution.features().forEach(feature -> text(doc, FEATURES, TEXT_MID, feature));
        solution.tags().stream().sorted().forEach(tag -> text(doc, TAGS, TEXT_MID, tag));
        text(doc, DESCRIPTION, TEXT_LOW, solution.description());
        text(doc, PROBLEM, TEXT_LOW, solution.problem());

        suggestable(doc, solution.name());
        solution.tags().forEach(tag -> suggestable(doc, tag));

        stored(doc, PUBLISHER_CODE, solution.publisherCode());
        stored(doc, PUBLISHER_NAME, solution.publisherName());
        Instant published = solution.publishedAt() == null ? Instant.EPOCH : solution.publishedAt();
        doc.add(new NumericDocValuesField(PUBLISHED_AT, published.toEpochMilli()));
        doc.add(new NumericDocValuesField(ADOPTIONS, solution.adoptionCount()));

        solution.facetValues().forEach((facet, values) -> facetValues(doc, facet, values));
        try {
            return FACETS.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Sort sort(SearchSort sort) {
        SortField newest = new SortField(PUBLISHED_AT, SortField.Type.LONG, true);
        SortField id = new SortField(ID, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
            case NEWEST -> new Sort(newest, id);
            case MOST_ADOPTED -> new Sort(new SortField(ADOPTIONS, SortField.Type.LONG, true), newest, id);
        };
    }

    static List<String> values(Document stored, String field) {
        return List.of(stored.getValues(field));
    }

    /**
     * A text field (stored; folded with term vectors), its weight group's scoring fields (unless null), all text, and
     * the compound and derivation fields.
     */
    private static void text(Document doc, String field, String group, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.YES));
            doc.add(new Field(folded(field), value, FOLDED_WITH_TERM_VECTORS));
            if (group != null) {
                doc.add(new TextField(group, value, Field.Store.NO));
                doc.add(new TextField(folded(group), value, Field.Store.NO));
            }
            doc.add(new TextField(ALL_EXPANDED, value, Field.Store.NO));
            doc.add(new Field(COMPOUND_HEADS, value, WITH_TERM_VECTORS));
            doc.add(new Field(COMPOUND_MODIFIERS, value, WITH_TERM_VECTORS));
            doc.add(new TextField(DERIVED, value, Field.Store.NO));
            doc.add(new TextField(LEMMAS, value, Field.Store.NO));
        }
    }

    private static void suggestable(Document doc, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(SUGGEST_WORDS, value, Field.Store.NO));
            doc.add(new StringField(SUGGEST_WHOLE, value.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facetValues(Document doc, Facet facet, Set<String> values) {
        values.stream().filter(value -> value != null && !value.isBlank())
                .forEach(value -> doc.add(new SortedSetDocValuesFacetField(facet.param(), value)));
    }

    private static FieldType foldedWithTermVectors() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorPositions(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        return type;
    }

    private static FieldType withTermVectors() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    /** The fields more-like-this compares: the text fields and the compounds' parts. */
    static final List<String> SIMILARITY_FIELDS = List.of(DESCRIPTION, FEATURES, NAME, PROBLEM, SUMMARY, TAGS,
            COMPOUND_HEADS, COMPOUND_MODIFIERS);

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.param(), true);
        }
        return config;
    }
}
