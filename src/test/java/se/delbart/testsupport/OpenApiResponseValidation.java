package se.delbart.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.web.servlet.MvcResult;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every answer MockMvc gets from an API operation against the committed OpenAPI document
 * ({@code docs/openapi.json}, which {@code OpenApiDocumentTest} keeps equal to the served one): the status must be
 * declared, the content type too, and a JSON body must match the declared schema. Anything else fails the test that
 * made the request. Addresses the document does not name (unknown paths, methods an address does not offer, test
 * controllers) are not operations and are left alone.
 */
public final class OpenApiResponseValidation {

    private static final Path DOCUMENT = Path.of("docs/openapi.json");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static volatile OpenApiResponseValidation instance;

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int variables) {
    }

    private OpenApiResponseValidation(JsonNode document) {
        this.document = document;
        for (String template : document.get("paths").propertyNames()) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            routes.add(new Route(template, Pattern.compile(regex),
                    (int) template.chars().filter(c -> c == '{').count()));
        }
        routes.sort(Comparator.comparingInt(Route::variables));
    }

    public static OpenApiResponseValidation get() {
        if (instance == null) {
            synchronized (OpenApiResponseValidation.class) {
                if (instance == null) {
                    try {
                        JsonNode document = JSON.readTree(Files.readString(DOCUMENT));
                        if (document == null || !document.has("paths")) {
                            throw new AssertionError(DOCUMENT + " is empty: OpenApiDocumentTest writes it");
                        }
                        instance = new OpenApiResponseValidation(document);
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return instance;
    }

    /** Checks an answer from {@code /api/}; any other answer is left alone. */
    public static void check(MvcResult result) {
        if (result.getRequest().getRequestURI().startsWith(result.getRequest().getContextPath() + "/api/")) {
            get().validate(result);
        }
    }

    /** Throws an AssertionError naming what the document does not describe. */
    public void validate(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        MockHttpServletResponse response = result.getResponse();
        validate(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()),
                response.getStatus(), response.getContentType(), response.getContentAsByteArray());
    }

    /**
     * The same for an answer received over HTTP.
     *
     * @param path the request path, without the query
     */
    public void validate(String method, String path, int status, String contentType, byte[] body) {
        if (!path.startsWith("/api/")) {
            return;
        }
        String template = template(method, path);
        if (template == null) {
            return;
        }
        JsonNode operation = document.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        String where = method + " " + path + " answered " + status;
        JsonNode answer = operation.path("responses").get(Integer.toString(status));
        if (answer == null) {
            throw new AssertionError(where + ", which the OpenAPI document does not declare for this operation");
        }
        if (body.length == 0) {
            return;
        }
        if (contentType == null) {
            throw new AssertionError(where + " with a body but no Content-Type");
        }
        MediaType actual = MediaType.parseMediaType(contentType);
        String declared = null;
        for (String type : answer.path("content").propertyNames()) {
            if (MediaType.parseMediaType(type).isCompatibleWith(actual)) {
                declared = type;
                break;
            }
        }
        if (declared == null) {
            throw new AssertionError(where + " as " + contentType + ", which the document does not declare (it says "
                    + answer.path("content").propertyNames() + ")");
        }
        if (!actual.getSubtype().equals("json") && !actual.getSubtype().endsWith("+json")) {
            return;
        }
        JsonNode schemaNode = answer.path("content").path(declared).path("schema");
        if (schemaNode.isMissingNode()) {
            return;
        }
        String key = method + " " + template + " " + status + " " + declared;
        Schema schema = schemas.computeIfAbsent(key, k -> schemaOf(schemaNode));
        JsonNode instance = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        List<Error> errors = schema.validate(instance);
        if (!errors.isEmpty()) {
            throw new AssertionError(where + " with a body the document's schema does not allow: "
                    + errors.stream().limit(10).map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
        }
    }

    /**
     * The roles the document says may call the operation: empty for an anonymous one, null for an address the
     * document does not name.
     */
    public List<String> documentedRoles(String method, String path) {
        String template = template(method, path);
        if (template == null) {
            return null;
        }
        JsonNode operation = document.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        List<String> roles = new ArrayList<>();
        operation.path("x-required-role").forEach(role -> roles.add(role.asString()));
        return roles;
    }

    /** The document's path that names this operation, or null. */
    private String template(String method, String path) {
        for (Route route : routes) {
            if (route.pattern().matcher(path).matches()
                    && document.get("paths").get(route.template()).has(method.toLowerCase(Locale.ROOT))) {
                return route.template();
            }
        }
        return null;
    }

    /** The response schema with the document's components beside it, so that its $refs resolve. */
    private Schema schemaOf(JsonNode schemaNode) {
        return schemaOf(registry, document, schemaNode);
    }

    private static Schema schemaOf(SchemaRegistry registry, JsonNode document, JsonNode schemaNode) {
        ObjectNode root = (ObjectNode) schemaNode.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        return registry.getSchema(root);
    }

    /**
     * What the schema of a document (its {@code $ref}s resolved against the document's components) finds wrong
     * with a value, such as an example: empty when it matches.
     */
    public static List<String> schemaErrors(JsonNode document, JsonNode schemaNode, JsonNode value) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return schemaOf(registry, document, schemaNode).validate(value).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    /** Registers the check with every test context that has MockMvc. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().registerSingleton("openApiResponseValidation",
                    (MockMvcBuilderCustomizer) builder -> builder.alwaysDo(OpenApiResponseValidation::check));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
