package se.delbart.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import se.delbart.search.analysis.Derivations;

/**
 * Replaces each lower-cased token by its family key (registrering → register) or its dictionary stem (gatan → gata),
 * dropping the tokens that have none ({@link Derivations}). The Elasticsearch adapter indexes the same keys, computed by the same class.
 */
final class DerivationFilter extends TokenFilter {

    private final java.util.function.Function<String, String> mapping;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /** Each token replaced by its family key ({@link Derivations#key}), tokens without one dropped. */
    static DerivationFilter keys(TokenStream input, Derivations derivations) {
        return new DerivationFilter(input, derivations::key);
    }

    /** Each token replaced by its dictionary stem ({@link Derivations#lemma}), unknown words dropped. */
    static DerivationFilter lemmas(TokenStream input, Derivations derivations) {
        return new DerivationFilter(input, derivations::lemma);
    }

    private DerivationFilter(TokenStream input, java.util.function.Function<String, String> mapping) {
        super(input);
        this.mapping = mapping;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String key = mapping.apply(term.toString());
            if (key != null) {
                term.setEmpty().append(key);
                return true;
            }
        }
        return false;
    }
}
