package se.delbart.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up words for tests that need a search term no other document contains. */
public final class TestWords {

    private TestWords() {
    }

    /**
     * A word of the given prefix, {@code letters} random letters a–f and the suffix, e.g. {@code zqbcafeelan}.
     * Letters only, so the analyzers keep it as one token; always the same length, whatever the random draw.
     */
    public static String unique(String prefix, int letters, String suffix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < letters; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.append(suffix).toString();
    }
}
