package se.delbart.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derivational families of Swedish, shared by both adapters: a word's family key is the simplest dictionary word it
 * derives from by the common municipal suffixes, found with the stems of the Hunspell dictionary
 * ({@link SwedishLexicon}) and rules, not a word list: registrering → registrera → register, publicering → publicera,
 * digitalisering → digital, mätning → mäta, varning → varna, bevarande → bevara, påminnelse → påminna,
 * tillgänglighet → tillgänglig. Each step must land on a word of the dictionary. The adapters index each word's
 * dictionary stem ({@link #lemma}, for inflections the light stemmer misses: gatan → gata) and its family key, and
 * search the keys at a weight below exact and inflected matches.
 */
public final class Derivations {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_WORD = 5;
    private static final int MAX_STEPS = 3;
    private static final int CACHE_LIMIT = 200_000;
    private static final String NONE = "";

    /** Suffix → replacements tried in order; the first that gives a dictionary word is the step taken. */
    private static final List<Rule> RULES = List.of(
            new Rule("isering", "", "isera"),      // digitalisering → digital
            new Rule("ifiering", "ifiera"),
            new Rule("ering", "era"),              // registrering → registrera, publicering → publicera
            new Rule("isera", ""),                 // digitalisera → digital
            new Rule("era", "", "er*"),            // registrera → register (e before the last consonant)
            new Rule("ning", "na", "a", ""),       // varning → varna, mätning → mäta, bokning → boka
            new Rule("ing", "a"),                  // matchning is caught above; lösing-type rarely
            new Rule("ande", "a"),                 // bevarande → bevara
            new Rule("ende", ""),                  // boende → bo
            new Rule("else", "a"),                 // påminnelse → påminna
            new Rule("ighet", "ig"),               // tillgänglighet → tillgänglig
            new Rule("lighet", "lig"),
            new Rule("het", ""),                   // säkerhet → säker
            new Rule("are", "a"));                 // beställare → beställa

    private record Rule(String suffix, String... replacements) {
    }

    private static final class Default {
        static final Derivations INSTANCE = new Derivations(SwedishLexicon.get());
    }

    private final SwedishLexicon lexicon;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Derivations(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static Derivations swedish() {
        return Default.INSTANCE;
    }

    /** The family key of {@code word}, or null when it has none other than its own stem (or is not a word). */
    public String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_WORD) {
            return null;
        }
        String cached = cache.get(lower);
        if (cached == null) {
            cached = compute(lower);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(lower, cached);
        }
        return cached.isEmpty() ? null : cached;
    }

    /**
     * What a query word is searched as: {@code lemma}, its dictionary stem, among the indexed stems (an inflection
     * the light stemmer misses); {@code family}, its key or else its stem, among the indexed keys (so "register"
     * finds the texts that say "registrering"); {@code derived} when the key differs from the stem, so the key is
     * searched in the text fields too.
     */
    public record Family(String word, String lemma, String family, boolean derived) {
    }

    /** The families of a query's words (at most {@code maxWords} looked at), stop words and unknown words left out. */
    public List<Family> families(String text, int maxWords) {
        List<Family> families = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int seen = 0;
        while (matcher.find() && seen++ < maxWords) {
            String word = matcher.group();
            if (WordCoordination.STOP_WORDS.contains(word)) {
                continue; // "vi" is the stem of "våra": a stop word says nothing about what is sought
            }
            String lemma = lemma(word);
            if (lemma != null) {
                String key = key(word);
                families.add(key != null ? new Family(word, lemma, key, true) : new Family(word, lemma, lemma, false));
            }
        }
        return families;
    }

    /** The dictionary stem of a word form (gatan → gata), or null for a word the dictionary does not know. */
    public String lemma(String word) {
        List<String> stems = lexicon.stems(word.toLowerCase(Locale.ROOT));
        return stems.isEmpty() ? null : stems.get(0);
    }

    /** The family keys ({@link #key}) of the words of {@code text} that have one, space-separated, in order. */
    public String keys(String text) {
        return join(text, this::key);
    }

    /** The stems ({@link #lemma}) of the words of {@code text} the dictionary knows, space-separated, in order. */
    public String lemmas(String text) {
        return join(text, this::lemma);
    }

    private static String join(String text, java.util.function.Function<String, String> mapping) {
        List<String> out = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String mapped = mapping.apply(matcher.group());
            if (mapped != null) {
                out.add(mapped);
            }
        }
        return String.join(" ", out);
    }

    private String compute(String word) {
        List<String> stems = lexicon.stems(word);
        if (stems.isEmpty()) {
            return NONE;
        }
        String stem = stems.get(0);
        String current = stem;
        for (int step = 0; step < MAX_STEPS; step++) {
            String next = step(current);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current.equals(stem) ? NONE : current;
    }

    private String step(String word) {
        for (Rule rule : RULES) {
            if (!word.endsWith(rule.suffix()) || word.length() - rule.suffix().length() < 3) {
                continue;
            }
            String base = word.substring(0, word.length() - rule.suffix().length());
            for (String replacement : rule.replacements()) {
                String candidate = replacement.equals("er*")
                        ? base.substring(0, base.length() - 1) + "e" + base.charAt(base.length() - 1)
                        : base + replacement;
                // a short base is too often another word (parkera → park, justera → just)
                int minimum = rule.suffix().equals("era") ? 6 : 3;
                if (candidate.length() >= minimum && !candidate.equals(word) && lexicon.isWord(candidate)) {
                    List<String> stems = lexicon.stems(candidate);
                    return stems.isEmpty() ? candidate : stems.get(0);
                }
            }
        }
        return null;
    }
}
