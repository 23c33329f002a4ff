package se.delbart.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import se.delbart.search.SearchResult;
import se.delbart.search.MoreLikeThisSettings;

/**
 * More-like-this on the embedded index: the stored text fields of the given solution, re-analysed with the index
 * analyzer, and the term vectors of its compounds' parts give its most significant terms (tf-idf, at most {@link MoreLikeThisSettings.MAX_QUERY_TERMS}); solutions
 * sharing them rank by score. The solution itself is left out.
 */
final class LuceneMoreLikeThis {

    private LuceneMoreLikeThis() {
    }

    static List<SearchResult.Hit> find(IndexSearcher searcher, Analyzer analyzer, UUID id, int limit)
            throws IOException {
        TopDocs self = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(IndexSchema.SIMILARITY_FIELDS.toArray(String[]::new));
        mlt.setMinTermFreq(MoreLikeThisSettings.MIN_TERM_FREQ);
        mlt.setMinDocFreq(MoreLikeThisSettings.MIN_DOC_FREQ);
        mlt.setMinWordLen(MoreLikeThisSettings.MIN_WORD_LENGTH);
        mlt.setMaxQueryTerms(MoreLikeThisSettings.MAX_QUERY_TERMS);
        Query like = mlt.like(self.scoreDocs[0].doc);
        Query query = new BooleanQuery.Builder().add(like, Occur.MUST)
                .add(new TermQuery(IndexSchema.idTerm(id)), Occur.MUST_NOT).build();
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            Document doc = stored.document(hit.doc);
            hits.add(new SearchResult.Hit(UUID.fromString(doc.get(IndexSchema.ID)), doc.get(IndexSchema.NAME),
                    doc.get(IndexSchema.SUMMARY), doc.get(IndexSchema.PUBLISHER_CODE),
                    doc.get(IndexSchema.PUBLISHER_NAME), Float.isNaN(hit.score) ? 0f : hit.score, Map.of()));
        }
        return hits;
    }
}
