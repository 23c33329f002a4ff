package se.delbart.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import se.delbart.search.SwedishAnalysis;
import se.delbart.search.analysis.CompoundSplitter;
import se.delbart.search.analysis.Derivations;

/**
 * The analyzers of {@link SwedishAnalysis}, built from Lucene's filters: standard tokenizer → lower-case → (ASCII
 * folding) → (synonym graph, search side only) → Swedish light stemmer for the text fields, whose words stay whole.
 * Compounds and derivations go to fields of their own, filled by token filters over the shared Java analysis
 * ({@link CompoundPartsFilter}, {@link DerivationFilter}); the Elasticsearch adapter fills the same fields with the
 * same terms computed by the application. Elasticsearch offers the other components under the names
 * {@code standard}, {@code lowercase}, {@code asciifolding}, {@code synonym_graph} and {@code stemmer/light_swedish}.
 */
final class LuceneAnalyzers {

    /** Gap between the values of a multi-valued field, so phrases never span two tags (Elasticsearch's default). */
    static final int POSITION_INCREMENT_GAP = 100;

    final Analyzer swedish;
    final Analyzer swedishFolded;
    final Analyzer swedishSearch;
    final Analyzer swedishFoldedSearch;
    /** The text fields' query analyzer: synonym graph and stems ("bygglovsansökan" scores as a whole word). */
    final Analyzer swedishWholeWordSearch;
    /** As {@link #swedishWholeWordSearch}, diacritics folded: the folded fields' query analyzer. */
    final Analyzer swedishFoldedWholeWordSearch;
    /**
     * All text for typo tolerance and word coordination: synonyms expanded at index time (graph flattened), each
     * compound followed by its parts, folded and stemmed — Elasticsearch's {@code all_expanded} field. A misspelt
     * synonym ("robotisring") reaches documents that only have another word of its group ("rpa").
     */
    final Analyzer expanded;
    /** The fuzzy clause's query analyzer: folded and stemmed, no synonyms, compounds kept whole. */
    final Analyzer fuzzySearch;
    /** Lower-cased words, no stemming: type-ahead on names and tags. */
    final Analyzer words;
    /** The heads of the compounds of a text, stemmed (lokalbokningar → bokning). */
    final Analyzer compoundHeads;
    /** The modifiers of the compounds of a text, stemmed (lokalbokningar → lokal). */
    final Analyzer compoundModifiers;
    /** The query side of the heads and modifiers fields: lower-case and stems. */
    final Analyzer partsSearch;
    /** The derivational family keys of a text's words (registreringen → register), not stemmed. */
    final Analyzer derived;
    /** The dictionary stems of a text's words (gatan → gata). */
    final Analyzer lemmas;

    LuceneAnalyzers() {
        this(SwedishAnalysis.synonymRules());
    }

    LuceneAnalyzers(List<String> synonymRules) {
        CompoundSplitter splitter = CompoundSplitter.swedish();
        swedish = chain(false, null);
        swedishFolded = chain(true, null);
        swedishSearch = chain(false, synonyms(synonymRules, false));
        swedishFoldedSearch = chain(true, synonyms(synonymRules, true));
        swedishWholeWordSearch = swedishSearch;
        swedishFoldedWholeWordSearch = swedishFoldedSearch;
        SynonymMap indexSynonyms = synonyms(synonymRules, false);
        expanded = analyzer(tokenizer -> {
            TokenStream stream = new FlattenGraphFilter(
                    new SynonymGraphFilter(new LowerCaseFilter(tokenizer), indexSynonyms, false));
            stream = new CompoundPartsFilter(stream, splitter, CompoundPartsFilter.Mode.WITH_PARTS);
            return new SwedishLightStemFilter(new ASCIIFoldingFilter(stream));
        });
        fuzzySearch = chain(true, null);
        words = analyzer(LowerCaseFilter::new);
        compoundHeads = analyzer(tokenizer -> new SwedishLightStemFilter(new CompoundPartsFilter(
                new LowerCaseFilter(tokenizer), splitter, CompoundPartsFilter.Mode.HEADS)));
        compoundModifiers = analyzer(tokenizer -> new SwedishLightStemFilter(new CompoundPartsFilter(
                new LowerCaseFilter(tokenizer), splitter, CompoundPartsFilter.Mode.MODIFIERS)));
        partsSearch = analyzer(tokenizer -> new SwedishLightStemFilter(new LowerCaseFilter(tokenizer)));
        derived = analyzer(tokenizer -> DerivationFilter.keys(new LowerCaseFilter(tokenizer), Derivations.swedish()));
        lemmas = analyzer(tokenizer -> DerivationFilter.lemmas(new LowerCaseFilter(tokenizer), Derivations.swedish()));
    }

    static String fold(String text) {
        char[] out = new char[text.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, out, 0, text.length());
        return new String(out, 0, length);
    }

    private static Analyzer analyzer(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_INCREMENT_GAP;
            }
        };
    }

    private static Analyzer chain(boolean folded, SynonymMap synonyms) {
        return analyzer(tokenizer -> {
            TokenStream stream = beforeSynonyms(tokenizer, folded);
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, false);
            }
            return new SwedishLightStemFilter(stream);
        });
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
