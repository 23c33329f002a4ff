package se.delbart.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import se.delbart.search.QueryWords;
import se.delbart.search.ScoredId;
import se.delbart.search.SearchQuery;
import se.delbart.search.SolutionSearch;

/**
 * Matches a declared need's text against the published catalogue so that a match has to earn its reason. Generic
 * words cannot make a match on their own: a short list of municipal filler words ({@value #FILLER_WORDS}: "digital",
 * "ansökan", "beslut", …) and every word found in more than {@link #GENERIC_SHARE} of the published solutions (counted
 * in the index, so it follows the catalogue) are left out of the need before it is matched. What remains are the
 * need's <em>telling</em> words. Through the search port (so a word matches through inflections, compound parts,
 * synonyms and small typos, as in the search box) the matcher finds, per telling word, the solutions that hold it,
 * and ranks solutions by the telling words together (BM25: a rare word weighs more, each further word adds).
 * <p>
 * A solution matches when (1) the telling words it holds carry at least {@link #MIN_RELATIVE} of the rarity
 * (Σ ln(1 + N ÷ df)) that the best-covering solution holds, so that one word of a long need does not make a match
 * while the catalogue holds a solution with most of it, and (2) its relevance score is at least {@link #MIN_SCORE}
 * of the best match's, so that a word found only deep in a long description does not either. Each match names the
 * words it holds, for the reason shown to the municipality. The two thresholds were chosen on the judged set
 * {@code src/test/resources/recommendation-eval/need-matches.json} (docs/recommendations.md).
 */
final class NeedMatcher {

    static final String FILLER_WORDS = "recommendation/filler-words-sv.txt";
    /** A word in more than this share of the published solutions (and at least {@link #GENERIC_MIN} of them) is generic. */
    static final double GENERIC_SHARE = 0.15;
    static final int GENERIC_MIN = 10;
    /** Words this short ("ska", "får", "se") tell nothing unless written in capitals as an acronym. */
    static final int SHORT = 3;
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
    static final double MIN_RELATIVE = 0.5;
    /** Solutions read per telling word, to learn which words a matched solution holds. */
    static final int WORD_HITS = 500;
    static final int MAX_WORDS = 20_000;

    static final double MIN_SCORE = 0.25;

    private final SolutionSearch search;
    private final Set<String> filler;
    /** What the index says of a word at a catalogue version: shared by every need that uses it. */
    private final Cache<WordAt, Word> words;

    private record WordAt(String word, long catalogVersion) {
    }

    /** {@code found}: published solutions holding the word; {@code holders}: up to {@link #WORD_HITS} of them. */
    private record Word(long found, Set<UUID> holders) {
    }

    /** How a need matched one solution: strength 0..1 (the best match 1) and the need's words it holds. */
    record Hit(double score, List<String> words) {
    }

    NeedMatcher(SolutionSearch search) {
        this(search, Ticker.systemTicker());
    }

    NeedMatcher(SolutionSearch search, Ticker ticker) {
        this.search = search;
        this.filler = fillerWords();
        this.words = Caffeine.newBuilder().maximumSize(MAX_WORDS).expireAfterWrite(NeedMatches.MAX_STALE)
                .ticker(ticker).executor(Runnable::run).build();
    }

    /** As {@link #match(String, int, long)}, reading every word from the index now. */
    Map<UUID, Hit> match(String text, int limit) {
        return match(text, limit, -1);
    }

    /**
     * The need's matches, at most {@code limit}, best first; empty when only generic words are shared. What the index
     * says of each word is kept per {@code catalogVersion} (negative: not kept).
     */
    Map<UUID, Hit> match(String text, int limit, long catalogVersion) {
        long catalogue = search.count();
        if (catalogue == 0) {
            return Map.of();
        }
        Map<String, Set<UUID>> holders = new LinkedHashMap<>();
        Map<String, Double> rarity = new HashMap<>();
        Set<String> acronyms = acronyms(text);
        for (String word : QueryWords.significant(text)) {
            if (filler.contains(word) || (word.length() <= SHORT && !acronyms.contains(word))) {
                continue;
            }
            Word known = catalogVersion < 0 ? read(word) : words.get(new WordAt(word, catalogVersion), k -> read(word));
            long found = known.found();
            if (found == 0 || (found >= GENERIC_MIN && found > GENERIC_SHARE * catalogue)) {
                continue;
            }
            holders.put(word, known.holders());
            rarity.put(word, Math.log(1 + (double) catalogue / found));
        }
        if (holders.isEmpty()) {
            return Map.of();
        }
        double total = rarity.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<UUID, List<String>> held = new HashMap<>();
        Map<UUID, Double> coverage = new HashMap<>();
        holders.forEach((word, ids) -> ids.forEach(id -> {
            held.computeIfAbsent(id, k -> new ArrayList<>()).add(word);
            coverage.merge(id, rarity.get(word) / total, Double::sum);
        }));
        double best = coverage.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<ScoredId> ranked = search.topMatches(String.join(" ", holders.keySet()), limit);
        double top = ranked.isEmpty() ? 1 : Math.max(ranked.get(0).score(), 1e-9f);
        Map<UUID, Hit> matches = new LinkedHashMap<>();
        for (ScoredId m : ranked) {
            double covered = coverage.getOrDefault(m.id(), 0.0);
            double score = m.score() / top;
            if (covered >= MIN_RELATIVE * best && score >= MIN_SCORE) {
                matches.put(m.id(), new Hit(score, List.copyOf(held.get(m.id()))));
            }
        }
        return matches;
    }

    /** The words of {@code text} written in capitals ("HVB", "ÖP"), lower-cased: short ones that still tell. */
    private static Set<String> acronyms(String text) {
        Set<String> acronyms = new HashSet<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            acronyms.add(m.group().toLowerCase(Locale.ROOT));
        }
        return acronyms;
    }

    /**
     * What the index says of one word. A hyphenated word ("e-arkiv", "VA-taxa") is held by a solution that holds all
     * of its parts of two letters or more: searched whole, its parts would be an OR, and "e" is in every "e-tjänst".
     */
    private Word read(String word) {
        List<String> parts = word.indexOf('-') < 0 ? List.of(word)
                : Arrays.stream(word.split("-")).filter(part -> part.length() >= 2).toList();
        if (parts.isEmpty()) {
            return new Word(0, Set.of());
        }
        Set<UUID> ids = null;
        for (String part : parts) {
            Set<UUID> holders = new HashSet<>();
            if (search.search(new SearchQuery(part, Map.of(), null, 0, 1)).total() > 0) {
                search.topMatches(part, WORD_HITS).forEach(m -> holders.add(m.id()));
            }
            if (ids == null) {
                ids = holders;
            } else {
                ids.retainAll(holders);
            }
        }
        long found = word.indexOf('-') < 0 ? search.search(new SearchQuery(word, Map.of(), null, 0, 1)).total()
                : ids.size();
        return new Word(found, Set.copyOf(ids));
    }

    static Set<String> fillerWords() {
        try (InputStream in = NeedMatcher.class.getClassLoader().getResourceAsStream(FILLER_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FILLER_WORDS);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
