package se.delbart.search.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.delbart.search.SwedishAnalysis;

/**
 * The Swedish decompounder both adapters use, at index time (Lucene: a token filter; Elasticsearch: an extra field
 * filled by the application) and at query time. A word is split only when words of the lexicon cover all of it:
 * the Hunspell dictionary ({@link SwedishLexicon}), whose compound flags say which forms may begin, sit inside or
 * end a compound and whose linking forms give the Swedish joints (bygglov·s·, skol·, gatu·, förskole·), plus the
 * curated domain words it lacks ({@link SwedishAnalysis#COMPOUND_WORDS}). The split with the fewest parts wins, then
 * the one with the longest head (last part); each part that is itself a compound is split again, so a word of three
 * or more parts ends in its smallest words. Parts are at least {@value #MIN_PART} letters. Modifiers come back in
 * their dictionary form (skolmåltid → skola, måltid); the head as written, inflection included. Names (Karlstad)
 * and the words and parts of {@link SwedishAnalysis#NEVER_SPLIT} are never split.
 */
public final class CompoundSplitter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Shorter words are never split; shorter parts never made. */
    static final int MIN_PART = 3;
    /** Parts without the dictionary's compound flags (linked by the general Swedish rules) are at least this long. */
    static final int MIN_LINKED_PART = 4;
    private static final int MIN_WORD = 2 * MIN_PART;
    /** Longer words are left whole: no Swedish compound of interest is longer, and the search is quadratic. */
    private static final int MAX_WORD = 40;
    /** Linking letters a curated domain word may take when it begins a compound (domän·s·, e-tjänst·e·). */
    private static final List<String> DOMAIN_LINKS = List.of("", "s", "e", "a", "o", "u");
    private static final int CACHE_LIMIT = 200_000;

    private static final class Default {
        static final CompoundSplitter INSTANCE = new CompoundSplitter(SwedishLexicon.get(),
                SwedishAnalysis.compoundWords(), SwedishAnalysis.neverSplit());
    }

    private final SwedishLexicon lexicon;
    private final Set<String> domainWords;
    private final Set<String> neverSplitWords;
    private final Set<String> neverParts;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> topCache = new ConcurrentHashMap<>();

    CompoundSplitter(SwedishLexicon lexicon, Collection<String> domainWords, Collection<String> neverSplit) {
        this.lexicon = lexicon;
        this.domainWords = lowerCase(domainWords);
        Set<String> words = new HashSet<>();
        Set<String> parts = new HashSet<>();
        for (String entry : lowerCase(neverSplit)) {
            if (entry.startsWith("-") || entry.endsWith("-")) {
                parts.add(entry.replace("-", ""));
            } else {
                words.add(entry);
            }
        }
        this.neverSplitWords = Set.copyOf(words);
        this.neverParts = Set.copyOf(parts);
    }

    /** The splitter over the shipped dictionary and the curated lists, built once. */
    public static CompoundSplitter swedish() {
        return Default.INSTANCE;
    }

    /**
     * A split compound of the typed text: the word as typed (lower-cased), its parts in order, and whether the
     * dictionary lists the whole word (hemtjänst, snöfall: a word of its own, whose head alone says little).
     */
    public record Compound(String word, List<String> parts, boolean lexicalised) {

        public Compound(String word, List<String> parts) {
            this(word, parts, false);
        }

        /** The parts as one query string. */
        public String text() {
            return String.join(" ", parts);
        }

        /**
         * The parts before the last as one query string: in a Swedish compound they name the topic (bygglov·s·ansökan
         * is an application about building permits).
         */
        public String modifierText() {
            return String.join(" ", parts.subList(0, parts.size() - 1));
        }

        /** The last part: what the compound is (a bygglovsansökan is an ansökan). */
        public String head() {
            return parts.get(parts.size() - 1);
        }
    }

    /** The compounds among the words of {@code text} (at most {@code maxWords} words looked at), cut once. */
    public List<Compound> compounds(String text, int maxWords) {
        List<Compound> compounds = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int seen = 0;
        while (matcher.find() && seen++ < maxWords) {
            String word = matcher.group();
            List<String> parts = splitOnce(word);
            if (parts.size() > 1) {
                compounds.add(new Compound(word, parts, lexicon.isWord(word)));
            }
        }
        return compounds;
    }

    /** The heads of the compounds in {@code text}, space-separated (what a compound is: bokning in lokalbokning). */
    public String heads(String text) {
        List<String> heads = new ArrayList<>();
        for (Compound compound : compounds(text, Integer.MAX_VALUE)) {
            heads.add(compound.head());
        }
        return String.join(" ", heads);
    }

    /** The modifiers of the compounds in {@code text}, space-separated (lokal in lokalbokning). */
    public String modifiers(String text) {
        List<String> modifiers = new ArrayList<>();
        for (Compound compound : compounds(text, Integer.MAX_VALUE)) {
            modifiers.add(compound.modifierText());
        }
        return String.join(" ", modifiers);
    }

    /** The parts of {@code word}, or the word alone (lower-cased) when it is not a compound. */
    public List<String> split(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_WORD || lower.length() > MAX_WORD || neverSplitWords.contains(lower)) {
            return List.of(lower);
        }
        List<String> cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        List<String> parts = lexicon.isNameOnly(lower) ? List.of(lower) : splitRecursively(lower);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(lower, parts);
        return parts;
    }

    /**
     * The first cut of {@code word}: the fewest parts, each possibly a compound itself (bygglovsansökan → bygglov,
     * ansökan), as search uses them: a text that says "bygglov" is about the same as one whose compound has it.
     */
    public List<String> splitOnce(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_WORD || lower.length() > MAX_WORD || neverSplitWords.contains(lower)) {
            return List.of(lower);
        }
        List<String> cached = topCache.get(lower);
        if (cached != null) {
            return cached;
        }
        List<String> parts = lexicon.isNameOnly(lower) ? List.of(lower) : top(lower);
        if (topCache.size() >= CACHE_LIMIT) {
            topCache.clear();
        }
        topCache.put(lower, parts);
        return parts;
    }

    private List<String> splitRecursively(String word) {
        List<String> top = top(word);
        return top.size() < 2 ? List.of(word) : recurse(top);
    }

    private List<String> top(String word) {
        // a word the dictionary knows on its own (kontroll, landskap) is split only by the dictionary's compound
        // flags; short words it lets compound only with a hyphen (råd-, kap-) and the general linking rules apply to
        // unknown words alone, as they hide in too many simple ones (kon·troll, land·s·kap)
        boolean known = lexicon.isWord(word);
        List<String> top = fewestParts(word, true, known);
        return top.size() < 2 ? fewestParts(word, false, known) : top;
    }

    private List<String> recurse(List<String> top) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            String part = top.get(i);
            List<String> inner = part.length() >= MIN_WORD && !neverSplitWords.contains(part) ? splitRecursively(part)
                    : List.of(part);
            if (inner.size() > 1 && i < top.size() - 1) {
                // a modifier's own last part is a joint form too: kort·tids·boende is kort, tid, boende
                String last = inner.get(inner.size() - 1);
                String lemma = modifier(last, SwedishLexicon.Position.MIDDLE);
                if (lemma != null && !lemma.equals(last)) {
                    inner = new ArrayList<>(inner);
                    inner.set(inner.size() - 1, lemma);
                }
            }
            all.addAll(inner);
        }
        return List.copyOf(all);
    }

    /**
     * The covering of {@code word} by a beginning, any middles and a head with the fewest parts, then the longest
     * head; the word alone when there is none. {@code parts[i]}: fewest begin/middle parts covering word[0, i).
     */
    private List<String> fewestParts(String word, boolean flagged, boolean known) {
        boolean hyphenated = !known;
        int minPart = flagged ? MIN_PART : MIN_LINKED_PART;
        int n = word.length();
        int[] parts = new int[n + 1];
        int[] from = new int[n + 1];
        String[] form = new String[n + 1];
        Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int start = 0; start <= n - 2 * minPart; start++) {
            if (parts[start] == Integer.MAX_VALUE) {
                continue;
            }
            SwedishLexicon.Position position = start == 0 ? SwedishLexicon.Position.BEGIN
                    : SwedishLexicon.Position.MIDDLE;
            for (int end = start + minPart; end <= n - minPart; end++) {
                if (parts[start] + 1 >= parts[end]) {
                    continue;
                }
                String lemma = flagged ? modifier(word.substring(start, end), position)
                        : linkedModifier(word.substring(start, end), known);
                if (lemma != null) {
                    parts[end] = parts[start] + 1;
                    from[end] = start;
                    form[end] = lemma;
                }
            }
        }
        int bestHead = -1;
        for (int headStart = minPart; headStart <= n - minPart; headStart++) { // longest head first
            if (parts[headStart] == Integer.MAX_VALUE
                    || (bestHead >= 0 && parts[headStart] >= parts[bestHead])) {
                continue;
            }
            String head = word.substring(headStart);
            if (word.charAt(headStart - 1) == 's' && neverParts.contains("s" + head)) {
                continue; // land·s·kap is land·skap: a suffix, not a head after a linking s
            }
            if (head.charAt(0) == 's' && headStart + 1 <= n - minPart && parts[headStart + 1] <= parts[headStart]
                    && (flagged ? head(head.substring(1), hyphenated || headStart >= MIN_LINKED_PART)
                            : linkedHead(head.substring(1), known))) {
                continue; // hyre·s·värd, not hyre·svärd: an s between two words is the linking s
            }
            if (flagged ? head(head, hyphenated || headStart >= MIN_LINKED_PART) : linkedHead(head, known)) {
                bestHead = headStart;
            }
        }
        if (bestHead < 0) {
            return List.of(word);
        }
        List<String> result = new ArrayList<>();
        result.add(word.substring(bestHead));
        for (int i = bestHead; i > 0; i = from[i]) {
            result.add(0, form[i]);
        }
        return result;
    }

    /** The dictionary form of a part before the head, or null when the form cannot stand there. */
    private String modifier(String form, SwedishLexicon.Position position) {
        if (neverParts.contains(form)) {
            return null;
        }
        for (String link : DOMAIN_LINKS) {
            if (form.endsWith(link) && domainWords.contains(form.substring(0, form.length() - link.length()))) {
                return form.substring(0, form.length() - link.length());
            }
        }
        String lemma = lexicon.compoundForm(form, position);
        if (lemma == null && position == SwedishLexicon.Position.MIDDLE) {
            lemma = lexicon.compoundForm(form, SwedishLexicon.Position.BEGIN);
        }
        return lemma == null || neverParts.contains(lemma) ? null : lemma;
    }

    private String linkedModifier(String form, boolean known) {
        if (neverParts.contains(form)) {
            return null;
        }
        String lemma = lexicon.linkedWord(form);
        if (lemma == null || neverParts.contains(lemma)) {
            return null;
        }
        // inside a word the dictionary knows, only the word itself or with one joint letter (gatu, ladd, dricks)
        return known && lemma.length() < form.length() - 1 ? null : lemma;
    }

    private boolean linkedHead(String form, boolean known) {
        return !neverParts.contains(form) && (known ? lexicon.canEnd(form, false) : lexicon.isWord(form))
                && lexicon.stems(form).stream().noneMatch(neverParts::contains);
    }

    private boolean head(String form, boolean hyphenated) {
        if (neverParts.contains(form)) {
            return false;
        }
        if (domainWords.contains(form)) {
            return true;
        }
        return lexicon.canEnd(form, hyphenated) && lexicon.stems(form).stream().noneMatch(neverParts::contains);
    }

    private static Set<String> lowerCase(Collection<String> words) {
        Set<String> all = new HashSet<>();
        for (String word : words) {
            all.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(all);
    }

    /** Diacritics removed, as the folded fields do (å, ä → a; ö → o). */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
