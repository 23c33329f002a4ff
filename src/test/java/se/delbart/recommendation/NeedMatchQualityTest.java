package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.delbart.search.ScoredId;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.elasticsearch.ElasticsearchSolutionSearch;
import se.delbart.search.lucene.LuceneSolutionSearch;
import se.delbart.testsupport.TestElasticsearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Need matching on the judged set {@code src/test/resources/recommendation-eval/need-matches.json} (44 needs, 198
 * judged pairs over the demo catalogue's published solutions, written before the matcher was tuned), on both
 * adapters. Figures (printed as {@code [need-matches]} lines, recorded in docs/recommendations.md):
 * <ul>
 * <li>precision@5: of the matches shown for a need (its best five at most), the share judged relevant (grade ≥ 1);
 * a need with a relevant solution and nothing shown counts 0;</li>
 * <li>recall@5: relevant solutions among them ÷ min(5, relevant solutions);</li>
 * <li>false matches: judged-irrelevant pairs that matched anyway, and needs of generic words only that matched.</li>
 * </ul>
 * The matcher's figures must stay within {@link #TOLERANCE} of the recorded ones; the matching before it
 * (a plain OR of all the need's words through {@link SolutionSearch#topMatches}, a reason from 0.4 of the best hit's
 * score) is printed
 * for comparison.
 */
class NeedMatchQualityTest {

    static final double TOLERANCE = 0.02;
    /** Recorded precision@5 and recall@5 of {@link NeedMatcher} (docs/recommendations.md), per adapter. */
    static final Map<String, double[]> RECORDED = Map.of(
            "lucene", new double[] {0.847, 0.835},
            "elasticsearch", new double[] {0.863, 0.835});
    private static final int SHOWN = 5;
    private static final double OLD_REASON = 0.4;
    private static final Instant PUBLISHED = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path root;

    record Judged(String text, Map<UUID, Integer> grades, Set<UUID> not) {
    }

    record Figures(double precision, double recall, int falseMatches, int genericMatched, int needsWithoutMatch) {

        String line(String what) {
            return String.format(Locale.ROOT, "[need-matches] %s precision@5 = %.3f, recall@5 = %.3f, judged-irrelevant"
                    + " pairs matched = %d, generic-only needs matched = %d, needs with a relevant solution but no"
                    + " match = %d", what, precision, recall, falseMatches, genericMatched, needsWithoutMatch);
        }
    }

    @Test
    void luceneMatchesNeedsAsRecorded() {
        LuceneSolutionSearch search = new LuceneSolutionSearch(root.resolve("index"));
        try {
            assertAsRecorded("lucene", search);
        } finally {
            search.close();
        }
    }

    @Test
    void elasticsearchMatchesNeedsAsRecorded() {
        String alias = TestElasticsearch.uniqueAlias();
        try {
            assertAsRecorded("elasticsearch", new ElasticsearchSolutionSearch(TestElasticsearch.client(), alias));
        } finally {
            TestElasticsearch.deleteIndices(alias);
        }
    }

    /**
     * Ånge's declared need (demo data): its words "digital", "ansökan" and "beslut" are shared with a contract-signing
     * solution, which the plain OR of the words matched; they are generic and make no match on their own.
     */
    @Test
    void angesSchoolTransportNeedIsNotMatchedThroughGenericWords() {
        LuceneSolutionSearch search = new LuceneSolutionSearch(root.resolve("ange"));
        try {
            demoCatalogue().forEach(search::index);
            String need = "Digital ansökan om skolskjuts där vårdnadshavare ser beslut och hållplats";
            Map<UUID, NeedMatcher.Hit> matches = new NeedMatcher(search).match(need, NeedMatches.NEED_HITS);
            assertThat(matches).containsKey(id("ornskoldsvik-skolskjutsansokan"))
                    .doesNotContainKey(id("askersund-digital-signering"));
            assertThat(matches.get(id("ornskoldsvik-skolskjutsansokan")).words()).contains("skolskjuts")
                    .doesNotContain("digital", "ansökan", "beslut");
            // every demo need's every match names a word that is not a filler word
            Set<String> filler = NeedMatcher.fillerWords();
            for (Judged judged : judged()) {
                new NeedMatcher(search).match(judged.text(), NeedMatches.NEED_HITS).values().forEach(hit -> assertThat(
                        hit.words()).as(judged.text()).isNotEmpty().anyMatch(word -> !filler.contains(word)));
            }
        } finally {
            search.close();
        }
    }

    private static void assertAsRecorded(String adapter, SolutionSearch search) {
        demoCatalogue().forEach(search::index);
        NeedMatcher matcher = new NeedMatcher(search);
        Figures now = measure(text -> new ArrayList<>(matcher.match(text, SHOWN).keySet()));
        Map<UUID, String> names = new HashMap<>();
        demoCatalogue().forEach(d -> names.put(d.id(), d.name()));
        for (Judged need : judged()) {
            StringBuilder out = new StringBuilder("  " + need.text() + "\n");
            matcher.match(need.text(), SHOWN).forEach((id, hit) -> out.append(String.format(Locale.ROOT,
                    "      %s %.2f %s %s%n", need.grades().getOrDefault(id, 0), hit.score(), hit.words(), names.get(id))));
            System.out.print(out);
        }
        Figures before = measure(text -> {
            List<UUID> shown = new ArrayList<>();
            List<ScoredId> found = search.topMatches(text, NeedMatches.NEED_HITS);
            found.stream().filter(m -> m.score() >= OLD_REASON * found.get(0).score()).limit(SHOWN)
                    .forEach(m -> shown.add(m.id()));
            return shown;
        });
        System.out.println(now.line(adapter));
        System.out.println(before.line(adapter + " before (plain OR, reason from 0.4)"));
        assertThat(now.genericMatched()).as("needs of generic words only that matched").isZero();
        assertThat(now.precision()).as("%s precision@5", adapter)
                .isGreaterThanOrEqualTo(RECORDED.get(adapter)[0] - TOLERANCE);
        assertThat(now.recall()).as("%s recall@5", adapter).isGreaterThanOrEqualTo(RECORDED.get(adapter)[1] - TOLERANCE);
    }

    static Figures measure(Function<String, List<UUID>> shownFor) {
        List<Double> precision = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        int falseMatches = 0;
        int genericMatched = 0;
        int withoutMatch = 0;
        for (Judged need : judged()) {
            List<UUID> shown = shownFor.apply(need.text());
            shown = shown.subList(0, Math.min(SHOWN, shown.size()));
            falseMatches += (int) shown.stream().filter(need.not()::contains).count();
            long relevant = need.grades().values().stream().filter(g -> g > 0).count();
            if (relevant == 0) {
                genericMatched += shown.isEmpty() ? 0 : 1;
                continue;
            }
            long hits = shown.stream().filter(id -> need.grades().getOrDefault(id, 0) > 0).count();
            withoutMatch += shown.isEmpty() ? 1 : 0;
            precision.add(shown.isEmpty() ? 0 : (double) hits / shown.size());
            recall.add((double) hits / Math.min(SHOWN, relevant));
        }
        return new Figures(mean(precision), mean(recall), falseMatches, genericMatched, withoutMatch);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static List<Judged> judged() {
        List<Judged> needs = new ArrayList<>();
        for (JsonNode need : read("/recommendation-eval/need-matches.json").get("needs")) {
            Map<UUID, Integer> grades = new HashMap<>();
            need.get("grades").properties().forEach(e -> grades.put(id(e.getKey()), e.getValue().asInt()));
            Set<UUID> not = new HashSet<>();
            need.get("not").forEach(key -> not.add(id(key.asString())));
            needs.add(new Judged(need.get("text").asString(), grades, not));
        }
        return needs;
    }

    /** The demo catalogue's published solutions as the index holds them (text fields and domains). */
    static List<SolutionDocument> demoCatalogue() {
        List<SolutionDocument> documents = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : read("/demo/solutions.json")) {
            if (!"PUBLISHED".equals(entry.get("lifecycle").asString())) {
                continue;
            }
            JsonNode s = entry.get("solution");
            documents.add(new SolutionDocument(id(entry.get("key").asString()), s.get("name").asString(),
                    s.get("summary").asString(), s.get("description").asString(), s.get("problem").asString(),
                    strings(s.get("features")), Set.copyOf(strings(s.get("tags"))),
                    Set.copyOf(strings(s.get("domains"))), "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"),
                    "NONE", "LOCAL", entry.get("publisher").asString(), entry.get("publisher").asString(), "C8", "22",
                    true, PUBLISHED.minusSeconds(86_400L * i++), 0));
        }
        return documents;
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = NeedMatchQualityTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
