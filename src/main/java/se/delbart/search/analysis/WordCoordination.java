package se.delbart.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

import se.delbart.search.SwedishAnalysis;

/**
 * "Most of the words must match" for queries of {@value #MIN_WORDS} or more words, shared by both adapters: without
 * it a search is an OR of its words, so "robotisering ekonomiskt bistånd" returned every text that mentions one of
 * them, e.g. anything economic (42,719 of 100,000 generated solutions), and spent its time ranking and counting facets
 * over them. The adapters turn each {@link Unit} into one clause on the all-text field (folded, synonyms expanded at
 * index time, decompounded, stemmed), so a word matches through a synonym ("rpa" in a text that says "robotisering"),
 * as one of a compound's parts, with one typo when it is long enough for typo tolerance, or — for a typed compound —
 * by all of its parts together ("bygglovsansökan" in "ansökan om bygglov"); at least {@link #required()} of the
 * clauses must match. For a keyword query the clauses filter ({@link #filters()}): ranking stays with the scoring query.
 * <p>
 * A need written as a sentence ({@value #SENTENCE_TYPED_WORDS}+ typed words, or {@value #SENTENCE_WORDS}+ significant
 * ones: "Hushållen vet inte vilken dag soptunnan töms") always holds words no solution uses, so requiring most of its
 * words shut out the very solution it asks for. For a sentence the clauses do not filter: one word found is enough,
 * the scoring query (BM25 over the weighted fields: a rare word weighs more than a common one) ranks, and each of the
 * sentence's words a solution has adds its clause's score once more at {@link #COVERAGE_WEIGHT}: how much of the
 * sentence a solution covers, each word weighted by its rarity, counts for more than one word found in many fields
 * (a name that holds one common word of the sentence no longer outranks a text that holds three of its words).
 * <p>
 * A unit is what the person typed between spaces ("e-tjänst" is one unit, all of its tokens required). Swedish and
 * English stop words ("för", "om", "the") are not units: they say nothing about what is sought.
 */
public record WordCoordination(List<Unit> units, int required, boolean filters) {

    /** Queries with fewer significant words than this are a plain OR of their words. */
    public static final int MIN_WORDS = 3;
    /** A query of this many typed words (stop words included) or more is a sentence: its words rank, none filter. */
    public static final int SENTENCE_TYPED_WORDS = 6;
    /** A query of this many significant words or more is a sentence, however it was typed. */
    public static final int SENTENCE_WORDS = 5;
    /** Weight of a sentence's coverage clause, relative to the scoring query's. Both adapters use it. */
    public static final float COVERAGE_WEIGHT = 2f;

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final CharArraySet STOP_WORDS = stopWords();

    /**
     * One typed word: {@code text} as typed (the adapters analyse it like the all-text field's query side),
     * {@code fuzzy} when it has {@link SwedishAnalysis#FUZZY_MIN_LENGTH}+ letters, and {@code parts}, the parts of a
     * typed compound as one string (null when it is not one).
     */
    public record Unit(String text, boolean fuzzy, String parts) {
    }

    public WordCoordination {
        units = List.copyOf(units);
    }

    /** The coordination for a query text already cut to the search limits; empty for fewer than 3 units. */
    public static Optional<WordCoordination> of(String text) {
        return of(text, false);
    }

    /**
     * As {@link #of(String)}; with {@code mostWords} a sentence's words filter too, as a keyword query's do, and a
     * text of two words needs both.
     */
    public static Optional<WordCoordination> of(String text, boolean mostWords) {
        List<Unit> units = new ArrayList<>();
        int typedWords = 0; // stop words included, punctuation not
        for (String typed : SPACE.split(text.strip())) {
            String letters = NOT_WORD.matcher(typed.toLowerCase(Locale.ROOT)).replaceAll("");
            typedWords += letters.isEmpty() ? 0 : 1;
            if (letters.isEmpty() || STOP_WORDS.contains(letters)) {
                continue;
            }
            boolean fuzzy = letters.codePointCount(0, letters.length()) >= SwedishAnalysis.FUZZY_MIN_LENGTH;
            String parts = null;
            if (letters.length() == typed.length()) { // a single word, not "e-tjänst": it may be a compound
                List<String> split = CompoundSplitter.swedish().splitOnce(letters);
                parts = split.size() > 1 ? String.join(" ", split) : null;
            }
            units.add(new Unit(typed, fuzzy, parts));
        }
        if (mostWords && units.size() == 2) {
            // asked whether a solution answers the text: both words, not either
            return Optional.of(new WordCoordination(units, 2, true));
        }
        if (units.size() < MIN_WORDS) {
            return Optional.empty();
        }
        boolean sentence = typedWords >= SENTENCE_TYPED_WORDS || units.size() >= SENTENCE_WORDS;
        return Optional.of(new WordCoordination(units, required(units.size()), mostWords || !sentence));
    }

    /** All but one word in four may be missing: 3 → 2, 4 → 3, 5 → 3, 8 → 6, 16 → 12. */
    static int required(int words) {
        return words - (words + 3) / 4;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(set);
    }
}
