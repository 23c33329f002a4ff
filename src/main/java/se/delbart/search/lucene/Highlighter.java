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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Fragments with matched words in {@code <mark>}, everything else HTML-escaped. Matches come from the offsets in the
 * postings of the folded fields ({@code name_folded}, …), so diacritics-free and fuzzy matches are marked too, and
 * the text they mark is the stored original field ({@code name}, …) — the same characters, analysed differently.
 *
 * <p>It is given the search's own query after rewriting (fuzzy clauses already turned into the index terms they
 * reach): it then only looks the folded fields' terms up in each hit's postings, instead of re-analysing stored
 * text or expanding fuzzy terms per hit (which dominated search time at 100k documents, see docs/benchmarks.md).
 */
final class Highlighter extends UnifiedHighlighter {

    private static final String[] STORED = IndexSchema.HIGHLIGHTED.keySet().stream().sorted().toArray(String[]::new);
    private static final String[] FIELDS = Arrays.stream(STORED).map(IndexSchema::folded).toArray(String[]::new);
    private static final int[] PASSAGES = Arrays.stream(STORED).mapToInt(IndexSchema.HIGHLIGHTED::get).toArray();

    private Highlighter(Builder builder) {
        super(builder);
    }

    static Highlighter of(IndexSearcher searcher, Analyzer foldedAnalyzer) {
        return new Highlighter(UnifiedHighlighter.builder(searcher, foldedAnalyzer)
                .withFormatter(new MarkFormatter())
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                // per field, look up only that field's terms in each hit's postings; the Weight/Matches path
                // evaluated every field's clauses for every field (most of the search time at 100k documents)
                .withWeightMatches(false));
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

    /** The folded fields are not stored: their text is the stored original field's. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
            int cacheCharsThreshold) throws IOException {
        String[] stored = Arrays.stream(fields).map(Highlighter::storedField).toArray(String[]::new);
        return super.loadFieldValues(stored, docIter, cacheCharsThreshold);
    }

    private static String storedField(String field) {
        return field.endsWith(IndexSchema.FOLDED)
                ? field.substring(0, field.length() - IndexSchema.FOLDED.length()) : field;
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
