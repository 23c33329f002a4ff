package se.delbart.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import se.delbart.search.SwedishAnalysis;

/**
 * Whether a query text holds a word or phrase of the thesaurus, decided the same way for both adapters: the words
 * are read as the synonym filter reads them (standard tokenizer, lower-case) and matched against the same rules.
 * When they do, the adapters search the text twice on the scored fields: as typed (no synonyms) at the field's
 * weight, and with its synonyms at {@link #WEIGHT} of it, so a solution using the typed word ranks above one that
 * only uses a synonym of it.
 */
public final class Synonyms {

    /** Weight of the clause of the words as typed, on top of the synonym-expanded one. */
    public static final float EXACT_BONUS = 0.5f;

    private final SynonymMap map;
    private final Analyzer words;

    public Synonyms(List<String> rules) {
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
        try {
            parser.parse(new StringReader(String.join("\n", rules)));
            this.map = parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Invalid synonym rules in " + SwedishAnalysis.SYNONYMS, e);
        }
    }

    /** The rules of {@link SwedishAnalysis#SYNONYMS}, read once. */
    public static Synonyms swedish() {
        return Holder.SWEDISH;
    }

    /** Whether the thesaurus has a synonym for a word or phrase of {@code text}. */
    public boolean expands(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try (TokenStream stream = new SynonymGraphFilter(words.tokenStream("", text), map, false)) {
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            boolean found = false;
            while (stream.incrementToken()) {
                found |= SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
            }
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final Synonyms SWEDISH = new Synonyms(SwedishAnalysis.synonymRules());
    }
}
