package se.delbart.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * NDCG@10 of an adapter on the judged set in {@code src/test/resources/search-eval/} (its own corpus of 48 municipal
 * solutions, not the demo data; need sentences and short keyword queries with graded judgements, written before the
 * ranking was tuned). The gain of a hit graded g is 2^g − 1, discounted by log2(rank + 1); the ideal ranking orders
 * the judged solutions by grade; a query's NDCG is DCG / ideal DCG, and a kind's figure is the mean over its queries.
 * See docs/search-quality.md.
 */
public final class SearchQuality {

    static final int DEPTH = 10;
    /** All of a query's hits, for the precision of the whole list (the corpus has fewer solutions). */
    private static final int ALL = SearchQuery.MAX_SIZE;
    private static final String CORPUS = "/search-eval/corpus.json";
    private static final String QUERIES = "/search-eval/queries.json";
    private static final Instant PUBLISHED = Instant.parse("2026-11-01T10:00:00Z");

    /** One judged query: its kind ("sentence" or "keyword"), its text and the grade of each relevant solution. */
    record Judged(String kind, String text, Map<UUID, Integer> grades) {
    }

    /**
     * Mean NDCG@10 per kind, each query's NDCG (for diagnosis), how many queries found nothing, and per kind the mean
     * precision of the whole hit list (judged hits / hits; a query that found nothing counts 0) with the mean number
     * of hits.
     */
    public record Figures(Map<String, Double> meanByKind, Map<String, Double> byQuery, Map<String, Integer> emptyByKind,
            Map<String, Double> precisionByKind, Map<String, Double> hitsByKind) {

        public double mean(String kind) {
            return meanByKind.getOrDefault(kind, 0.0);
        }

        public String report(String adapter) {
            StringBuilder out = new StringBuilder();
            byQuery.forEach((text, ndcg) -> out.append(String.format(Locale.ROOT, "  %.3f  %s%n", ndcg, text)));
            meanByKind.forEach((kind, mean) -> out.append(String.format(Locale.ROOT,
                    "[search-quality] %s %s NDCG@10 = %.3f (%d queries found nothing; precision of all hits %.3f,"
                            + " %.1f hits per query)%n", adapter, kind, mean, emptyByKind.getOrDefault(kind, 0),
                    precisionByKind.get(kind), hitsByKind.get(kind))));
            return out.toString();
        }
    }

    private SearchQuality() {
    }

    public static List<SolutionDocument> corpus() {
        List<SolutionDocument> documents = new ArrayList<>();
        int i = 0;
        for (JsonNode solution : read(CORPUS).get("solutions")) {
            documents.add(new SolutionDocument(id(solution.get("key").asString()), solution.get("name").asString(),
                    solution.get("summary").asString(), solution.get("description").asString(),
                    solution.get("problem").asString(), List.of(), strings(solution.get("tags")),
                    Set.of(solution.get("domain").asString()), "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"),
                    "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true, PUBLISHED.minusSeconds(86_400L * i++), 0));
        }
        return documents;
    }

    static List<Judged> queries() {
        List<Judged> judged = new ArrayList<>();
        for (JsonNode query : read(QUERIES).get("queries")) {
            Map<UUID, Integer> grades = new HashMap<>();
            query.get("grades").properties().forEach(e -> grades.put(id(e.getKey()), e.getValue().asInt()));
            judged.add(new Judged(query.get("kind").asString(), query.get("text").asString(), grades));
        }
        return judged;
    }

    /** Indexes the corpus into the (empty) search and measures every judged query in the search box. */
    public static Figures measure(SolutionSearch search) {
        long start = System.nanoTime();
        corpus().forEach(search::index);
        long indexed = System.nanoTime();
        search.rebuild(corpus().stream(), written -> { });
        System.out.printf(Locale.ROOT, "[search-quality] %s indexing of the corpus (not asserted): one by one %d ms, "
                + "then a rebuild %d ms%n", search.getClass().getSimpleName(), (indexed - start) / 1_000_000,
                (System.nanoTime() - indexed) / 1_000_000);
        return measure(text -> search.search(new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, ALL))
                .hits().stream().map(SearchResult.Hit::id).toList());
    }

    /**
     * For comparison only, on a search that holds the corpus: every query as a plain OR of its words, ranked by the
     * same scoring query without any coordination ({@link SolutionSearch#topMatches}, as for declared needs).
     */
    public static Figures measurePlainOr(SolutionSearch search) {
        return measure(text -> search.topMatches(text, ALL).stream().map(ScoredId::id).toList());
    }

    private static Figures measure(java.util.function.Function<String, List<UUID>> ranking) {
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        Map<String, Double> byQuery = new LinkedHashMap<>();
        Map<String, Integer> empty = new LinkedHashMap<>();
        Map<String, List<Double>> precision = new LinkedHashMap<>();
        Map<String, List<Double>> counts = new LinkedHashMap<>();
        for (Judged query : queries()) {
            List<UUID> hits = ranking.apply(query.text());
            long judged = hits.stream().filter(hit -> query.grades().getOrDefault(hit, 0) > 0).count();
            precision.computeIfAbsent(query.kind(), k -> new ArrayList<>())
                    .add(hits.isEmpty() ? 0 : (double) judged / hits.size());
            counts.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add((double) hits.size());
            double ndcg = ndcg(hits, query.grades());
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(ndcg);
            byQuery.put(query.kind() + ": " + query.text(), ndcg);
            empty.merge(query.kind(), hits.isEmpty() ? 1 : 0, Integer::sum);
        }
        return new Figures(means(byKind), byQuery, empty, means(precision), means(counts));
    }

    private static Map<String, Double> means(Map<String, List<Double>> byKind) {
        Map<String, Double> means = new LinkedHashMap<>();
        byKind.forEach((kind, values) -> means.put(kind,
                values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return means;
    }

    static double ndcg(List<UUID> ranked, Map<UUID, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("search-eval:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new java.util.LinkedHashSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SearchQuality.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
