package se.delbart.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.DictEntry;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Swedish Hunspell dictionary shipped in {@value #RESOURCE_DIR} (LGPL-3.0, see NOTICE), read with Lucene's
 * Hunspell reader, as the lexicon of compound splitting and derivations. It answers which forms may begin, sit
 * inside or end a compound, from the affix file's compound flags (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND,
 * ONLYINCOMPOUND) and from its suffix rules whose continuation flags make a linking form (skola → skol-,
 * bygglov → bygglovs-, gata → gatu-). Loaded once per JVM on first use ({@link #get()}); thread-safe.
 */
public final class SwedishLexicon {

    static final String RESOURCE_DIR = "search/hunspell-sv/";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DERIVED_NOUN = Pattern.compile("(are|ande|ende|ning|else)$");

    private final Dictionary dictionary;
    private final ThreadLocal<Hunspell> hunspell;
    private final char begin;
    private final char middle;
    private final char end;
    private final char onlyInCompound;
    private final char forbidden;
    /** Flag of the rule that writes a short word with a hyphen in compounds (råd-, lov-): it does compound. */
    private final char hyphenated;
    /** Flags of verb inflections (present tense, past, passive): a verb is the last choice for a part's lemma. */
    private static final String VERB_FLAGS = "KLMNm";
    /** Suffix rules whose continuation flags let the form begin or sit inside a compound (linking forms). */
    private final List<LinkingRule> linkingRules;
    private final long loadMillis;

    private static final class Holder {
        static final SwedishLexicon INSTANCE = load();
    }

    /** The lexicon, loaded on first call. */
    public static SwedishLexicon get() {
        return Holder.INSTANCE;
    }

    /** Where a part stands in a compound. */
    enum Position { BEGIN, MIDDLE }

    record LinkingRule(char flag, String strip, String append, String continuation, Pattern condition) {
    }

    private SwedishLexicon(Dictionary dictionary, List<String> affixLines, long loadMillis) {
        this.dictionary = dictionary;
        this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
        this.begin = flag(affixLines, "COMPOUNDBEGIN");
        this.middle = flag(affixLines, "COMPOUNDMIDDLE");
        this.end = flag(affixLines, "COMPOUNDEND");
        this.onlyInCompound = flag(affixLines, "ONLYINCOMPOUND");
        this.forbidden = flag(affixLines, "FORBIDDENWORD");
        this.hyphenated = hyphenFlag(affixLines);
        this.linkingRules = linkingRules(affixLines, begin, middle);
        this.loadMillis = loadMillis;
    }

    static SwedishLexicon load() {
        long start = System.nanoTime();
        List<String> affixLines = lines(RESOURCE_DIR + "index.aff");
        try (InputStream aff = resource(RESOURCE_DIR + "index.aff");
                InputStream dic = resource(RESOURCE_DIR + "index.dic")) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, List.of(dic), false);
            return new SwedishLexicon(dictionary, affixLines, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable Hunspell dictionary in " + RESOURCE_DIR, e);
        }
    }

    /** How long loading took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Whether the lexicon knows {@code word} (lower-case) as a word of its own, inflected or not. */
    public boolean isWord(String word) {
        return hunspell.get().analyzeSimpleWord(word).stream().anyMatch(a -> !has(a.getDictEntry(), forbidden));
    }

    /** Whether {@code word} (lower-case) is known only as a name (written with a capital: Karlstad, Lindberg). */
    public boolean isNameOnly(String word) {
        if (word.isEmpty()) {
            return false;
        }
        DictEntries lower = dictionary.lookupEntries(word);
        if (lower != null && lower.stream().anyMatch(e -> has(e, forbidden))) {
            return true; // a name the dictionary forbids in lower case (trollhättan)
        }
        if (isWord(word)) {
            return false;
        }
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return dictionary.lookupEntries(capitalised) != null;
    }

    /** The dictionary forms (stems) of {@code word}, each with its flags. */
    List<AffixedWord> analyses(String word) {
        return hunspell.get().analyzeSimpleWord(word);
    }

    /** The stems (lemmas) of a word form, e.g. registreringen → registrering. */
    public List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        for (AffixedWord analysis : analyses(word)) {
            String stem = analysis.getDictEntry().getStem();
            if (!stems.contains(stem) && !has(analysis.getDictEntry(), forbidden)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /**
     * Whether the word form may end a compound: a form of a stem with the COMPOUNDEND flag, or with {@code hyphenated}
     * also of a short word the dictionary lets compound with a hyphen (lov, råd).
     */
    boolean canEnd(String form, boolean hyphenated) {
        for (AffixedWord analysis : analyses(form)) {
            DictEntry entry = analysis.getDictEntry();
            if ((has(entry, end) || (hyphenated && has(entry, this.hyphenated))) && !has(entry, forbidden)
                    && Character.isLowerCase(entry.getStem().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dictionary form of {@code form} when it may stand at {@code position} of a compound (as a stem with the
     * position's flag, or made by a linking rule), otherwise null: skol → skola, gatu → gata, bygglovs → bygglov.
     */
    String compoundForm(String form, Position position) {
        char wanted = position == Position.BEGIN ? begin : middle;
        List<Candidate> candidates = new ArrayList<>();
        DictEntries entries = dictionary.lookupEntries(form);
        if (entries != null) {
            for (DictEntry entry : entries) {
                if (has(entry, wanted) && !has(entry, forbidden)) {
                    candidates.add(has(entry, onlyInCompound) ? restored(form)
                            : new Candidate(form, isVerb(entry), false));
                }
            }
        }
        for (LinkingRule rule : linkingRules) {
            if (rule.continuation().indexOf(wanted) < 0 || !form.endsWith(rule.append())) {
                continue;
            }
            String stem = form.substring(0, form.length() - rule.append().length()) + rule.strip();
            if (stem.isEmpty() || !rule.condition().matcher(stem).find()) {
                continue;
            }
            DictEntries stems = dictionary.lookupEntries(stem);
            if (stems == null) {
                continue;
            }
            for (DictEntry entry : stems) {
                if (has(entry, rule.flag()) && !has(entry, forbidden)
                        && Character.isLowerCase(entry.getStem().charAt(0))) {
                    candidates.add(has(entry, onlyInCompound) ? restored(stem)
                            : new Candidate(stem, isVerb(entry), !stem.equals(form)));
                }
            }
        }
        for (Candidate candidate : List.copyOf(candidates)) {
            String stem = candidate.lemma();
            String cut = stem.substring(0, stem.length() - 1);
            if (stem.endsWith("s") && cut.length() >= 4 && isWord(cut)) {
                candidates.add(new Candidate(stems(cut).get(0), false, true)); // idrotts-, korttids-
            }
        }
        String lemma = best(candidates);
        if (lemma != null && candidates.stream().allMatch(Candidate::verb)) {
            String noun = linkedWord(form); // arbets- is arbete, not arbeta; löne- is lön, not löna
            return noun != null && !isVerbOnly(noun) ? noun : lemma;
        }
        return lemma;
    }

    private boolean isVerbOnly(String word) {
        DictEntries entries = dictionary.lookupEntries(word);
        return entries != null && entries.stream().allMatch(SwedishLexicon::isVerb);
    }

    /**
     * Without the dictionary's compound flags: the lexicon word a modifier comes from when it is the word itself or
     * the word with a Swedish linking morpheme (-s-, -e-, -a-, -u-, -o-) or without its final vowel (gatu → gata,
     * ladd → ladda, dricks → dricka); null when there is none.
     */
    String linkedWord(String form) {
        List<Candidate> candidates = new ArrayList<>();
        addWord(candidates, form, false);
        String cut = form.substring(0, form.length() - 1);
        char last = form.charAt(form.length() - 1);
        if ("seauo".indexOf(last) >= 0) {
            addWord(candidates, cut, true);
            if (last != 's') {
                addWord(candidates, cut + "a", true);
            } else {
                addWord(candidates, cut + "e", true); // arbets- → arbete
                if (cut.endsWith("e")) {
                    addWord(candidates, cut.substring(0, cut.length() - 1) + "a", true); // hyres- → hyra
                }
            }
        }
        addWord(candidates, form + "a", true);
        addWord(candidates, form + "e", true);
        return best(candidates);
    }

    private void addWord(List<Candidate> candidates, String form, boolean changed) {
        if (form.isEmpty()) {
            return;
        }
        for (AffixedWord analysis : analyses(form)) {
            DictEntry entry = analysis.getDictEntry();
            if (!has(entry, forbidden) && !has(entry, onlyInCompound)
                    && Character.isLowerCase(entry.getStem().charAt(0))) {
                // a derived noun is its own word (lärare, not lära; användare, not använda)
                String lemma = DERIVED_NOUN.matcher(form).find() ? form : entry.getStem();
                candidates.add(new Candidate(lemma, isVerb(entry) && lemma.equals(entry.getStem()), changed));
            }
        }
    }

    /** A possible dictionary form of a part: nouns before verbs, forms a rule made before bare stems, longer first. */
    private record Candidate(String lemma, boolean verb, boolean changed) {
    }

    private static String best(List<Candidate> candidates) {
        return candidates.stream()
                .min(java.util.Comparator.comparing(Candidate::verb)
                        .thenComparing(c -> !c.changed())
                        .thenComparing(c -> -c.lemma().length()))
                .map(Candidate::lemma).orElse(null);
    }

    private static boolean isVerb(DictEntry entry) {
        for (char flag : VERB_FLAGS.toCharArray()) {
            if (entry.getFlags().indexOf(flag) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A form that exists only inside compounds (skol, förskole, gymnasie) as the word it comes from. */
    private Candidate restored(String form) {
        String cut = form.substring(0, form.length() - 1);
        char last = form.charAt(form.length() - 1);
        List<Candidate> candidates = new ArrayList<>();
        String swapped = form.endsWith("ra") || form.endsWith("la") // föräldra- → förälder, ängla- → ängel
                ? form.substring(0, form.length() - 2) + "e" + form.charAt(form.length() - 2) : "";
        for (String candidate : List.of(form + "a", form + "e", cut + "a", cut + "e", cut + "um", form + last + "a",
                form + "o", cut, form + "er", swapped)) {
            if (!candidate.isEmpty()) {
                addWord(candidates, candidate, true);
            }
        }
        String lemma = best(candidates);
        return lemma == null ? new Candidate(form, false, false) : new Candidate(lemma, false, true);
    }

    private static boolean has(DictEntry entry, char flag) {
        return flag != 0 && entry.getFlags().indexOf(flag) >= 0;
    }

    private static char flag(List<String> affixLines, String name) {
        for (String line : affixLines) {
            String[] fields = SPACES.split(line.strip());
            if (fields.length >= 2 && fields[0].equals(name)) {
                return fields[1].charAt(0);
            }
        }
        return 0;
    }

    /** The flag of a suffix rule that only appends a hyphen ("SFX b 0 - ."), or 0. */
    private static char hyphenFlag(List<String> affixLines) {
        for (String line : affixLines) {
            String[] fields = SPACES.split(line.strip());
            if (fields.length >= 5 && fields[0].equals("SFX") && fields[2].equals("0") && fields[3].equals("-")) {
                return fields[1].charAt(0);
            }
        }
        return 0;
    }

    /** SFX rules ("SFX flag strip append/continuation condition") whose continuation holds the begin or middle flag. */
    private static List<LinkingRule> linkingRules(List<String> affixLines, char begin, char middle) {
        List<LinkingRule> rules = new ArrayList<>();
        for (String line : affixLines) {
            String[] fields = SPACES.split(line.strip());
            if (fields.length < 5 || !fields[0].equals("SFX")) {
                continue;
            }
            String[] appendAndFlags = fields[3].split("/", 2);
            String continuation = appendAndFlags.length > 1 ? appendAndFlags[1] : "";
            if (continuation.indexOf(begin) < 0 && continuation.indexOf(middle) < 0) {
                continue;
            }
            String strip = fields[2].equals("0") ? "" : fields[2];
            String append = appendAndFlags[0].equals("0") ? "" : appendAndFlags[0];
            rules.add(new LinkingRule(fields[1].charAt(0), strip, append, continuation,
                    Pattern.compile((fields[4].equals(".") ? "" : fields[4]) + "$")));
        }
        return List.copyOf(rules);
    }

    private static InputStream resource(String name) {
        InputStream in = SwedishLexicon.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing search resource " + name);
        }
        return in;
    }

    private static List<String> lines(String name) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
