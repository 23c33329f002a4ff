package se.delbart.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A controlled word list read from {@code src/main/resources/interop/}: one entry a line, {@code #} comments. */
final class Vocabulary {

    static final Set<String> CATEGORIES = load("categories.txt", null);
    static final Set<String> SCOPES = load("scopes.txt", null);
    /** The {@code alias:} names of the standard's {@code supports} key (aliases-list). */
    static final Set<String> SUPPORT_ALIASES = Set.of("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io");
    static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");
    static final List<String> SOFTWARE_TYPES = List.of("standalone/mobile", "standalone/iot", "standalone/desktop",
            "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles");
    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");

    private Vocabulary() {
    }

    /** Lines of {@code interop/<name>}; with {@code stopAt}, only the lines before that comment line. */
    static Set<String> load(String name, String stopAt) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/interop/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource interop/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (stopAt != null && word.equals(stopAt)) {
                    break;
                }
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
