package se.delbart.access;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The username of an account made from a request: the e-mail address's local part, lower-case, accents folded, any
 * character outside {@code [a-z0-9._-]} as a dot, 3–56 characters (padded with the kommunkod when shorter); when taken,
 * {@code -2}, {@code -3}, … is appended.
 */
final class Usernames {

    private Usernames() {
    }

    static String fromEmail(String email, String kommunkod, Predicate<String> taken) {
        String local = email.substring(0, Math.max(0, email.lastIndexOf('@')));
        String base = Normalizer.normalize(local.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9._-]", ".").replaceAll("\\.{2,}", ".").replaceAll("^[.]+|[.]+$", "");
        if (base.length() > 56) {
            base = base.substring(0, 56);
        }
        if (base.length() < 3) {
            base = base.isEmpty() ? "k" + kommunkod : base + "-" + kommunkod;
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
