package se.delbart.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import se.delbart.search.SwedishAnalysis;
import se.delbart.search.analysis.CompoundSplitter;
import se.delbart.search.analysis.Derivations;
import se.delbart.search.analysis.WordCoordination;

/**
 * Turns what a person typed into a Lucene query, without a query syntax (nothing a user types can make it throw).
 * Per scored field, weighted as {@link IndexSchema#SCORED_FIELDS}: the words through the whole-word search analyzer
 * (synonym graph and stems, compounds kept whole; multi-word synonyms become phrases, as in Elasticsearch's match
 * query), the same on the folded field at half weight when typed without diacritics; for each typed compound the
 * {@link CompoundSplitter} can cut, all of its parts together at {@link #PARTS_WEIGHT} (so "bygglovsansökan" also
 * finds "ansökan om bygglov", while the whole word ranks first); and one-edit fuzzy terms on the all-text field at
 * 0.3 for words of {@link SwedishAnalysis#FUZZY_MIN_LENGTH}+ letters. Clauses are SHOULD, so documents matching more
 * words score higher. Fuzzy terms only reach words that are in the index: the all-text field they search holds every synonym of
 * a document's words, so a misspelt synonym ("robotisring") still reaches a text that says "RPA".
 */
final class TextQueries {

    static final float FOLDED_WEIGHT = 0.5f;
    static final float FUZZY_WEIGHT = 0.3f;
    /** Weight of a typed compound's parts found together, relative to the field's weight for the whole word. */
    static final float PARTS_WEIGHT = 0.6f;
    /** Weight of a typed compound's modifier parts found without its head word ("bygglov" for "bygglovsansökan"). */
    static final float MODIFIER_WEIGHT = 0.3f;
    /** Weight of a typed compound's head found without its modifiers ("bokning" for "lokalbokning"): above them. */
    static final float HEAD_WEIGHT = 0.4f;
    /** Weight of a typed word, or a typed compound's head, found as the head of an indexed compound. */
    static final float HEAD_FIELD_WEIGHT = 1f;
    /** Weight of a typed word, or a typed compound's modifier, found as a modifier of an indexed compound. */
    static final float MODIFIER_FIELD_WEIGHT = 0.25f;
    /** Weight of a word's dictionary stem among the indexed stems: an inflection the light stemmer misses. */
    static final float INFLECTION_WEIGHT = 1f;
    /** Weight of a derivational relative (registrering for register), below exact and inflected matches. */
    static final float DERIVATION_WEIGHT = 0.4f;
    /**
     * Weight of a sentence's coverage: each of its words found adds its all-text clause's score at this weight, on top
     * of the scoring query's ({@link WordCoordination#COVERAGE_WEIGHT}, as the Elasticsearch adapter).
     */
    static final float COVERAGE_WEIGHT = WordCoordination.COVERAGE_WEIGHT;
    /** Queries are cut to this many words and characters: a search box is not a document. */
    static final int MAX_WORDS = 16;
    static final int MAX_CHARS = 256;
    private static final int FUZZY_MAX_EXPANSIONS = 10;
    private static final int FUZZY_MAX_TERM_LENGTH = 40;

    private final LuceneAnalyzers analyzers;
    private final QueryBuilder wholeWords;
    private final QueryBuilder foldedWholeWords;
    private final QueryBuilder parts;
    private final CompoundSplitter splitter = CompoundSplitter.swedish();
    private final Derivations derivations = Derivations.swedish();

    TextQueries(LuceneAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.wholeWords = builder(analyzers.swedishWholeWordSearch);
        this.foldedWholeWords = builder(analyzers.swedishFoldedWholeWordSearch);
        this.parts = builder(analyzers.partsSearch);
    }

    private static QueryBuilder builder(Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return builder;
    }

    /**
     * The scoring query alone, an OR of the words: for a descriptive text (a declared need) where any word may be
     * the one that matters. Null when the text holds nothing searchable (only punctuation, say).
     */
    Query scoring(String text) {
        return scoring(text, true);
    }

    /**
     * What a person typed in a search box: the scoring query; for 3+ words most of the words must match
     * ({@link WordCoordination}) and the scoring query ranks the documents that do, except in a sentence, where any
     * word admits and each word found adds to the score ({@link #COVERAGE_WEIGHT}). Null when the text holds nothing
     * searchable.
     */
    Query searchBox(String text) {
        return searchBox(text, true, false);
    }

    /**
     * As {@link #searchBox(String)}; without typo tolerance when {@code tolerateTypos} is false (the fallback for a
     * long query whose fuzzy expansions exceed Lucene's clause limit).
     */
    Query searchBox(String text, boolean tolerateTypos, boolean mostWords) {
        java.util.Optional<WordCoordination> coordination = WordCoordination.of(limit(text), mostWords);
        if (coordination.isEmpty()) {
            return scoring(text, tolerateTypos);
        }
        if (!coordination.get().filters()) {
            // a sentence: any of its words admits a solution and the scoring query ranks; each word found adds its
            // all-text clause's score (coverage)
            Query words = scoring(text, tolerateTypos);
            if (words == null) {
                return null;
            }
            return new BooleanQuery.Builder()
                    .add(words, Occur.MUST)
                    .add(new BoostQuery(coordinated(coordination.get(), tolerateTypos, 0), COVERAGE_WEIGHT),
                            Occur.SHOULD)
                    .build();
        }
        // the words' all-text clauses are required (most of them) and score in place of the typo clauses, whose
        // terms they hold; the fields' clauses rank what they admit (each fuzzy term is then iterated once, not twice)
        Query fields = scoring(text, false);
        if (fields == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(coordinated(coordination.get(), tolerateTypos, coordination.get().required()),
                        FUZZY_WEIGHT), Occur.MUST)
                .add(fields, Occur.SHOULD).build();
    }

    /** The scoring query; without typo tolerance when {@code tolerateTypos} is false. */
    Query scoring(String text, boolean tolerateTypos) {
        String input = limit(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        List<CompoundSplitter.Compound> compounds = splitter.compounds(input, MAX_WORDS);
        List<Derivations.Family> families = derivations.families(input, MAX_WORDS);
        boolean withFolded = SwedishAnalysis.needsFoldedFields(input);
        for (Map.Entry<String, Float> field : IndexSchema.SCORED_FIELDS.entrySet()) {
            String name = field.getKey();
            float weight = field.getValue();
            any |= add(query, wholeWords.createBooleanQuery(name, input, Occur.SHOULD), weight);
            for (CompoundSplitter.Compound compound : compounds) {
                add(query, wholeWords.createBooleanQuery(name, compound.text(), Occur.MUST), weight * PARTS_WEIGHT);
                if (!compound.lexicalised()) {
                    add(query, wholeWords.createBooleanQuery(name, compound.modifierText(), Occur.MUST),
                            weight * MODIFIER_WEIGHT);
                    add(query, wholeWords.createBooleanQuery(name, compound.head(), Occur.MUST), weight * HEAD_WEIGHT);
                }
            }
            for (Derivations.Family family : families) {
                if (family.derived()) {
                    add(query, wholeWords.createBooleanQuery(name, family.family(), Occur.MUST),
                            weight * DERIVATION_WEIGHT);
                }
            }
        }
        // the typed words and the typed compounds' parts among the indexed compounds' heads and modifiers
        any |= add(query, parts.createBooleanQuery(IndexSchema.COMPOUND_HEADS, input, Occur.SHOULD), HEAD_FIELD_WEIGHT);
        any |= add(query, parts.createBooleanQuery(IndexSchema.COMPOUND_MODIFIERS, input, Occur.SHOULD),
                MODIFIER_FIELD_WEIGHT);
        for (CompoundSplitter.Compound compound : compounds) {
            if (!compound.lexicalised()) {
                add(query, parts.createBooleanQuery(IndexSchema.COMPOUND_MODIFIERS, compound.modifierText(),
                        Occur.SHOULD), MODIFIER_FIELD_WEIGHT * MODIFIER_WEIGHT);
            }
        }
        for (Derivations.Family family : families) {
            query.add(new BoostQuery(new TermQuery(new Term(IndexSchema.LEMMAS, family.lemma())), INFLECTION_WEIGHT),
                    Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(IndexSchema.DERIVED, family.family())), DERIVATION_WEIGHT),
                    Occur.SHOULD);
            any = true;
        }
        if (withFolded) {
            any |= addFolded(query, input, compounds, IndexSchema.SCORED_FIELDS);
        }
        if (!any) {
            return null;
        }
        if (tolerateTypos) {
            addTypoTolerance(query, input);
        }
        return query.build();
    }

    /**
     * At least {@code required} of the typed words on the all-text field (none for a sentence's coverage clause): each
     * word's tokens all present (one edit allowed on each when the word is long enough and typos are tolerated), or a
     * typed compound's parts all present. As the Elasticsearch adapter's {@code match} queries with {@code operator:
     * and}.
     */
    private Query coordinated(WordCoordination coordination, boolean tolerateTypos, int required) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (WordCoordination.Unit unit : coordination.units()) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            word.add(allTokens(unit.text(), unit.fuzzy() && tolerateTypos), Occur.SHOULD);
            if (unit.parts() != null) {
                word.add(allTokens(unit.parts(), false), Occur.SHOULD);
            }
            words.add(word.build(), Occur.SHOULD);
        }
        return words.setMinimumNumberShouldMatch(required).build();
    }

    private Query allTokens(String text, boolean fuzzy) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Token token : tokens(analyzers.fuzzySearch, text)) {
            Term term = new Term(IndexSchema.ALL_EXPANDED, token.text());
            all.add(fuzzy && token.text().length() <= FUZZY_MAX_TERM_LENGTH
                    ? new FuzzyQuery(term, 1, 1, FUZZY_MAX_EXPANSIONS, true)
                    : new TermQuery(term), Occur.MUST);
        }
        return all.build();
    }

    /**
     * The diacritics-folded fields' clauses (at {@link #FOLDED_WEIGHT} of each field's weight): in the scoring query
     * on the {@link IndexSchema#SCORED_FIELDS} when the text was typed without diacritics, and always on the six
     * {@link IndexSchema#TEXT_FIELDS} for the highlighter, which marks matches from their postings
     * ({@link #forHighlighting}).
     */
    private boolean addFolded(BooleanQuery.Builder query, String input, List<CompoundSplitter.Compound> compounds,
            Map<String, Float> fields) {
        boolean any = false;
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            String foldedName = IndexSchema.folded(field.getKey());
            float weight = field.getValue();
            any |= add(query, foldedWholeWords.createBooleanQuery(foldedName, input, Occur.SHOULD),
                    weight * FOLDED_WEIGHT);
            for (CompoundSplitter.Compound compound : compounds) {
                add(query, foldedWholeWords.createBooleanQuery(foldedName, CompoundSplitter.fold(compound.text()),
                        Occur.MUST), weight * PARTS_WEIGHT * FOLDED_WEIGHT);
                if (!compound.lexicalised()) {
                    add(query, foldedWholeWords.createBooleanQuery(foldedName,
                            CompoundSplitter.fold(compound.modifierText()), Occur.MUST),
                            weight * MODIFIER_WEIGHT * FOLDED_WEIGHT);
                }
            }
        }
        return any;
    }

    /**
     * The six text fields' folded clauses of a text, for the highlighter only (the scoring query searches the
     * grouped {@link IndexSchema#SCORED_FIELDS}); null when there are none.
     */
    Query forHighlighting(String text) {
        String input = limit(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        return addFolded(query, input, splitter.compounds(input, MAX_WORDS), IndexSchema.TEXT_FIELDS)
                ? query.build() : null;
    }

    /**
     * One fuzzy clause per typed word of {@link SwedishAnalysis#FUZZY_MIN_LENGTH}+ letters, on the all-text field
     * ({@link IndexSchema#ALL_EXPANDED}, synonyms expanded at index time): one automaton per word, not one per field,
     * as the Elasticsearch adapter's {@code all_expanded} match with {@code fuzziness: 1}.
     */
    private void addTypoTolerance(BooleanQuery.Builder query, String input) {
        for (Token token : tokens(analyzers.fuzzySearch, input)) {
            if (token.originalLength() >= SwedishAnalysis.FUZZY_MIN_LENGTH
                    && token.text().length() <= FUZZY_MAX_TERM_LENGTH) {
                query.add(new BoostQuery(new FuzzyQuery(new Term(IndexSchema.ALL_EXPANDED, token.text()), 1, 1,
                        FUZZY_MAX_EXPANSIONS, true), FUZZY_WEIGHT), Occur.SHOULD);
            }
        }
    }

    private static boolean add(BooleanQuery.Builder query, Query clause, float weight) {
        if (clause == null) {
            return false;
        }
        query.add(new BoostQuery(clause, weight), Occur.SHOULD);
        return true;
    }

    static String limit(String text) {
        String[] words = text.strip().split("\\s+", MAX_WORDS + 1);
        String kept = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, MAX_WORDS)));
        return kept.length() > MAX_CHARS ? kept.substring(0, MAX_CHARS) : kept;
    }

    record Token(String text, int start, int end, int positionIncrement) {
        int originalLength() {
            return end - start;
        }
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
