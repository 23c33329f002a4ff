package se.delbart.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.search.Facet;
import se.delbart.security.AccessTokenService;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the hostile-input corpus ({@code src/test/resources/hostile/}) to the running application over real HTTP:
 * every write endpoint gets the raw hostile bodies and, for its request body type, a valid-shaped body with each
 * field replaced by hostile values; every path variable gets hostile ids; every query parameter of every GET
 * endpoint (API and pages) gets hostile strings. The endpoints are discovered from Spring MVC's handler mappings, so
 * a new endpoint is covered without changing this test.
 *
 * <p>Expected: no response is 5xx; every 4xx of the API is {@code application/problem+json}; a write that is refused
 * leaves every table's row count as it was; a body over the limit gets 413. Writes of hostile text that is valid
 * (e.g. an XSS payload as a summary) may succeed: output encoding is what makes them harmless
 * ({@code StoredXssBrowserIT}).
 */
abstract class HostileInputContract {

    static final String PASSWORD = "hostile-test-password";
    /**
     * Tables that change by themselves (sessions, event registry, locks, the index queue a flush drains) or only by
     * design of the test.
     */
    private static final Set<String> UNCOUNTED = Set.of("event_publication", "event_publication_archive",
            "spring_session", "spring_session_attributes", "scheduled_lock", "flyway_schema_history",
            "unanswered_search", "search_index_queue");
    /** Query parameters of handlers that take all parameters as a map: known to be read by the search. */
    private static final List<String> MAP_PARAMS = mapParams();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    se.delbart.profile.Profiles profiles;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    private String editorToken;
    private String editorName;
    private Actor editorActor;
    private String adminToken;
    private UUID ownDraft;
    private UUID otherPublished;
    private UUID adoption;
    private long victimUser;

    @BeforeEach
    void fixtures() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String editor = "hostile-editor-" + suffix;
        String admin = "hostile-admin-" + suffix;
        accounts.createUser(editor, "Fientlig redaktör", null, PASSWORD, Role.EDITOR, "2260");
        accounts.createUser(admin, "Fientlig admin", null, PASSWORD, Role.ADMIN, null);
        victimUser = accounts.createUser("hostile-victim-" + suffix, "Offer", null, PASSWORD, Role.MEMBER, "2260").id();
        editorToken = tokens.issue(editor, "hostile", 1).token();
        adminToken = tokens.issue(admin, "hostile", 1).token();
        Actor ange = new Actor(editor, Role.EDITOR, "2260");
        editorName = editor;
        editorActor = ange;
        ownDraft = catalog.create(ange, SolutionFixtures.complete("Fientlig utkast " + suffix)).id();
        otherPublished = catalog.createExample(new Actor("seed", Role.EDITOR, "2281"),
                SolutionFixtures.complete("Fientlig publicerad " + suffix), Lifecycle.PUBLISHED, Instant.now()).id();
        Adoption adopted = adoptions.record(ange, otherPublished, null, null, null);
        adoption = adopted.id();
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Every write endpoint: raw hostile bodies, and valid-shaped bodies with hostile fields. */
    void writeEndpointsRefuseHostileBodiesWithProblemsAndStoreNothing() {
        List<Endpoint> writes = endpoints().stream().filter(Endpoint::isWrite).toList();
        assertThat(writes).as("write endpoints discovered").hasSizeGreaterThan(5);
        List<Body> raw = rawBodies();
        for (Endpoint endpoint : writes) {
            String path = endpoint.pathWith(name -> validValue(endpoint, name));
            if (endpoint.bodyType() == null) {
                send(endpoint, path, null, "no body");
                continue;
            }
            for (Body body : raw) {
                send(endpoint, path, body.text(), "raw body '" + body.name() + "'");
            }
            send(endpoint, path, deeplyNested(100_000), "JSON nested 100000 deep");
            send(endpoint, path, hugeArray(100_000), "array of 100000 numbers");
            JsonNode skeleton = skeleton(endpoint.bodyType());
            List<String> leaves = leaves(skeleton);
            for (String leaf : leaves) {
                for (JsonNode value : criticalValues()) {
                    send(endpoint, path, json.writeValueAsString(replaced(skeleton, leaf, value)),
                            "field " + leaf + " = " + label(value));
                }
            }
            for (String hostile : coreStrings()) {
                JsonNode everywhere = skeleton.deepCopy();
                for (String leaf : leaves) {
                    if (leafNode(everywhere, leaf).isString()) {
                        everywhere = replaced(everywhere, leaf, JsonNodeFactory.instance.stringNode(hostile));
                    }
                }
                send(endpoint, path, json.writeValueAsString(everywhere), "every text field = " + label(hostile));
            }
        }
        assertNoFailures();
    }

    void hostileIdsInPathsAreProblemsNotErrors() {
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pathVariables().isEmpty()) {
                continue;
            }
            String body = endpoint.bodyType() == null ? null : json.writeValueAsString(skeleton(endpoint.bodyType()));
            for (String hostile : hostileIds()) {
                for (String variable : endpoint.pathVariables()) {
                    String path = endpoint.pathWith(name -> name.equals(variable) ? hostile : validValue(endpoint, name));
                    send(endpoint, path, body, "path {" + variable + "} = " + label(hostile));
                }
            }
        }
        assertNoFailures();
    }

    void hostileQueryParametersAreProblemsNotErrors() {
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() != RequestMethod.GET || endpoint.queryParameters().isEmpty()) {
                continue;
            }
            String path = endpoint.pathWith(name -> validValue(endpoint, name));
            for (String parameter : endpoint.queryParameters()) {
                for (String hostile : parameterStrings()) {
                    send(endpoint, path + "?" + encode(parameter) + "=" + encode(hostile), null,
                            "?" + parameter + "=" + label(hostile));
                }
                send(endpoint, path + "?" + encode(parameter) + "=a&" + encode(parameter) + "=%00&"
                        + encode(parameter) + "=", null, "?" + parameter + " repeated");
            }
            if (endpoint.queryParameters().contains("page")) {
                // an offset beyond Integer.MAX_VALUE (21474837 × 100)
                send(endpoint, path + "?page=21474837&size=100", null, "?page=21474837&size=100");
            }
            // an unknown parameter, and a parameter name that is itself hostile
            send(endpoint, path + "?" + encode("<script>") + "=1&" + encode("a\u0000") + "=%00", null, "hostile names");
        }
        assertNoFailures();
    }

    void bodiesOverTheLimitAre413Problems() throws Exception {
        Map<String, Long> before = rowCounts();
        // a declared 10 MB body: refused from the headers, whatever the client goes on sending
        RawResponse declared = rawPost("/api/v1/solutions", 10 * 1024 * 1024, false);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(declared.body()).contains("/content-too-large");
        assertThat(rowCounts()).isEqualTo(before);

        // without a declared length (chunked) the limit applies while the body is read
        RawResponse chunked = rawPost("/api/v1/solutions", 2 * 1024 * 1024, true);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(chunked.body()).contains("/content-too-large");
        assertThat(rowCounts()).isEqualTo(before);

        // a person's form post over the limit (an upload on the import page): the HTML error page, in Swedish
        RawResponse page = rawPost("/losningar/importera", 2 * 1024 * 1024, false, "Accept: text/html\r\n");
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.contentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page.body()).contains("för stort").doesNotContain("Exception");
        assertThat(rowCounts()).isEqualTo(before);
    }

    record RawResponse(int status, String contentType, String body) {
    }

    /**
     * Inputs a security test once turned into 500s: a page number whose offset overflows an int, an unknown enum
     * value in a page form, one need too many, and list indexes beyond what a form binds. Each is a 400: the API's
     * problem+json names the parameter, a page shows the form with a message at the field.
     */
    void inputsThatOnceGaveServerErrorsAreBadRequests() throws Exception {
        for (String list : List.of("/api/v1/solutions", "/api/v1/municipalities",
                "/api/v1/solutions/" + otherPublished + "/history")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(list + "?page=21474837&size=100"))
                    .header("Authorization", "Bearer " + editorToken).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(list).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(json.readTree(response.body()).path("errors").findValuesAsString("field")).as(list)
                    .contains("page");
        }

        PageSession editor = new PageSession(editorName);
        HttpResponse<String> questionnaire = editor.post("/kommuner/2260/profil/enkat", "/kommuner/2260/profil/enkat",
                Map.of("visibility", "BOGUS"));
        assertThat(questionnaire.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(questionnaire.body());
        assertThat(form.select("#visibility-error").text()).isNotBlank();
        assertThat(form.select("input[name=visibility][aria-describedby~=visibility-error]")).isNotEmpty();

        for (int i = profiles.needs(editorActor, "2260").size(); i < 50; i++) {
            profiles.addNeed(editorActor, "2260", "Behov nummer " + i + " " + UUID.randomUUID(), Set.of());
        }
        HttpResponse<String> need = editor.post("/kommuner/2260/profil", "/kommuner/2260/behov",
                Map.of("text", "Ett behov för mycket"));
        assertThat(need.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document needs = org.jsoup.Jsoup.parse(need.body());
        assertThat(needs.select("#need-text-error").text()).contains("50");
        assertThat(needs.select("#need-text").attr("value")).isEqualTo("Ett behov för mycket");

        // a line break in a one-line text (it once added keys to the exported publiccode.yml): refused at the field
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/v1/solutions"))
                .header("Authorization", "Bearer " + editorToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(SolutionFixtures.complete(
                        "Matsedel\rusedBy: [Stockholm]")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.body()).path("errors").findValuesAsString("field")).contains("name");
        HttpResponse<String> page = editor.post("/losningar/ny", "/losningar/ny",
                Map.of("name", "Matsedel\rusedBy: [Stockholm]", "summary", "Sammanfattning"));
        assertThat(page.statusCode()).isLessThan(500);
        assertThat(org.jsoup.Jsoup.parse(page.body()).select("#name-error").text()).isNotBlank();

        for (String field : List.of("contacts[5000].name", "outcomes[300].metric")) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Ett namn");
            fields.put(field, "x");
            HttpResponse<String> response = editor.post("/losningar/ny", "/losningar/ny", fields);
            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(response.body()).as(field).doesNotContain("Exception");
        }
    }

    /** A logged-in browser without JavaScript: a cookie jar, and the CSRF token of the form it posts. */
    final class PageSession {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        PageSession(String username) throws Exception {
            HttpResponse<String> login = post("/login", "/login", Map.of("username", username, "password", PASSWORD));
            assertThat(login.headers().firstValue("Location").orElse("")).as("login").doesNotContain("error");
        }

        /** Opens {@code formPage}, takes its CSRF token, and posts {@code fields} to {@code action}. */
        HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws Exception {
            String page = client.send(HttpRequest.newBuilder(uri(formPage)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            String token = org.jsoup.Jsoup.parse(page).select("input[name=_csrf]").attr("value");
            StringBuilder body = new StringBuilder("_csrf=" + encode(token));
            fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
            return client.send(HttpRequest.newBuilder(uri(action)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }


    /**
     * A JSON body of about {@code size} bytes over a plain socket (java.net.http can hang when the server answers
     * before the body is sent): the body is written by a second thread while this one reads the answer.
     */
    private RawResponse rawPost(String path, int size, boolean chunked) throws Exception {
        return rawPost(path, size, chunked, "");
    }

    private RawResponse rawPost(String path, int size, boolean chunked, String extraHeaders) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            String headers = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + editorToken
                    + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n")
                    + extraHeaders + "Connection: close\r\n\r\n";
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
                    if (chunked) {
                        out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(start);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    for (int sent = start.length; sent < size; sent += chunk.length) {
                        if (chunked) {
                            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(chunk);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading and closed: expected once it has answered 413
                }
            }, "hostile-body-writer");
            writer.setDaemon(true);
            writer.start();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            assertThat(statusLine).as("status line").isNotNull();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String contentType = "";
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).strip();
                }
            }
            StringBuilder body = new StringBuilder();
            char[] buffer = new char[4096];
            try {
                int n;
                while ((n = in.read(buffer)) > 0 && body.length() < 100_000) {
                    body.append(buffer, 0, n);
                }
            } catch (IOException e) {
                // connection reset after the answer: the body read so far is enough
            }
            return new RawResponse(status, contentType, body.toString());
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private void assertNoFailures() {
        System.out.println("[HostileInput] " + requests + " requests, " + failures.size() + " failures");
        assertThat(failures).as(failures.size() + " of " + requests + " hostile requests were mishandled:\n"
                + String.join("\n", failures.stream().limit(60).toList())).isEmpty();
    }

    private void send(Endpoint endpoint, String pathAndQuery, String body, String what) {
        requests++;
        boolean api = pathAndQuery.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60));
        if (api) {
            String token = pathAndQuery.startsWith("/api/v1/users") || pathAndQuery.startsWith("/api/v1/admin")
                    ? adminToken : editorToken;
            request.header("Authorization", "Bearer " + token);
        }
        if (pathAndQuery.startsWith("/api/v1/solutions/") || pathAndQuery.startsWith("/api/v1/adoptions/")) {
            request.header("If-Match", "*");
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(endpoint.method().name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        Map<String, Long> before = endpoint.isWrite() ? rowCounts() : null;
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures.add(describe(endpoint, pathAndQuery, what) + " -> no response: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(describe(endpoint, pathAndQuery, what) + " -> " + status + " " + abbreviate(response.body()));
            return;
        }
        if (api && status >= 400 && !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                && !(status == 400 && refusedByTomcat(pathAndQuery))) {
            failures.add(describe(endpoint, pathAndQuery, what) + " -> " + status + " as '" + type + "', not problem+json");
        }
        boolean refused = status >= 400 || (!api && status == 200);
        if (before != null && refused) {
            Map<String, Long> after = rowCounts();
            if (!after.equals(before)) {
                failures.add(describe(endpoint, pathAndQuery, what) + " -> " + status + " but rows changed: "
                        + difference(before, after));
            }
        }
    }

    /**
     * Tomcat itself refuses, with its own 400 page and before any application code runs, a request line over
     * 8 KB and a path with an encoded NUL, slash or backslash. Documented in docs/security.md.
     */
    static boolean refusedByTomcat(String pathAndQuery) {
        String path = pathAndQuery.split("\\?", 2)[0].toUpperCase(java.util.Locale.ROOT);
        return pathAndQuery.length() > 8000 || path.contains("%00") || path.contains("%2F") || path.contains("%5C");
    }

    private static String describe(Endpoint endpoint, String path, String what) {
        return endpoint.method() + " " + abbreviate(path) + " [" + what + "]";
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private static String label(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return s.length() > 40 ? out + "…(" + s.length() + " chars)" : out.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    // --- endpoints ------------------------------------------------------------------------------------------------

    record Endpoint(RequestMethod method, String pattern, Class<?> bodyType, List<String> pathVariables,
            List<String> queryParameters, boolean page) {

        boolean isWrite() {
            return method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS;
        }

        String pathWith(java.util.function.Function<String, String> values) {
            Matcher m = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}").matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(encodeSegment(values.apply(m.group(1)))));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /** Every handler method of the application: API endpoints and page endpoints (form posts excepted). */
    List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("se.delbart")) {
                continue;
            }
            boolean rest = handler.getBeanType().isAnnotationPresent(ResponseBody.class)
                    || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getBeanType(),
                            ResponseBody.class);
            Class<?> bodyType = null;
            List<String> variables = new ArrayList<>();
            Set<String> parameters = new LinkedHashSet<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    bodyType = parameter.getParameterType();
                } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    PathVariable pv = parameter.getParameterAnnotation(PathVariable.class);
                    variables.add(!pv.name().isEmpty() ? pv.name() : parameter.getParameterName());
                } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                    RequestParam rp = parameter.getParameterAnnotation(RequestParam.class);
                    if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                        parameters.addAll(MAP_PARAMS);
                    } else {
                        parameters.add(!rp.name().isEmpty() ? rp.name() : parameter.getParameterName());
                    }
                } else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                    parameters.addAll(List.of("page", "size", "sort"));
                }
            }
            if (!rest) {
                parameters.add("lang");
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    // page forms need a session and CSRF token: covered by their own tests, not here
                    if (!rest && method != RequestMethod.GET) {
                        continue;
                    }
                    found.add(new Endpoint(method, pattern, bodyType, variables, List.copyOf(parameters), !rest));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return found;
    }

    private String validValue(Endpoint endpoint, String variable) {
        return validValue(variable, endpoint.pattern());
    }

    /** A value for a path variable that names something real, so that the request reaches the body and the service. */
    private String validValue(String variable, String pattern) {
        if (variable.equals("kommunkod")) {
            return "2260";
        }
        if (variable.equals("solutionId")) {
            return otherPublished.toString();
        }
        if (pattern.startsWith("/api/v1/solutions/") || pattern.startsWith("/losningar/")) {
            return ownDraft.toString();
        }
        if (pattern.startsWith("/api/v1/adoptions/")) {
            return adoption.toString();
        }
        if (pattern.startsWith("/api/v1/users/") || pattern.startsWith("/admin/anvandare/")) {
            return Long.toString(victimUser);
        }
        return UUID.randomUUID().toString();
    }

    // --- corpus ---------------------------------------------------------------------------------------------------

    record Body(String name, String text) {
    }

    static List<String> hostileStrings() {
        List<String> strings = new ArrayList<>();
        for (String line : lines("hostile/strings.txt")) {
            if (!line.startsWith("#")) {
                strings.add(unescape(line.startsWith("!") ? line.substring(1) : line));
            }
        }
        strings.add("a".repeat(100_000));
        strings.add("ä".repeat(20_000));
        strings.add("😀".repeat(5_000));
        return strings;
    }

    /** For query parameters (many, and cheap to get wrong the same way): a dozen of the core set. */
    static List<String> parameterStrings() {
        List<String> core = coreStrings();
        return java.util.stream.IntStream.of(1, 2, 3, 4, 5, 6, 8, 9, 12, 14, 15, core.size() - 1)
                .filter(i -> i < core.size()).mapToObj(core::get).toList();
    }

    /** The core set (lines marked '!') and a 3000-character string: for ids and query parameters. */
    static List<String> coreStrings() {
        List<String> strings = new ArrayList<>();
        for (String line : lines("hostile/strings.txt")) {
            if (line.startsWith("!")) {
                strings.add(unescape(line.substring(1)));
            }
        }
        strings.add("a".repeat(3_000));
        return strings;
    }

    static List<String> hostileIds() {
        List<String> ids = new ArrayList<>(List.of("0", "-1", "99999999999999999999", "1e10", "null", "undefined",
                "00000000-0000-0000-0000-000000000000", "not-a-uuid", "x".repeat(5_000)));
        for (String s : coreStrings()) {
            if (!s.isBlank()) {
                ids.add(s);
            }
        }
        return ids;
    }

    /** Per field: the values each field gets on its own (the rest of the body stays valid). */
    private List<JsonNode> criticalValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return List.of(f.stringNode("a\u0000b"), f.stringNode("x".repeat(100_000)),
                f.stringNode("<script>alert(1)</script>\u202e 😀 مرحبا '; DROP TABLE solution; --"),
                f.stringNode("NOT_A_VALUE"), f.numberNode(new BigDecimal("-1e400")), f.objectNode(), f.nullNode());
    }

    static List<Body> rawBodies() {
        List<Body> bodies = new ArrayList<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines("hostile/bodies.txt")) {
            if (line.startsWith("--- ")) {
                if (name != null) {
                    bodies.add(new Body(name, text.toString().strip()));
                }
                name = line.substring(4);
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            bodies.add(new Body(name, text.toString().strip()));
        }
        return bodies;
    }

    private static String deeplyNested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String hugeArray(int n) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append(i);
        }
        return out.append(']').toString();
    }

    private static List<String> lines(String resource) {
        try {
            return new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java-style escapes: \n \r \t \\ and backslash-u with four hex digits (also lone surrogates). */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                switch (next) {
                    case 'n' -> { out.append('\n'); i++; }
                    case 'r' -> { out.append('\r'); i++; }
                    case 't' -> { out.append('\t'); i++; }
                    case '\\' -> { out.append('\\'); i++; }
                    case 'u' -> {
                        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                        i += 5;
                    }
                    default -> out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> mapParams() {
        List<String> params = new ArrayList<>(List.of("q", "sort", "page", "size"));
        for (Facet facet : Facet.values()) {
            params.add(facet.param());
        }
        return params;
    }

    // --- JSON skeletons -------------------------------------------------------------------------------------------

    /** A valid-looking body of the type: the catalogue's complete example, or one generated from the record. */
    private JsonNode skeleton(Class<?> type) {
        if (type == SolutionDetails.class) {
            return json.valueToTree(SolutionFixtures.complete("Fientlig " + UUID.randomUUID().toString().substring(0, 8)));
        }
        return generate(type, type, 0);
    }

    private JsonNode generate(Type generic, Class<?> type, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (type == String.class) {
            return f.stringNode("Exempel");
        }
        if (type.isEnum()) {
            return json.valueToTree(type.getEnumConstants()[0]);
        }
        if (type == boolean.class || type == Boolean.class) {
            return f.booleanNode(true);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return f.numberNode(1);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return f.numberNode(new BigDecimal("1.5"));
        }
        if (type == UUID.class) {
            return f.stringNode(UUID.randomUUID().toString());
        }
        if (type == LocalDate.class) {
            return f.stringNode("2026-01-01");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return f.stringNode("2026-01-01T00:00:00Z");
        }
        if (depth > 6) {
            return f.nullNode();
        }
        if (Collection.class.isAssignableFrom(type)) {
            ArrayNode array = f.arrayNode();
            array.add(generate(typeArgument(generic, 0), rawType(typeArgument(generic, 0)), depth + 1));
            return array;
        }
        if (Map.class.isAssignableFrom(type)) {
            ObjectNode object = f.objectNode();
            object.set("nyckel", generate(typeArgument(generic, 1), rawType(typeArgument(generic, 1)), depth + 1));
            return object;
        }
        if (type.isRecord()) {
            ObjectNode object = f.objectNode();
            for (RecordComponent component : type.getRecordComponents()) {
                object.set(component.getName(), generate(component.getGenericType(), component.getType(), depth + 1));
            }
            return object;
        }
        return f.stringNode("Exempel");
    }

    private static Type typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return String.class;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    /** JSON pointers of the leaves (values that are not objects or non-empty arrays). */
    private static List<String> leaves(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, "", out::add);
        return out;
    }

    private static void collect(JsonNode node, String pointer, Consumer<String> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), pointer + "/" + field.getKey(), out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        } else if (!pointer.isEmpty()) {
            out.accept(pointer);
        }
    }

    private static JsonNode leafNode(JsonNode root, String pointer) {
        return root.at(pointer);
    }

    /** A copy of root with the value at pointer replaced (value null: an unchanged copy). */
    private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        if (value == null) {
            return copy;
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    // --- database -------------------------------------------------------------------------------------------------

    /**
     * Row count of every table of the application's schema, except those listed in {@link #UNCOUNTED}. Counted once
     * the asynchronous event listeners are done (an earlier, accepted request's inbox notification must not land
     * between two counts): at most 10 s waiting for the event publication registry to drain.
     */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            awaitEventListeners(connection, schema);
            List<String> tables = new ArrayList<>();
            try (var statement = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = ? AND table_type IN ('BASE TABLE', 'TABLE')")) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            for (String table : tables) {
                if (UNCOUNTED.contains(table.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + schema + "." + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(counts).as("tables counted").containsKey("solution");
        return counts;
    }

    private static void awaitEventListeners(Connection connection, String schema) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + schema
                            + ".event_publication WHERE completion_date IS NULL")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> diff = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                diff.put(table, before.get(table) + "→" + count);
            }
        });
        return diff.toString();
    }

    // --- encoding -------------------------------------------------------------------------------------------------

    /** Percent-encodes everything except unreserved characters (RFC 3986), as UTF-8; lone surrogates become '?'. */
    static String encodeSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static String encode(String value) {
        return encodeSegment(value);
    }
}
