package se.delbart.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.delbart.catalog.SolutionFixtures;
import se.delbart.testsupport.TestDatabases;
import se.delbart.testsupport.TestElasticsearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application processes (the packaged jar, profile {@code prod,elasticsearch}) on one PostgreSQL schema and one
 * Elasticsearch node, as behind a load balancer:
 * <ul>
 * <li>a user who logs in on A is logged in on B (the session lives in the database);</li>
 * <li>a solution published on A is found by search on B;</li>
 * <li>the index repair job, scheduled every second on both, runs on one instance at a time (cluster lock);</li>
 * <li>A is killed with SIGKILL during a burst of publishes: every publish that was answered 200 is, after A's
 * restart, in the database and in the index (B's repair job finishes what A left undone).</li>
 * </ul>
 */
class TwoInstancesIT {

    private static final String ADMIN_PASSWORD = "two-instances-admin-pw";
    private static final String EDITOR_PASSWORD = "two-instances-editor-pw";
    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|"
            + "<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<AppProcess> processes = new ArrayList<>();
    private String alias;

    @AfterEach
    void stop() {
        processes.forEach(AppProcess::close);
        if (alias != null) {
            TestElasticsearch.deleteIndices(alias);
        }
    }

    @Test
    void twoInstancesShareSessionsSearchAndScheduledWorkAndSurviveAKill() throws Exception {
        TestDatabases.Postgres database = TestDatabases.postgres();
        String elasticsearch = TestElasticsearch.elasticsearch().url();
        alias = TestElasticsearch.uniqueAlias();

        // one after the other, as compose does: the first start creates the search index behind the alias (two
        // instances starting at once on an empty Elasticsearch could each create one: see docs/operations.md)
        AppProcess a = instance("a", database, elasticsearch).start().awaitReady(Duration.ofSeconds(180));
        AppProcess b = instance("b", database, elasticsearch).start().awaitReady(Duration.ofSeconds(180));

        // an editor, created by the first admin through A's API
        String adminToken = token(a, "admin", ADMIN_PASSWORD);
        String editor = "redaktor" + ThreadLocalRandom.current().nextInt(100_000);
        HttpResponse<String> created = send(a, "POST", "/api/v1/users", adminToken, "{\"username\":\"" + editor
                + "\",\"displayName\":\"Redaktör\",\"password\":\"" + EDITOR_PASSWORD
                + "\",\"role\":\"EDITOR\",\"municipalityCode\":\"2260\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // 1. log in on A, be logged in on B
        String session = loginWithForm(a, editor, EDITOR_PASSWORD);
        HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create(b.url("/losningar/ny")))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as("the new-solution form on B with A's session").isEqualTo(200);
        HttpResponse<String> anonymousOnB = http.send(HttpRequest.newBuilder(URI.create(b.url("/losningar/ny"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousOnB.statusCode()).as("without the session B sends to the login").isEqualTo(302);

        // 2. publish on A, find on B
        String editorToken = token(a, editor, EDITOR_PASSWORD);
        String word = randomWord();
        String id = publish(a, editorToken, "Delad lösning " + word);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> searchIds(b, word).contains(id));

        // 2b. background work started on A is followed on B: a bulk import's progress and the reindex status
        HttpResponse<String> bulk = http.send(HttpRequest.newBuilder(URI.create(a.url(
                        "/api/v1/admin/interop/publiccode/bulk?municipality=2281&dryRun=true")))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipOfPubliccode())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(202);
        String job = bulk.headers().firstValue("Location").orElseThrow();
        String jobPath = URI.create(job).getPath();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> polled = send(b, "GET", jobPath, adminToken, null);
            assertThat(polled.statusCode()).as("the job started on A, polled on B: " + polled.body()).isEqualTo(200);
            assertThat(json.readTree(polled.body()).path("status").asString()).isEqualTo("DONE");
        });
        HttpResponse<String> reindex = send(a, "POST", "/api/v1/admin/search/reindex", adminToken, null);
        assertThat(reindex.statusCode()).as(reindex.body()).isIn(200, 202);
        String reindexStarted = json.readTree(reindex.body()).path("startedAt").asString();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode status = json.readTree(send(b, "GET", "/api/v1/admin/search/reindex", adminToken, null).body());
            assertThat(status.path("startedAt").asString()).as("the reindex A started, seen on B").isEqualTo(reindexStarted);
            assertThat(status.path("state").asString()).isEqualTo("DONE");
        });

        // 3. the repair job, scheduled every second on both instances, runs about once a second in all, not twice
        long runsBefore = total(a, b, adminToken, "delbart_scheduled_runs_total");
        long skippedBefore = total(a, b, adminToken, "delbart_scheduled_skipped_total");
        Instant from = Instant.now();
        AppProcess.sleep(6000);
        long runs = total(a, b, adminToken, "delbart_scheduled_runs_total") - runsBefore;
        long skipped = total(a, b, adminToken, "delbart_scheduled_skipped_total")
                - skippedBefore;
        long seconds = Duration.between(from, Instant.now()).toSeconds();
        assertThat(runs).as("repair runs on A and B together in " + seconds + " s").isGreaterThanOrEqualTo(2)
                .isLessThanOrEqualTo((long) (seconds / 0.9) + 2);
        assertThat(skipped).as("attempts refused because the other instance held the lock").isGreaterThanOrEqualTo(2);

        // 4. kill -9 of A during a burst of publishes on A
        String burst = randomWord();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            int n = i;
            clients.submit(() -> {
                try {
                    committed.add(publish(a, editorToken, "Skur " + burst + " nummer " + n));
                } catch (Exception | AssertionError refusedOrCut) {
                    // the instance was killed under this request: not committed as far as the client knows
                }
                return null;
            });
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> committed.size() >= 8);
        a.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).hasSizeGreaterThanOrEqualTo(8);

        AppProcess restarted = instance("a-restarted", database, elasticsearch).start().awaitReady(Duration.ofSeconds(150));
        for (String solution : committed) {
            HttpResponse<String> stored = send(restarted, "GET", "/api/v1/solutions/" + solution, null, null);
            assertThat(stored.statusCode()).as("committed solution " + solution + " in the database").isEqualTo(200);
            assertThat(json.readTree(stored.body()).path("lifecycle").asString()).isEqualTo("PUBLISHED");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(searchIds(b, burst)).containsAll(committed));
        assertThat(searchIds(restarted, burst)).containsAll(committed);
    }

    // ------------------------------------------------------------------------------------------------------------

    private AppProcess instance(String name, TestDatabases.Postgres database, String elasticsearch) {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "prod,elasticsearch");
        env.put("DELBART_DATASOURCE_URL", database.jdbcUrl());
        env.put("DELBART_DATASOURCE_USERNAME", database.username());
        env.put("DELBART_DATASOURCE_PASSWORD", database.password());
        env.put("DELBART_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("DELBART_PUBLIC_URL", "https://delbart.example.se");
        env.put("DELBART_OPERATOR_NAME", "Exempelkommunen");
        env.put("DELBART_OPERATOR_EMAIL", "delbart@exempelkommunen.se");
        env.put("SPRING_ELASTICSEARCH_URIS", elasticsearch);
        AppProcess process = new AppProcess(name, env, List.of(
                "--spring.flyway.default-schema=" + database.schema(),
                "--spring.flyway.schemas=" + database.schema(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--delbart.search.elasticsearch.index=" + alias,
                "--delbart.search.repair-interval=PT1S",
                "--delbart.search.repair-min-age=PT2S",
                "--spring.main.banner-mode=off"));
        processes.add(process);
        return process;
    }

    private String token(AppProcess app, String username, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/tokens")))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"two-instances\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("token").asString();
    }

    /** The form login of the pages, with CSRF; returns the session id (SESSION cookie) after login. */
    private String loginWithForm(AppProcess app, String username, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(app.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(form, "SESSION");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("Cookie", "SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = cookie(login, "SESSION");
        assertThat(after).as("a new session id after login (no fixation)").isNotEqualTo(session);
        return after;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                assertThat(header).as("session cookie flags").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        throw new AssertionError("no " + name + " cookie in " + response.headers().allValues("Set-Cookie"));
    }

    private String publish(AppProcess app, String token, String name) throws Exception {
        HttpResponse<String> created = send(app, "POST", "/api/v1/solutions", token,
                json.writeValueAsString(SolutionFixtures.complete(name)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = send(app, "POST", "/api/v1/solutions/" + id + "/publish", token, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private Set<String> searchIds(AppProcess app, String word) throws Exception {
        HttpResponse<String> response = send(app, "GET", "/api/v1/search?size=100&q=" + encode(word), null, null);
        if (response.statusCode() != 200) {
            return Set.of();
        }
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode hit : json.readTree(response.body()).path("hits")) {
            ids.add(hit.path("id").asString());
        }
        return ids;
    }

    private long total(AppProcess a, AppProcess b, String adminToken, String metric) throws Exception {
        return counter(a, adminToken, metric) + counter(b, adminToken, metric);
    }

    /** A counter from the metrics endpoint, which needs an administrator's token (as a scraper sends it). */
    private long counter(AppProcess app, String adminToken, String metric) throws Exception {
        String body = send(app, "GET", "/actuator/prometheus", adminToken, null).body();
        Matcher m = Pattern.compile("(?m)^" + metric + "\\{[^}]*job=\"search-index-repair\"[^}]*} ([0-9.eE+]+)$").matcher(body);
        assertThat(m.find()).as(metric + " on " + app.name()).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private HttpResponse<String> send(AppProcess app, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] zipOfPubliccode() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes);
                java.io.InputStream yaml = TwoInstancesIT.class.getResourceAsStream("/interop/minimal.yml")) {
            zip.putNextEntry(new java.util.zip.ZipEntry("bygglov/publiccode.yml"));
            zip.write(yaml.readAllBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String randomWord() {
        StringBuilder word = new StringBuilder("zx");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
