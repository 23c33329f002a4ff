package se.delbart.search;

import java.util.UUID;

/** Made-up words no real text contains, so that only a test's own solution matches them. */
public final class SearchTestWords {

    private SearchTestWords() {
    }

    /** "zq" and ten letters a–p derived from a random UUID. */
    public static String unique() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder word = new StringBuilder("zq");
        hex.chars().forEach(c -> word.append((char) ('a' + Character.digit(c, 16))));
        return word.toString();
    }
}
