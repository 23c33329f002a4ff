package se.delbart.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/**
 * A real Elasticsearch for tests, one per test JVM.
 *
 * <p>Where it comes from, first match wins:
 * <ol>
 *   <li>the setting {@code DELBART_TEST_ELASTICSEARCH_URL} (environment variable or system property), e.g. the
 *       es-testnode that {@code .ci/run} starts. Set but unreachable, the test fails;</li>
 *   <li>Testcontainers ({@value #IMAGE}, security off) when a Docker engine is available;</li>
 *   <li>otherwise the test fails when {@code CI=true}, and is aborted (reported as skipped) elsewhere.</li>
 * </ol>
 *
 * <p>Isolation: each test works under its own alias from {@link #uniqueAlias()} and deletes the indices behind it
 * afterwards with {@link #deleteIndices(String)}.
 * <pre>{@code
 * String alias = TestElasticsearch.uniqueAlias();
 * var search = new ElasticsearchSolutionSearch(TestElasticsearch.client(), alias);
 * ...
 * TestElasticsearch.deleteIndices(alias);
 * }</pre>
 * Spring tests register {@code spring.elasticsearch.uris} with {@link #elasticsearch(DynamicPropertyRegistry)} and
 * are annotated {@code @ExtendWith(ElasticsearchTestExtension.class)} so a missing server skips before Spring starts.
 */
public final class TestElasticsearch {

    public static final String URL_SETTING = "DELBART_TEST_ELASTICSEARCH_URL";
    /** The version Boot manages the client for, and the one docker-compose runs. */
    public static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.8";
    public static final String ALIAS_PREFIX = "delbart-test-";

    private static final String HOW_TO_ENABLE = "Set " + URL_SETTING + " (e.g. the URL printed by "
            + "../shared/tools/es-testnode/start.sh --port 0), or start a Docker engine for Testcontainers; "
            + ".ci/run does the former.";

    private static final ResolvedOnce<Elasticsearch> ELASTICSEARCH = new ResolvedOnce<>(() -> {
        Elasticsearch found = resolve();
        System.out.println("[TestElasticsearch] using " + found);
        return found;
    });

    private TestElasticsearch() {
    }

    /** The server's URL, where it came from, and a client for it (closed when the JVM exits). */
    public record Elasticsearch(String url, String origin, String version, ElasticsearchClient client) {

        @Override
        public String toString() {
            return url + " (" + origin + ", " + version + ")";
        }
    }

    /**
     * Resolves the server once per JVM. Fails the calling test when CI=true and none is available, aborts it
     * (skipped) otherwise; fails it always when the explicit setting points at a server that cannot be used.
     */
    public static Elasticsearch elasticsearch() {
        return ELASTICSEARCH.get();
    }

    /** Points Boot's client at the server: {@code spring.elasticsearch.uris}. */
    public static void elasticsearch(DynamicPropertyRegistry registry) {
        String url = elasticsearch().url();
        registry.add("spring.elasticsearch.uris", () -> url);
    }

    /** A client for the server, shared by the JVM's tests, built like Boot's (Rest5Client, Jackson 3 mapper). */
    public static ElasticsearchClient client() {
        return elasticsearch().client();
    }

    /** A fresh alias name, {@code delbart-test-<random>}, lower-case as Elasticsearch requires. */
    public static String uniqueAlias() {
        return ALIAS_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** Deletes every index named {@code <alias>-*} or carrying {@code alias} (by name: wildcard deletes are refused). */
    public static void deleteIndices(String alias) {
        ElasticsearchClient client = client();
        try {
            List<String> indices = client.indices()
                    .get(g -> g.index(alias + "-*", alias).ignoreUnavailable(true).allowNoIndices(true))
                    .indices().keySet().stream().toList();
            if (!indices.isEmpty()) {
                client.indices().delete(d -> d.index(indices).ignoreUnavailable(true));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not delete the test indices of " + alias, e);
        }
    }

    private static Elasticsearch resolve() {
        var explicitUrl = TestSettings.get(URL_SETTING);
        if (explicitUrl.isPresent()) {
            return connect(explicitUrl.get().strip(), "setting " + URL_SETTING);
        }
        if (dockerAvailable()) {
            ElasticsearchContainer container = new ElasticsearchContainer(IMAGE)
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            container.start(); // Testcontainers' Ryuk removes it when the JVM exits
            return connect("http://" + container.getHttpHostAddress(), "Testcontainers " + IMAGE);
        }
        throw TestSettings.unavailable("Elasticsearch", HOW_TO_ENABLE);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Elasticsearch connect(String url, String origin) {
        Rest5Client restClient = Rest5Client.builder(URI.create(url)).build();
        ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
        String version;
        try {
            // cluster health, not GET / (the es-testnode has no root endpoint)
            HealthStatus status = client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")))
                    .status();
            if (status == HealthStatus.Red) {
                throw new IOException("cluster health is red");
            }
            version = "Elasticsearch " + nodeVersion(restClient);
        } catch (IOException | RuntimeException e) {
            closeQuietly(client);
            Assertions.fail("Elasticsearch from " + origin + " at " + url + " is not usable: " + e.getMessage()
                    + " (is it running? ../shared/tools/es-testnode/status.sh; is the setting right?)", e);
            throw new AssertionError("unreachable");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(client), "close test Elasticsearch client"));
        return new Elasticsearch(url, origin, version, client);
    }

    /** The node's version from {@code GET /_nodes/_local} (the typed nodes.info response needs more than we ask for). */
    private static String nodeVersion(Rest5Client restClient) throws IOException {
        var response = restClient.performRequest(
                new Request("GET", "/_nodes/_local/none?filter_path=nodes.*.version"));
        String body = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        return version.find() ? version.group(1) : "unknown version";
    }

    private static void closeQuietly(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException | RuntimeException e) {
            // the JVM is ending or the server is gone: nothing left to release
        }
    }
}
