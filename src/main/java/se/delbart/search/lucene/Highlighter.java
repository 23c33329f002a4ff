package se.delbart.search.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Fragments with matched words in {@code <mark>}, everything else HTML-escaped. Matches come from the offsets in the
 * term vectors of the folded fields ({@code name_folded}, …), so diacritics-free and fuzzy matches are marked too,
 * and the text they mark is the stored original field ({@code name}, …) — the same characters, analysed differently.
 *
 * <p>It is given the search's own query after rewriting (fuzzy clauses already turned into the index terms they
 * reach): it then only looks the folded fields' terms up in each hit's term vector (one small per-document index,
 * read once per hit for all fields), instead of re-analysing stored text, expanding fuzzy terms per hit, or seeking
 * each term in the whole index's postings per hit and field (each of which dominated search time at 100k documents
 * in turn, see docs/benchmarks.md).
 */
final class Highlighter extends UnifiedHighlighter {

    private static final String[] STORED = IndexSchema.HIGHLIGHTED.keySet().stream().sorted().toArray(String[]::new);
    private static final String[] FIELDS = Arrays.stream(STORED).map(IndexSchema::folded).toArray(String[]::new);
    private static final int[] PASSAGES = Arrays.stream(STORED).mapToInt(IndexSchema.HIGHLIGHTED::get).toArray();

    /** The hits' stored documents, already read for the results: their text is not read a second time. */
    private final Map<Integer, Document> storedByDoc;

    private Highlighter(Builder builder, Map<Integer, Document> storedByDoc) {
        super(builder);
        this.storedByDoc = storedByDoc;
    }

    /**
     * A highlighter for one search, given the stored documents of the hits it will highlight (by doc id); a hit not
     * among them is read from the index.
     */
    static Highlighter of(IndexSearcher searcher, Analyzer foldedAnalyzer, Map<Integer, Document> storedByDoc) {
        return new Highlighter(UnifiedHighlighter.builder(searcher, foldedAnalyzer)
                .withFormatter(new MarkFormatter())
                .withScorer(new PassageScorerWithoutHash())
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                // per field, look up only that field's terms in each hit's term vector; the Weight/Matches path
                // evaluated every field's clauses for every field (most of the search time at 100k documents)
                .withWeightMatches(false), storedByDoc);
    }

    /**
     * Per document (in the order of {@code docIds}): stored field name → fragments; fields without a match are left
     * out.
     */
    List<Map<String, List<String>>> highlight(Query query, int[] docIds) throws IOException {
        List<Map<String, List<String>>> perDoc = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            perDoc.add(new LinkedHashMap<>());
        }
        if (query == null || docIds.length == 0) {
            return perDoc;
        }
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, withTypoTermsPerField(query), docIds,
                PASSAGES);
        for (int f = 0; f < FIELDS.length; f++) {
            Object[] fragments = byField.get(FIELDS[f]);
            for (int i = 0; i < docIds.length; i++) {
                if (fragments != null && fragments[i] instanceof List<?> list && !list.isEmpty()) {
                    perDoc.get(i).put(STORED[f], list.stream().map(String.class::cast).toList());
                }
            }
        }
        return perDoc;
    }

    /**
     * The query plus, for each index term its fuzzy clauses reached on the all-text field, the same term on every
     * highlighted folded field (both are folded and stemmed alike): a misspelt word's match is marked where it is.
     */
    static Query withTypoTermsPerField(Query query) {
        Set<BytesRef> typoTerms = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return IndexSchema.ALL_EXPANDED.equals(field);
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                for (Term term : terms) {
                    typoTerms.add(term.bytes());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        if (typoTerms.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder extended = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        for (String field : FIELDS) {
            for (BytesRef term : typoTerms) {
                extended.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
        }
        return extended.build();
    }

    /**
     * The folded fields are not stored: their text is the stored original field's, taken from the documents already
     * read (values of a multi-valued field joined with {@link #MULTIVAL_SEP_CHAR} and cut at {@link #getMaxLength()},
     * as {@link UnifiedHighlighter#loadFieldValues} does), in the same batches.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
            int cacheCharsThreshold) throws IOException {
        String[] stored = Arrays.stream(fields).map(Highlighter::storedField).toArray(String[]::new);
        List<CharSequence[]> values = new ArrayList<>();
        long chars = 0;
        // a batch ends once it holds more than cacheCharsThreshold characters, or after one document when that is 0
        // (as the highlighter asks with term vectors: it highlights field by field, and reads a document's term
        // vectors once only while it stays on that document)
        do {
            int doc = docIter.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            Document document = storedByDoc.get(doc);
            if (document == null) {
                document = searcher.storedFields().document(doc);
            }
            CharSequence[] byField = new CharSequence[stored.length];
            for (int f = 0; f < stored.length; f++) {
                String[] fieldValues = document.getValues(stored[f]);
                if (fieldValues.length > 0) {
                    String joined = String.join(String.valueOf(MULTIVAL_SEP_CHAR), fieldValues);
                    byField[f] = joined.length() > getMaxLength() ? joined.substring(0, getMaxLength()) : joined;
                    chars += byField[f].length();
                }
            }
            values.add(byField);
        } while (cacheCharsThreshold != 0 && chars <= cacheCharsThreshold);
        return values;
    }

    private static String storedField(String field) {
        return field.endsWith(IndexSchema.FOLDED)
                ? field.substring(0, field.length() - IndexSchema.FOLDED.length()) : field;
    }

    /**
     * Lucene's passage score (BM25 over the passage's matched terms, times the start-offset norm), counted without
     * the {@code BytesRefHash} that {@link PassageScorer#score} builds per candidate passage: each one allocates a
     * 32 KB block, over half of all the memory a search allocated at 100k documents (docs/benchmarks.md). Same
     * formula, same order of summation, so the same passages are chosen.
     */
    static final class PassageScorerWithoutHash extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int count = 0;
            for (int i = 0; i < matches; i++) {
                int id = 0;
                while (id < count && !distinct[id].bytesEquals(terms[i])) {
                    id++;
                }
                if (id == count) {
                    distinct[count] = terms[i];
                    inDoc[count] = freqsInDoc[i];
                    count++;
                }
                inPassage[id]++;
            }
            double score = 0;
            for (int id = 0; id < count; id++) {
                score += tf(inPassage[id], passage.getLength()) * weight(contentLength, inDoc[id]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }

    /** One string per passage: the default formatter with escaping, applied passage by passage. */
    private static final class MarkFormatter extends PassageFormatter {

        private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> fragments = new ArrayList<>();
            for (Passage passage : passages) {
                if (passage.getNumMatches() > 0) {
                    String fragment = html.format(new Passage[] {passage}, content)
                            .replace(UnifiedHighlighter.MULTIVAL_SEP_CHAR, ' ').strip();
                    fragments.add(fragment);
                }
            }
            return fragments;
        }
    }
}
