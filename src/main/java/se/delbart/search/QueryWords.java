package se.delbart.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The words of a query text that say what is sought, as both adapters read them: what was typed between spaces,
 * lower-cased, without surrounding punctuation, Swedish and English stop words ("för", "om", "the") left out.
 * "e-tjänst" stays one word.
 */
public final class QueryWords {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final CharArraySet STOP_WORDS = stopWords();

    private QueryWords() {
    }

    /** The significant words of {@code text}, each once, in the order typed. */
    public static List<String> significant(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String typed : SPACE.split(text == null ? "" : text.strip())) {
            String word = EDGES.matcher(typed.toLowerCase(Locale.ROOT)).replaceAll("");
            if (!word.isEmpty() && !isStopWord(word)) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** Whether a typed word, punctuation aside, is a Swedish or English stop word. */
    public static boolean isStopWord(String typed) {
        String letters = NOT_WORD.matcher(typed.toLowerCase(Locale.ROOT)).replaceAll("");
        return letters.isEmpty() || STOP_WORDS.contains(letters);
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(set);
    }
}
