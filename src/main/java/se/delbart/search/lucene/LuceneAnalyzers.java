package se.delbart.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import se.delbart.search.SwedishAnalysis;

/**
 * The analyzers of {@link SwedishAnalysis}, built from Lucene's filters in the order its javadoc gives:
 * standard tokenizer → lower-case → (ASCII folding) → (synonym graph, search side only) → dictionary decompounder →
 * Swedish light stemmer. Elasticsearch offers the same components under the names {@code standard},
 * {@code lowercase}, {@code asciifolding}, {@code synonym_graph}, {@code dictionary_decompounder} and
 * {@code stemmer/light_swedish}.
 */
final class LuceneAnalyzers {

    /** Decompounder settings (Elasticsearch: min_word_size, min_subword_size, max_subword_size, only_longest_match). */
    static final int MIN_WORD_SIZE = 5;
    static final int MIN_SUBWORD_SIZE = 3;
    static final int MAX_SUBWORD_SIZE = 15;
    static final boolean ONLY_LONGEST_MATCH = false;

    /** Gap between the values of a multi-valued field, so phrases never span two tags (Elasticsearch's default). */
    static final int POSITION_INCREMENT_GAP = 100;

    final Analyzer swedish;
    final Analyzer swedishFolded;
    final Analyzer swedishSearch;
    final Analyzer swedishFoldedSearch;
    /** Search side without compound splitting: a whole compound typed ("bygglovsansökan") also scores as a whole word. */
    final Analyzer swedishWholeWordSearch;
    /** As {@link #swedishWholeWordSearch}, diacritics folded: the folded fields' query analyzer. */
    final Analyzer swedishFoldedWholeWordSearch;
    /**
     * All text for typo tolerance: folded, synonyms expanded at index time (graph flattened), decompounded and stemmed
     * — Elasticsearch's {@code all_expanded} field. A misspelt synonym ("robotisring") reaches documents that only
     * have another word of its group ("rpa").
     */
    final Analyzer expanded;
    /** The fuzzy clause's query analyzer: folded and stemmed, no synonyms, compounds kept whole. */
    final Analyzer fuzzySearch;
    /** Lower-cased words, no stemming: type-ahead on names and tags. */
    final Analyzer words;

    LuceneAnalyzers() {
        this(SwedishAnalysis.compoundWords(), SwedishAnalysis.synonymRules());
    }

    LuceneAnalyzers(List<String> compoundWords, List<String> synonymRules) {
        // The folded chains fold before decompounding, so the word list holds each word in both spellings.
        CharArraySet dictionary = new CharArraySet(withFoldedForms(compoundWords), false);
        swedish = chain(false, dictionary, null);
        swedishFolded = chain(true, dictionary, null);
        swedishSearch = chain(false, dictionary, synonyms(synonymRules, false));
        swedishFoldedSearch = chain(true, dictionary, synonyms(synonymRules, true));
        swedishWholeWordSearch = chain(false, null, synonyms(synonymRules, false));
        swedishFoldedWholeWordSearch = chain(true, null, synonyms(synonymRules, true));
        expanded = chain(true, dictionary, synonyms(synonymRules, true), true);
        fuzzySearch = chain(true, null, null);
        words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_INCREMENT_GAP;
            }
        };
    }

    static String fold(String text) {
        char[] out = new char[text.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, out, 0, text.length());
        return new String(out, 0, length);
    }

    private static Set<String> withFoldedForms(List<String> words) {
        Set<String> all = new HashSet<>();
        for (String word : words) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            all.add(lower);
            all.add(fold(lower));
        }
        return all;
    }

    private static Analyzer chain(boolean folded, CharArraySet dictionary, SynonymMap synonyms) {
        return chain(folded, dictionary, synonyms, false);
    }

    /** {@code indexTime}: the synonym graph is flattened, as an index cannot hold a graph. */
    private static Analyzer chain(boolean folded, CharArraySet dictionary, SynonymMap synonyms, boolean indexTime) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = beforeSynonyms(tokenizer, folded);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, false);
                    if (indexTime) {
                        stream = new FlattenGraphFilter(stream);
                    }
                }
                if (dictionary != null) {
                    stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, MIN_WORD_SIZE, MIN_SUBWORD_SIZE,
                            MAX_SUBWORD_SIZE, ONLY_LONGEST_MATCH);
                }
                stream = new SwedishLightStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_INCREMENT_GAP;
            }
        };
    }

    private static TokenStream beforeSynonyms(Tokenizer tokenizer, boolean folded) {
        TokenStream stream = new LowerCaseFilter(tokenizer);
        return folded ? new ASCIIFoldingFilter(stream) : stream;
    }

    /** Synonym rules parsed with the part of the chain that precedes the synonym filter (as Elasticsearch does). */
    private static SynonymMap synonyms(List<String> rules, boolean folded) {
        Analyzer parsing = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, beforeSynonyms(tokenizer, folded));
            }
        };
        SolrSynonymParser parser = new SolrSynonymParser(true, true, parsing);
        try {
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Invalid synonym rules in " + SwedishAnalysis.SYNONYMS, e);
        } finally {
            parsing.close();
        }
    }
}
