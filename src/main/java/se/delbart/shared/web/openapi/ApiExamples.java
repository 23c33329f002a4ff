package se.delbart.shared.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request and response examples taken from the demo: {@code openapi/examples/<operationId>.json} holds what a demo
 * user sent ({@code request}) and got back ({@code responses} by status), as {@code OpenApiExamplesCapture} recorded
 * it. Each is attached to the operation's JSON content (a string request, such as a publiccode.yml, to its other
 * content) as the example {@value #NAME}. Runs after {@link ApiDocumentation}, which adds the error answers.
 */
final class ApiExamples implements OpenApiCustomizer, Ordered {

    static final String NAME = "demo";
    static final String LOCATION = "classpath*:openapi/examples/*.json";

    private final Map<String, Map<String, Object>> examples;

    ApiExamples() {
        this(load());
    }

    ApiExamples(Map<String, Map<String, Object>> examples) {
        this.examples = examples;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> item.readOperationsMap().values().forEach(this::attach));
    }

    private void attach(Operation operation) {
        Map<String, Object> example = examples.get(operation.getOperationId());
        if (example == null) {
            return;
        }
        Object request = example.get("request");
        if (request != null && operation.getRequestBody() != null) {
            attach(operation.getRequestBody().getContent(), request);
        }
        if (example.get("responses") instanceof Map<?, ?> responses && operation.getResponses() != null) {
            responses.forEach((status, body) -> {
                ApiResponse response = operation.getResponses().get(String.valueOf(status));
                if (response != null) {
                    attach(response.getContent(), body);
                }
            });
        }
    }

    /** A JSON value goes to the JSON media types, a text to the others. */
    private static void attach(Content content, Object value) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (isJson(type) != value instanceof String) {
                media.setExamples(new LinkedHashMap<>(Map.of(NAME, new Example().summary("Demo data").value(value))));
            }
        });
    }

    static boolean isJson(String mediaType) {
        String subtype = mediaType.substring(mediaType.indexOf('/') + 1).split(";")[0].strip();
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static Map<String, Map<String, Object>> load() {
        ObjectMapper json = JsonMapper.builder().build();
        Map<String, Map<String, Object>> examples = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    examples.put(name.substring(0, name.length() - ".json".length()),
                            json.readValue(in, new TypeReference<Map<String, Object>>() {
                            }));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }
}
