package se.delbart.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The analysis both adapters implement, by name and by data, so that Lucene and Elasticsearch behave alike
 * (as in the hibernate-search showcase: analyzer names are shared constants).
 * <ul>
 * <li>{@link #SWEDISH}: standard tokenizer, lower-case, Swedish light stemming; words stay whole.</li>
 * <li>{@link #SWEDISH_FOLDED}: as {@link #SWEDISH} plus ASCII folding (å, ä → a; ö → o), on a secondary field so
 * "aldreomsorg" finds "äldreomsorg" while exact spelling scores higher.</li>
 * <li>{@link #SWEDISH_SEARCH} / {@link #SWEDISH_FOLDED_SEARCH}: the query-time variants, with the synonym graph
 * from {@link #SYNONYMS} before stemming.</li>
 * <li>Compounds and derivations are decided in Java ({@code search.analysis.CompoundSplitter} on the Hunspell
 * dictionary, {@code search.analysis.Derivations}) and indexed in fields of their own: the heads and the modifiers
 * of a text's compounds, its words' dictionary stems and their derivation keys (Lucene: token filters; Elasticsearch:
 * fields the application fills). A typed compound's parts are searched together at a lower weight, and, unless the
 * whole word is in the dictionary, its head and modifiers alone lower still.</li>
 * </ul>
 */
public final class SwedishAnalysis {

    public static final String SWEDISH = "delbart_swedish";
    public static final String SWEDISH_FOLDED = "delbart_swedish_folded";
    public static final String SWEDISH_SEARCH = "delbart_swedish_search";
    public static final String SWEDISH_FOLDED_SEARCH = "delbart_swedish_folded_search";

    /** Curated words the decompounder takes beside the dictionary, one lower-case word per line; '#' comments. */
    public static final String COMPOUND_WORDS = "search/compound-words-sv.txt";
    /**
     * Words never split, one a line ("ordförande"), and parts never made, written with a hyphen on the side where the
     * rest of the word would be ("till-": a particle is not a modifier; "-ion": a suffix is not a head).
     */
    public static final String NEVER_SPLIT = "search/compound-never-split-sv.txt";
    /** Curated synonyms in Solr format (comma-separated equivalents, or {@code a => b}); '#' starts a comment. */
    public static final String SYNONYMS = "search/synonyms-sv.txt";

    /** Version of the index schema (fields and analysis). Bump it when either changes: a mismatch triggers a reindex. */
    public static final int SCHEMA_VERSION = 11;

    /** Typo tolerance: one edit for words of at least this many letters. */
    public static final int FUZZY_MIN_LENGTH = 5;

    private SwedishAnalysis() {
    }

    /**
     * Whether a query needs the diacritics-folded fields: only when it was typed without diacritics (no letter outside
     * ASCII), as "aldreomsorg" for "äldreomsorg". A query typed with them ("bistånd") searches the fields as written;
     * a text spelt without diacritics is then still reached through the all-text field's typo tolerance (folded) for
     * words of {@link #FUZZY_MIN_LENGTH}+ letters, ranked below exact spelling. Skipping the folded clauses halves
     * the query's clauses (docs/benchmarks.md).
     */
    public static boolean needsFoldedFields(String text) {
        return text.codePoints().noneMatch(c -> c > 127 && Character.isLetter(c));
    }

    public static List<String> compoundWords() {
        return lines(COMPOUND_WORDS);
    }

    public static List<String> neverSplit() {
        return lines(NEVER_SPLIT);
    }

    public static List<String> synonymRules() {
        return lines(SYNONYMS);
    }

    static List<String> lines(String resource) {
        InputStream in = SwedishAnalysis.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing search resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> {
                int hash = line.indexOf('#');
                return (hash >= 0 ? line.substring(0, hash) : line).strip();
            }).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
