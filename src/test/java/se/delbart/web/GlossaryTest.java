package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One word per concept and one way to show time (docs/glossary.md): no Swedish message or template uses a word the
 * glossary's column "Inte" rules out, every template shows times through {@code #times}, and every back link says
 * "Tillbaka till …".
 */
class GlossaryTest {

    private static final Path MESSAGES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("frontend-templates/templates");

    @Test
    void swedishTextUsesTheGlossarysTerms() throws IOException {
        List<String> ruledOut = ruledOutWords();
        assertThat(ruledOut).contains("operativ kommun", "publiceraren");
        List<String> found = new ArrayList<>();
        for (Path file : swedishMessageFiles()) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                for (String word : ruledOut) {
                    if (containsWord(messages.getProperty(key), word)) {
                        found.add(file.getFileName() + " " + key + ": " + word);
                    }
                }
            }
        }
        assertThat(found).as("words the glossary rules out").isEmpty();
    }

    @Test
    void templatesShowTimesInSwedishTime() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".html")).filter(f -> read(f).contains("#temporals")))
                    .as("templates formatting times without #times (server zone, not Swedish time)").isEmpty();
        }
    }

    @Test
    void everyBackLinkSaysWhereItGoes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : swedishMessageFiles()) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                if (key.endsWith(".back") || key.contains(".back.")) {
                    if (!messages.getProperty(key).startsWith("Tillbaka till ")) {
                        wrong.add(key + "=" + messages.getProperty(key));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?iu)(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(text).find();
    }

    /** The comma-separated words of the glossary table's last column. */
    private static List<String> ruledOutWords() {
        List<String> words = new ArrayList<>();
        for (String line : read(Path.of("docs/glossary.md")).lines().toList()) {
            if (line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| Begrepp")) {
                String[] cells = line.split("\\|", -1);
                String last = cells[cells.length - 2].strip();
                Arrays.stream(last.split(",")).map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
            }
        }
        return words;
    }

    private static List<Path> swedishMessageFiles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
