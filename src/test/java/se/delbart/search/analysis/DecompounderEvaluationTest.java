package se.delbart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link CompoundSplitter} on the committed lists, written before it was built:
 * {@code search-eval/compounds-sv.tsv} (compounds split by hand) and {@code search-eval/non-compounds-sv.txt}
 * (words that must not be split).
 * <ul>
 * <li>A split is a word the splitter cuts into two or more parts. It is correct only when its parts are exactly the
 * hand split (same parts, same order, modifiers in dictionary form).</li>
 * <li>Precision = correct splits / all splits made, over both lists (a non-compound split counts as a wrong split,
 * so does a compound split differently).</li>
 * <li>Recall = correct splits / compounds in the list.</li>
 * </ul>
 * Goals: precision ≥ {@value #PRECISION_GOAL}, recall ≥ {@value #RECALL_GOAL}. The figures and every error are
 * printed ({@code [decompounder]} lines) and recorded in docs/search-quality.md.
 */
class DecompounderEvaluationTest {

    static final double PRECISION_GOAL = 0.95;
    static final double RECALL_GOAL = 0.90;

    @Test
    void meetsItsPrecisionAndRecallGoalsOnTheCommittedLists() {
        CompoundSplitter splitter = CompoundSplitter.swedish();
        Map<String, String> compounds = new LinkedHashMap<>();
        for (String line : lines("/search-eval/compounds-sv.tsv")) {
            String[] fields = line.split("\t");
            compounds.put(fields[0], fields[1]);
        }
        List<String> nonCompounds = lines("/search-eval/non-compounds-sv.txt");

        int splits = 0;
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> compound : compounds.entrySet()) {
            String parts = String.join("+", splitter.split(compound.getKey()));
            boolean split = parts.contains("+");
            splits += split ? 1 : 0;
            if (parts.equals(compound.getValue())) {
                correct++;
            } else {
                errors.add((split ? "wrong split  " : "not split    ") + compound.getKey() + " → " + parts
                        + " (expected " + compound.getValue() + ")");
            }
        }
        for (String word : nonCompounds) {
            List<String> parts = splitter.split(word);
            if (parts.size() > 1) {
                splits++;
                errors.add("split a word " + word + " → " + String.join("+", parts));
            }
        }
        double precision = splits == 0 ? 0 : (double) correct / splits;
        double recall = (double) correct / compounds.size();
        errors.forEach(error -> System.out.println("[decompounder] " + error));
        System.out.printf(Locale.ROOT, "[decompounder] %d compounds, %d words not to split: %d splits made, %d correct;"
                + " precision %.3f, recall %.3f%n", compounds.size(), nonCompounds.size(), splits, correct, precision,
                recall);

        assertThat(compounds).hasSizeGreaterThanOrEqualTo(400);
        assertThat(nonCompounds).hasSizeGreaterThanOrEqualTo(100);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(PRECISION_GOAL);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(RECALL_GOAL);
    }

    private static List<String> lines(String resource) {
        InputStream in = DecompounderEvaluationTest.class.getResourceAsStream(resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
