package se.delbart.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Fragments with matched words in {@code <mark>}, everything else HTML-escaped. Offsets come from re-analysing the
 * stored text with the folded analyzer (the text fields are indexed without offsets), so diacritics-free and fuzzy
 * matches are marked too.
 */
final class Highlighter extends UnifiedHighlighter {

    private static final String[] FIELDS = IndexSchema.HIGHLIGHTED.keySet().stream().sorted().toArray(String[]::new);
    private static final int[] PASSAGES = java.util.Arrays.stream(FIELDS).mapToInt(IndexSchema.HIGHLIGHTED::get).toArray();

    private Highlighter(Builder builder) {
        super(builder);
    }

    static Highlighter of(IndexSearcher searcher, Analyzer foldedAnalyzer) {
        return new Highlighter(UnifiedHighlighter.builder(searcher, foldedAnalyzer)
                .withFormatter(new MarkFormatter())
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true));
    }

    /** Per document (in the order of {@code docIds}): field → fragments; fields without a match are left out. */
    List<Map<String, List<String>>> highlight(Query query, int[] docIds) throws IOException {
        List<Map<String, List<String>>> perDoc = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            perDoc.add(new LinkedHashMap<>());
        }
        if (query == null || docIds.length == 0) {
            return perDoc;
        }
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, query, docIds, PASSAGES);
        for (String field : FIELDS) {
            Object[] fragments = byField.get(field);
            for (int i = 0; i < docIds.length; i++) {
                if (fragments != null && fragments[i] instanceof List<?> list && !list.isEmpty()) {
                    perDoc.get(i).put(field, list.stream().map(String.class::cast).toList());
                }
            }
        }
        return perDoc;
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
