package se.delbart.insight.needs;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words a need or a search is about, so that texts by different municipalities can be grouped: lower-case, split
 * on anything but letters and hyphens ("e-arkiv" stays one word), common Swedish function words and generic need
 * words dropped, and a light stemming that strips one common inflection ending ("hemtjänsten" → "hemtjänst",
 * "ansökningar" → "ansökning"). Deliberately simple so an analyst can tell why two texts share a group.
 */
public final class Terms {

    static final int MIN_LENGTH = 4;

    /** Function words and words every need has ("behöver", "digital"), which would group everything together. */
    static final Set<String> STOPWORDS = Set.of("och", "att", "för", "som", "med", "av", "en", "ett", "i", "på",
            "till", "om", "vi", "det", "den", "de", "kan", "ska", "skall", "behöver", "behov", "sätt", "vill", "inom",
            "från", "utan", "eller", "mer", "mest", "alla", "våra", "vår", "vårt", "kommun", "kommunen", "kommuner",
            "digital", "digitalt", "digitala", "lösning", "lösningar", "system", "stöd", "bättre", "enklare", "ny",
            "nya", "nytt", "hur", "vad", "där", "när", "också", "efter", "över", "under", "mellan", "genom", "egen",
            "egna", "annan", "andra", "kunna", "göra", "få", "finns", "saknar", "saknas", "hjälp", "verktyg");

    /** Endings stripped, longest first; a stem keeps at least {@link #MIN_LENGTH} letters. */
    static final List<String> ENDINGS = List.of("arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende",
            "aren", "aste", "ar", "er", "or", "en", "et", "na", "an", "a", "e");

    private Terms() {
    }

    /** The distinct stemmed terms of a text, in order of appearance. */
    public static Set<String> of(String text) {
        return words(text).keySet();
    }

    /** Each distinct stemmed term of a text with the word it was first found as ("ansök" → "ansökan"). */
    public static Map<String, String> words(String text) {
        Map<String, String> terms = new LinkedHashMap<>();
        if (text == null) {
            return terms;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String raw : s.split("[^\\p{L}-]+")) {
            String word = raw.replaceAll("^-+|-+$", "");
            if (word.length() >= MIN_LENGTH && !STOPWORDS.contains(word)) {
                terms.putIfAbsent(stem(word), word);
            }
        }
        return terms;
    }

    /** How a set of texts spells each term: the most common word per stem (ties: alphabetical), for labels. */
    public static final class Spellings {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        public void add(String text) {
            words(text).forEach((stem, word) -> counts.computeIfAbsent(stem, k -> new TreeMap<>()).merge(word, 1, Integer::sum));
        }

        public String of(String stem) {
            return counts.getOrDefault(stem, Map.of()).entrySet().stream()
                    .max(java.util.Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(stem);
        }
    }

    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_LENGTH) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
