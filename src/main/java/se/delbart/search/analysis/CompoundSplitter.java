package se.delbart.search.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.delbart.search.SwedishAnalysis;

/**
 * Query-side compound splitting shared by both adapters: a typed compound that is not itself a word of the list
 * ({@link SwedishAnalysis#COMPOUND_WORDS}) is cut into the fewest list words that cover it, with an optional linking
 * "s" between parts (bygglov·s·ansökan) and a short inflection after the last (äldre·omsorg·en). The adapters then
 * require ALL parts together ("ansökan om bygglov" matches "bygglovsansökan"), instead of letting any part match on
 * its own, which made "hemtjänst" find most of the catalogue through "tjänst"; the modifier parts alone
 * ({@link Compound#modifierText()}) match at a low weight. The index side still splits with the
 * dictionary decompounder, so a part typed alone ("bygglov") finds the compounds that contain it.
 */
public final class CompoundSplitter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** As the decompounder: words of 5+ letters are split, into parts of 3 to 15 letters. */
    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 15;
    /** Letters an inflection may add after the last part (omsorg·en, ansökning·arna). */
    private static final int MAX_INFLECTION = 4;

    private static final CompoundSplitter DEFAULT = new CompoundSplitter(SwedishAnalysis.compoundWords());

    private final Set<String> words;

    public CompoundSplitter(Collection<String> dictionary) {
        Set<String> all = new HashSet<>();
        for (String word : dictionary) {
            String lower = word.toLowerCase(Locale.ROOT);
            all.add(lower);
            all.add(fold(lower));
        }
        this.words = Set.copyOf(all);
    }

    /** The splitter over the curated word list in the repository. */
    public static CompoundSplitter swedish() {
        return DEFAULT;
    }

    /** A split compound of the typed text: the word as typed (lower-cased) and its parts, in order. */
    public record Compound(String word, List<String> parts) {

        /** The parts as one query string. */
        public String text() {
            return String.join(" ", parts);
        }

        /**
         * The parts before the last as one query string: in a Swedish compound they name the topic (bygglov·s·ansökan
         * is an application about building permits), so a text about the topic alone is a weaker match worth
         * finding, while one that only shares the head word ("ansökan") is not.
         */
        public String modifierText() {
            return String.join(" ", parts.subList(0, parts.size() - 1));
        }
    }

    /** The compounds among the words of {@code text} (at most {@code maxWords} words looked at). */
    public List<Compound> compounds(String text, int maxWords) {
        List<Compound> compounds = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int seen = 0;
        while (matcher.find() && seen++ < maxWords) {
            String word = matcher.group();
            List<String> parts = split(word);
            if (parts.size() > 1) {
                compounds.add(new Compound(word, parts));
            }
        }
        return compounds;
    }

    /** The fewest list words covering {@code word}; the word alone when it is a list word or cannot be covered. */
    public List<String> split(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int n = lower.length();
        if (n < MIN_WORD || words.contains(lower)) {
            return List.of(lower);
        }
        // best[i]: fewest parts covering lower[0, i); from[i]: where the last of them starts; partEnd[i]: its end
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        int[] partEnd = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Integer.MAX_VALUE) {
                continue;
            }
            for (int end = start + MIN_PART; end <= Math.min(n, start + MAX_PART); end++) {
                if (!words.contains(lower.substring(start, end))) {
                    continue;
                }
                relax(best, from, partEnd, start, end, end);
                if (end < n && lower.charAt(end) == 's') {
                    relax(best, from, partEnd, start, end, end + 1); // linking s: bygglov·s·ansökan
                }
                if (end < n && n - end <= MAX_INFLECTION && best[start] > 0) {
                    relax(best, from, partEnd, start, end, n); // inflection after the last part: omsorg·en
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2) {
            return List.of(lower);
        }
        List<String> parts = new ArrayList<>();
        for (int i = n; i > 0; i = from[i]) {
            parts.add(0, lower.substring(from[i], partEnd[i]));
        }
        return List.copyOf(parts);
    }

    private static void relax(int[] best, int[] from, int[] partEnd, int start, int end, int next) {
        if (best[start] + 1 < best[next]) {
            best[next] = best[start] + 1;
            from[next] = start;
            partEnd[next] = end;
        }
    }

    /** Diacritics removed, as the folded fields do (å, ä → a; ö → o). */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
