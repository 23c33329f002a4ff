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
 * NDCG@10 of an adapter on the judged set in {@code src/test/resources/search-eval/}: its own corpus of 152 municipal
 * solutions in two parts, not the demo data, and 219 need sentences and keyword queries with graded judgements (the
 * first part written before the ranking was tuned, the second later, blind to the ranking, covering compounds,
 * derivations, short forms, typos and missing diacritics). Figures per kind, for "all", and per "tests:" category. The gain of a hit graded g is 2^g − 1, discounted by log2(rank + 1); the ideal ranking orders
 * the judged solutions by grade; a query's NDCG is DCG / ideal DCG, and a kind's figure is the mean over its queries.
 * See docs/search-quality.md.
 */
public final class SearchQuality {

    static final int DEPTH = 10;
    /** All of a query's hits, for the precision of the whole list (the corpus has fewer solutions). */
    private static final int ALL = SearchQuery.MAX_SIZE;
    /** The first set (48 solutions, its queries) and the second, written later and blind to the ranking. */
    private static final List<String> CORPORA = List.of("/search-eval/corpus.json", "/search-eval/corpus-2.json");
    private static final List<String> QUERY_SETS = List.of("/search-eval/queries.json", "/search-eval/queries-2.json");
    /** Grades of the first set's queries for solutions of the second corpus. */
    private static final String EXTRA_GRADES = "/search-eval/extra-grades.json";
    private static final Instant PUBLISHED = Instant.parse("2026-11-01T10:00:00Z");

    /**
     * One judged query: its kind ("sentence", "keyword", or in the first set also "compound" or "derivation"), what
     * it tests ({@code tests}: the second set's "compound", "derivation", "short-form", "typo", "diacritics",
     * "sentence" or "plain"; the kind in the first set), its text and the grade of each relevant solution.
     */
    record Judged(String kind, String tests, String text, Map<UUID, Integer> grades) {
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
        for (JsonNode solution : CORPORA.stream().flatMap(c -> stream(read(c).get("solutions"))).toList()) {
            documents.add(new SolutionDocument(id(solution.get("key").asString()), solution.get("name").asString(),
                    solution.get("summary").asString(), solution.get("description").asString(),
                    solution.get("problem").asString(), List.of(), strings(solution.get("tags")),
                    Set.of(solution.get("domain").asString()), "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"),
                    "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true, PUBLISHED.minusSeconds(86_400L * i++), 0));
        }
        return documents;
    }

    static List<Judged> queries() {
        Map<String, Map<UUID, Integer>> extra = new HashMap<>();
        read(EXTRA_GRADES).get("grades").properties().forEach(query -> {
            Map<UUID, Integer> grades = new HashMap<>();
            query.getValue().properties().forEach(e -> grades.put(id(e.getKey()), e.getValue().asInt()));
            extra.put(query.getKey(), grades);
        });
        List<Judged> judged = new ArrayList<>();
        for (String set : QUERY_SETS) {
            for (JsonNode query : read(set).get("queries")) {
                String text = query.get("text").asString();
                Map<UUID, Integer> grades = new HashMap<>(extra.getOrDefault(text, Map.of()));
                query.get("grades").properties().forEach(e -> grades.put(id(e.getKey()), e.getValue().asInt()));
                String kind = query.get("kind").asString();
                String tests = query.has("tests") ? query.get("tests").asString() : kind;
                judged.add(new Judged(kind, tests, text, grades));
            }
        }
        return judged;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
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
            double ndcg = ndcg(hits, query.grades());
            byQuery.put(query.kind() + ": " + query.text(), ndcg);
            // each query counts in its kind, in "all", and in what it tests when that says more than its kind
            List<String> groups = new ArrayList<>(List.of(query.kind(), "all"));
            if (!query.tests().equals(query.kind())) {
                groups.add("tests:" + query.tests());
            }
            for (String group : groups) {
                precision.computeIfAbsent(group, k -> new ArrayList<>())
                        .add(hits.isEmpty() ? 0 : (double) judged / hits.size());
                counts.computeIfAbsent(group, k -> new ArrayList<>()).add((double) hits.size());
                byKind.computeIfAbsent(group, k -> new ArrayList<>()).add(ndcg);
                empty.merge(group, hits.isEmpty() ? 1 : 0, Integer::sum);
            }
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
