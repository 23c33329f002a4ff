package se.delbart.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A search-box query (one required clause, optional clauses that only rank: {@link TextQueries#searchBox}) with the
 * same matches and the same scores, bit for bit, as Lucene's {@link BooleanQuery}, computed clause by clause instead
 * of document by document.
 *
 * <p>Lucene scores such a query document at a time: for each match of the required clause it advances every optional
 * clause (about twenty term, synonym and phrase scorers for three words over three weighted fields) through a priority
 * queue per disjunction. Here the required clause's matches in a segment are listed first, with their scores; then
 * each optional leaf clause walks that list once, in order, adding its score to the documents it matches. No queue:
 * a leaf's scorer is advanced exactly as before, but nothing is reordered. On the generated corpus at 100k documents
 * this halves the scoring of "robotisering ekonomiskt bistånd" (docs/benchmarks.md, session 6).
 *
 * <p>The scores are identical because the sums are formed as Lucene forms them: a pure disjunction
 * ({@code DisjunctionSumScorer}, {@code BooleanScorer}) adds its clauses' float scores in a double and rounds once to
 * float, and a disjunction's sum of floats in a double is exact whatever its order; the required clause's score and
 * the optional part's are then added in float ({@code ReqOptSumScorer}). Every clause that is not a pure disjunction
 * (a term, synonym, phrase, a compound's conjunction) is scored by Lucene's own scorer. {@code
 * RankWithinRequiredQueryTest} compares every match's score with Lucene's.
 *
 * <p>Only for scoring: when scores are not needed (a listing sorted by date) the original query's weight is used.
 */
final class RankWithinRequiredQuery extends Query {

    private final BooleanQuery original;
    private final Query required;
    private final List<Query> optional;

    private RankWithinRequiredQuery(BooleanQuery original, Query required, List<Query> optional) {
        this.original = original;
        this.required = required;
        this.optional = optional;
    }

    /**
     * The query scored clause by clause, when it is one required clause plus optional ones (no minimum of optional
     * matches, no filter or prohibited clause); otherwise empty.
     */
    static Optional<Query> of(Query rewritten) {
        if (!(rewritten instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
            return Optional.empty();
        }
        Query required = null;
        List<Query> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() == Occur.SHOULD) {
                optional.add(clause.getQuery());
            } else if (clause.getOccur() == Occur.MUST && required == null) {
                required = clause.getQuery();
            } else {
                return Optional.empty();
            }
        }
        return required == null || optional.isEmpty() ? Optional.empty()
                : Optional.of(new RankWithinRequiredQuery(bool, required, List.copyOf(optional)));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return original.createWeight(searcher, scoreMode, boost);
        }
        Weight requiredWeight = searcher.createWeight(required, ScoreMode.COMPLETE, boost);
        List<Node> sums = new ArrayList<>();
        for (Query clause : optional) {
            sums.add(node(searcher, clause, boost));
        }
        return new RankWeight(searcher, scoreMode, boost, requiredWeight, new Sum(sums));
    }

    /** A pure disjunction becomes a {@link Sum} of its clauses; anything else is scored by Lucene's weight. */
    private static Node node(IndexSearcher searcher, Query query, float boost) throws IOException {
        if (query instanceof BoostQuery boosted) {
            return node(searcher, boosted.getQuery(), boost * boosted.getBoost());
        }
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.SHOULD)) {
            List<Node> clauses = new ArrayList<>();
            for (BooleanClause clause : bool.clauses()) {
                clauses.add(node(searcher, clause.getQuery(), boost));
            }
            return new Sum(clauses);
        }
        return new Leaf(searcher.createWeight(query, ScoreMode.COMPLETE, boost));
    }

    private sealed interface Node permits Sum, Leaf {
        /** Adds this node's float score for each listed document that it matches into {@code into}. */
        void addScores(LeafReaderContext context, int[] docs, int count, double[] into) throws IOException;
    }

    /** Clauses' float scores added in a double, rounded once to float: Lucene's disjunction sum. */
    private record Sum(List<Node> clauses) implements Node {
        @Override
        public void addScores(LeafReaderContext context, int[] docs, int count, double[] into) throws IOException {
            double[] sum = new double[count];
            for (Node clause : clauses) {
                clause.addScores(context, docs, count, sum);
            }
            for (int i = 0; i < count; i++) {
                into[i] += (float) sum[i];
            }
        }
    }

    /** One clause scored by Lucene, its iterator advanced along the listed documents once. */
    private record Leaf(Weight weight) implements Node {
        @Override
        public void addScores(LeafReaderContext context, int[] docs, int count, double[] into) throws IOException {
            Scorer scorer = weight.scorer(context);
            if (scorer == null) {
                return;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            int current = -1;
            for (int i = 0; i < count; i++) {
                int target = docs[i];
                if (current < target) {
                    current = approximation.advance(target);
                    if (current == DocIdSetIterator.NO_MORE_DOCS) {
                        return;
                    }
                }
                if (current == target && (twoPhase == null || twoPhase.matches())) {
                    into[i] += scorer.score();
                }
            }
        }
    }

    private final class RankWeight extends Weight {

        private final IndexSearcher searcher;
        private final ScoreMode scoreMode;
        private final float boost;
        private final Weight requiredWeight;
        private final Sum optionalSum;

        RankWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost, Weight requiredWeight, Sum optionalSum) {
            super(RankWithinRequiredQuery.this);
            this.searcher = searcher;
            this.scoreMode = scoreMode;
            this.boost = boost;
            this.requiredWeight = requiredWeight;
            this.optionalSum = optionalSum;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            Scorer requiredScorer = requiredWeight.scorer(context);
            if (requiredScorer == null) {
                return null;
            }
            Bits live = context.reader().getLiveDocs();
            TwoPhaseIterator twoPhase = requiredScorer.twoPhaseIterator();
            DocIdSetIterator approximation = twoPhase == null ? requiredScorer.iterator() : twoPhase.approximation();
            int[] docs = new int[64];
            float[] requiredScores = new float[64];
            int count = 0;
            for (int doc = approximation.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = approximation.nextDoc()) {
                if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                    if (count == docs.length) {
                        docs = Arrays.copyOf(docs, count * 2);
                        requiredScores = Arrays.copyOf(requiredScores, count * 2);
                    }
                    docs[count] = doc;
                    requiredScores[count] = requiredScorer.score();
                    count++;
                }
            }
            if (count == 0) {
                return null;
            }
            // the optional part's sum, rounded to float, then added in float to the required clause's score
            double[] optionalScores = new double[count];
            optionalSum.addScores(context, docs, count, optionalScores);
            float[] scores = new float[count];
            for (int i = 0; i < count; i++) {
                scores[i] = requiredScores[i] + (float) optionalScores[i];
            }
            return new ListedScorer(this, docs, scores, count);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return searcher.createWeight(original, scoreMode, boost).explain(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return false; // scores, computed per search: nothing for the query cache to keep
        }
    }

    /** The listed documents in order, with their computed scores. */
    private static final class ListedScorer extends Scorer {

        private final int[] docs;
        private final float[] scores;
        private final int count;
        private final float maxScore;
        private int index = -1;

        ListedScorer(Weight weight, int[] docs, float[] scores, int count) {
            super(weight);
            this.docs = docs;
            this.scores = scores;
            this.count = count;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                max = Math.max(max, scores[i]);
            }
            this.maxScore = max;
        }

        @Override
        public int docID() {
            return index < 0 ? -1 : index >= count ? DocIdSetIterator.NO_MORE_DOCS : docs[index];
        }

        @Override
        public float score() {
            return scores[index];
        }

        @Override
        public float getMaxScore(int upTo) {
            return maxScore;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return ListedScorer.this.docID();
                }

                @Override
                public int nextDoc() {
                    index = Math.min(index + 1, count);
                    return docID();
                }

                @Override
                public int advance(int target) {
                    int from = Math.max(index + 1, 0);
                    int found = from >= count ? -1 : Arrays.binarySearch(docs, from, count, target);
                    index = from >= count ? count : found >= 0 ? found : -found - 1;
                    return docID();
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = original.rewrite(searcher);
        return rewritten == original ? this : of(rewritten).orElse(rewritten);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        original.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "RankWithinRequired(" + original.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && original.equals(((RankWithinRequiredQuery) other).original);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + original.hashCode();
    }
}
