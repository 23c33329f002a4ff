package se.delbart.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import se.delbart.search.Facet;
import se.delbart.search.SearchResult;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.elasticsearch.ElasticsearchSolutionSearch;
import se.delbart.search.lucene.LuceneSolutionSearch;

/**
 * A plain timed loop over {@link QueryMix}, for the backends JMH does not drive: Elasticsearch (through the real
 * adapter, over HTTP to a node) and a PostgreSQL full-text baseline; also Lucene, to cross-check JMH with the same
 * loop. One thread; per query a warm-up period, then a measured period in which every call's latency is recorded;
 * percentiles are exact (nearest-rank over the sorted samples), not HdrHistogram estimates.
 *
 * <pre>
 * java -cp … se.delbart.bench.QueryLatency --backend elasticsearch|postgres|lucene --sizes 10000,100000
 *      [--warmup 5] [--measure 10] [--queries SINGLE,COMPOUND,…] [--url http://127.0.0.1:9200 | jdbc:postgresql://127.0.0.1:5432/test]
 * </pre>
 * Elasticsearch: the URL defaults to {@code DELBART_TEST_ELASTICSEARCH_URL}; the indices are deleted afterwards.
 * PostgreSQL: user {@code postgres} (trust auth); everything lives in a schema {@code bench_<random>} that is dropped
 * afterwards.
 */
public final class QueryLatency {

    /** One measured operation: returns the number of matches (hits total, or suggestions). */
    interface Operation {
        long run() throws Exception;
    }

    interface Backend extends AutoCloseable {
        String name();

        void index(int size) throws Exception;

        Operation operation(QueryMix query);

        /** The first names this backend returns for the query, for the relevance comparison. */
        List<String> topNames(QueryMix query, int n) throws Exception;

        @Override
        void close() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String backendName = options.getOrDefault("backend", "lucene");
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "10000").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        double warmup = Double.parseDouble(options.getOrDefault("warmup", "5"));
        double measure = Double.parseDouble(options.getOrDefault("measure", "10"));
        String url = options.get("url");
        List<QueryMix> queries = Arrays.stream(options.getOrDefault("queries", String.join(",",
                QueryMix.all().stream().map(Enum::name).toList())).split(",")).map(QueryMix::valueOf).toList();

        StringBuilder table = new StringBuilder();
        StringBuilder relevance = new StringBuilder();
        table.append("| backend | docs | query | text | matches | n | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n");
        table.append("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            try (Backend backend = backend(backendName, url)) {
                long started = System.nanoTime();
                backend.index(size);
                System.out.printf(Locale.ROOT, "[%s] indexed %d documents in %.1f s%n", backend.name(), size,
                        (System.nanoTime() - started) / 1e9);
                for (QueryMix query : queries) {
                    Operation operation = backend.operation(query);
                    long matches = operation.run();
                    loop(operation, warmup);
                    long[] samples = loop(operation, measure);
                    String row = String.format(Locale.ROOT, "| %s | %d | %s | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
                            backend.name(), size, query, label(query), matches, samples.length, mean(samples),
                            percentile(samples, 50), percentile(samples, 95), percentile(samples, 99),
                            samples[samples.length - 1] / 1e6);
                    System.out.println(row);
                    table.append(row).append('\n');
                    relevance.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %s |%n", backend.name(), size,
                            label(query), matches, String.join(" · ", backend.topNames(query, 3))));
                }
            }
        }
        System.out.println("\n" + table);
        System.out.println("| backend | docs | query | matches | top 3 |\n|---|---:|---|---:|---|\n" + relevance);
    }

    static String label(QueryMix query) {
        return switch (query) {
            case FACETS -> "(blank) domain=vard-och-omsorg, county=24";
            case SUGGEST -> "suggest \"" + query.text + "\"";
            default -> "\"" + query.text + "\"";
        };
    }

    static long[] loop(Operation operation, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long[] samples = new long[1024];
        int n = 0;
        long blackhole = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            blackhole += operation.run();
            long took = System.nanoTime() - start;
            if (n == samples.length) {
                samples = Arrays.copyOf(samples, n * 2);
            }
            samples[n++] = took;
        }
        if (blackhole == Long.MIN_VALUE) {
            System.out.println(blackhole);
        }
        long[] result = Arrays.copyOf(samples, n);
        Arrays.sort(result);
        return result;
    }

    /** Nearest-rank percentile of sorted nanosecond samples, in ms. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static double mean(long[] samples) {
        return Arrays.stream(samples).average().orElse(0) / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int k = 0; k + 1 < args.length; k += 2) {
            options.put(args[k].replaceFirst("^--", ""), args[k + 1]);
        }
        return options;
    }

    static Backend backend(String name, String url) throws Exception {
        return switch (name) {
            case "lucene" -> new PortBackend("lucene", () -> {
                try {
                    Path dir = Files.createTempDirectory("delbart-bench-lucene-");
                    return new LuceneSolutionSearch(dir);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            case "elasticsearch" -> elasticsearch(url != null ? url : System.getenv("DELBART_TEST_ELASTICSEARCH_URL"));
            case "postgres" -> new PostgresBackend(url != null ? url : "jdbc:postgresql://127.0.0.1:5432/test");
            default -> throw new IllegalArgumentException("unknown backend " + name);
        };
    }

    // --- the two adapters through the port ----------------------------------------------------------------------

    static Backend elasticsearch(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--url or DELBART_TEST_ELASTICSEARCH_URL is needed");
        }
        Rest5Client rest = Rest5Client.builder(URI.create(url)).build();
        ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
        String alias = "delbart-bench-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        return new PortBackend("elasticsearch", () -> new ElasticsearchSolutionSearch(client, alias)) {
            @Override
            public void close() throws Exception {
                var indices = client.indices().get(g -> g.index(alias + "-*", alias).ignoreUnavailable(true)
                        .allowNoIndices(true)).indices().keySet().stream().toList();
                if (!indices.isEmpty()) {
                    client.indices().delete(d -> d.index(indices).ignoreUnavailable(true));
                }
                client._transport().close();
            }
        };
    }

    static class PortBackend implements Backend {
        private final String name;
        private final Supplier<SolutionSearch> factory;
        SolutionSearch search;

        PortBackend(String name, Supplier<SolutionSearch> factory) {
            this.name = name;
            this.factory = factory;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void index(int size) {
            search = factory.get();
            search.rebuild(CorpusGenerator.stream(size), done -> { });
            if (search.count() != size) {
                throw new IllegalStateException(name + " holds " + search.count() + " of " + size);
            }
        }

        @Override
        public Operation operation(QueryMix query) {
            if (query == QueryMix.SUGGEST) {
                return () -> search.suggest(query.text, QueryMix.SUGGEST_LIMIT).size();
            }
            var request = query.query();
            return () -> search.search(request).total();
        }

        @Override
        public List<String> topNames(QueryMix query, int n) {
            if (query == QueryMix.SUGGEST) {
                return search.suggest(query.text, n).stream().map(s -> s.text()).toList();
            }
            return search.search(query.query()).hits().stream().limit(n).map(SearchResult.Hit::name).toList();
        }

        @Override
        public void close() throws Exception {
            if (search instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    // --- PostgreSQL full-text baseline --------------------------------------------------------------------------

    /**
     * A standalone table with a weighted {@code tsvector} (name A; summary, features, tags B; description, problem
     * C) under the {@code swedish} configuration, a GIN index, {@code websearch_to_tsquery} + {@code ts_rank}. No
     * compound splitting, no folding, no typo tolerance, no synonyms: what PostgreSQL gives out of the box. It
     * returns the top 20 and the total (count(*) over()), but no facet counts.
     */
    static final class PostgresBackend implements Backend {
        private final Connection connection;
        private final String schema = "bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL);

        PostgresBackend(String url) throws SQLException {
            connection = DriverManager.getConnection(url, "postgres", "");
            try {
                createTable();
            } catch (SQLException | RuntimeException e) {
                try (Statement st = connection.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"); // leave nothing behind
                }
                connection.close();
                throw e;
            }
        }

        private void createTable() throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
                st.execute("SET search_path TO " + schema);
                st.execute("""
                        CREATE TABLE solution (
                            id uuid PRIMARY KEY,
                            name text NOT NULL, summary text NOT NULL, description text, problem text,
                            features text, tags text[], domains text[], county text, skr_group text,
                            published_at timestamptz NOT NULL,
                            tsv tsvector GENERATED ALWAYS AS (
                                setweight(to_tsvector('swedish', name), 'A')
                                || setweight(to_tsvector('swedish', summary || ' ' || coalesce(features, '')), 'B')
                                || setweight(to_tsvector('swedish', coalesce(description, '') || ' '
                                             || coalesce(problem, '')), 'C')) STORED)""");
            }
        }

        @Override
        public String name() {
            return "postgres";
        }

        @Override
        public void index(int size) throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("TRUNCATE solution");
                st.execute("DROP INDEX IF EXISTS solution_tsv, solution_domains, solution_county");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO solution (id, name, summary, description, problem, features, tags, domains, county,
                                          skr_group, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                connection.setAutoCommit(false);
                int batch = 0;
                for (SolutionDocument d : (Iterable<SolutionDocument>) CorpusGenerator.stream(size)::iterator) {
                    insert.setObject(1, d.id());
                    insert.setString(2, d.name());
                    insert.setString(3, d.summary());
                    insert.setString(4, d.description());
                    insert.setString(5, d.problem());
                    // features and tags as one text (array_to_string is not immutable, so not in the generated column)
                    insert.setString(6, String.join(". ", d.features()) + ". " + String.join(" ", d.tags()));
                    insert.setArray(7, connection.createArrayOf("text", d.tags().toArray()));
                    insert.setArray(8, connection.createArrayOf("text", d.domains().toArray()));
                    insert.setString(9, d.publisherCountyCode());
                    insert.setString(10, d.publisherSkrGroup());
                    insert.setTimestamp(11, Timestamp.from(d.publishedAt()));
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
                connection.setAutoCommit(true);
            }
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE INDEX solution_tsv ON solution USING gin (tsv)");
                st.execute("CREATE INDEX solution_domains ON solution USING gin (domains)");
                st.execute("CREATE INDEX solution_county ON solution (county)");
                st.execute("ANALYZE solution");
            }
        }

        static final String TEXT_SQL = """
                SELECT id, name, ts_rank(tsv, q) AS rank, count(*) OVER () AS total
                FROM solution, websearch_to_tsquery('swedish', ?) q
                WHERE tsv @@ q ORDER BY rank DESC, published_at DESC LIMIT 20""";
        static final String FACET_SQL = """
                SELECT id, name, count(*) OVER () AS total FROM solution
                WHERE domains && ? AND county = ANY (?) ORDER BY published_at DESC LIMIT 20""";
        /** Type-ahead: a prefix query restricted to weight A (the name). */
        static final String SUGGEST_SQL = """
                SELECT name, 0 AS total FROM solution WHERE tsv @@ to_tsquery('swedish', ? || ':*A')
                ORDER BY published_at DESC LIMIT 8""";

        @Override
        public Operation operation(QueryMix query) {
            return () -> {
                try (PreparedStatement ps = prepare(query); ResultSet rs = ps.executeQuery()) {
                    long total = 0;
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                        if (query != QueryMix.SUGGEST) {
                            total = rs.getLong("total");
                        }
                    }
                    return query == QueryMix.SUGGEST ? rows : total;
                }
            };
        }

        private PreparedStatement prepare(QueryMix query) throws SQLException {
            PreparedStatement ps;
            switch (query) {
                case FACETS -> {
                    ps = connection.prepareStatement(FACET_SQL);
                    Array domains = connection.createArrayOf("text",
                            QueryMix.FACET_FILTERS.get(Facet.DOMAIN).toArray());
                    Array counties = connection.createArrayOf("text",
                            QueryMix.FACET_FILTERS.get(Facet.COUNTY).toArray());
                    ps.setArray(1, domains);
                    ps.setArray(2, counties);
                }
                case SUGGEST -> {
                    ps = connection.prepareStatement(SUGGEST_SQL);
                    ps.setString(1, query.text);
                }
                default -> {
                    ps = connection.prepareStatement(TEXT_SQL);
                    ps.setString(1, query.text);
                }
            }
            return ps;
        }

        @Override
        public List<String> topNames(QueryMix query, int n) throws SQLException {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = prepare(query); ResultSet rs = ps.executeQuery()) {
                while (rs.next() && names.size() < n) {
                    names.add(rs.getString("name"));
                }
            }
            return names;
        }

        /** The query PostgreSQL actually runs for a text, e.g. 'bygglovsansökan' → 'bygglovsansökan'. */
        String tsquery(String text) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT websearch_to_tsquery('swedish', ?)::text")) {
                ps.setString(1, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try (Statement st = connection.createStatement()) {
                for (QueryMix q : QueryMix.values()) {
                    if (q != QueryMix.FACETS && q != QueryMix.SUGGEST) {
                        System.out.printf("[postgres] websearch_to_tsquery('swedish', '%s') = %s%n", q.text,
                                tsquery(q.text));
                    }
                }
                try (ResultSet rs = st.executeQuery(
                        "SELECT pg_size_pretty(pg_total_relation_size('solution')), pg_size_pretty(pg_relation_size('solution_tsv'))")) {
                    rs.next();
                    System.out.printf("[postgres] table with indexes %s, GIN index %s%n", rs.getString(1), rs.getString(2));
                }
                st.execute("DROP SCHEMA " + schema + " CASCADE");
                System.out.println("[postgres] dropped schema " + schema);
            } finally {
                connection.close();
            }
        }
    }

    private QueryLatency() {
    }
}
