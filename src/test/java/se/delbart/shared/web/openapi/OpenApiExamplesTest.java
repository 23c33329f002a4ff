package se.delbart.shared.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import se.delbart.testsupport.OpenApiResponseValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every operation of the served document shows what a demo user sends and gets back: a request example for each JSON
 * request body, a response example for each JSON success answer, and every example matches its schema.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiExamplesTest {

    private static final String CAPTURE = "capture them from the demo with `./mvnw -q test -Dtest=OpenApiExamplesCapture "
            + "-Dsurefire.failIfNoSpecifiedTests=false`, commit src/main/resources/openapi/examples and run "
            + "OpenApiDocumentTest";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode document;

    @BeforeEach
    void load() throws Exception {
        document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyJsonRequestBodyAndSuccessAnswerHasAnExample() {
        List<String> missing = new ArrayList<>();
        operations().forEach(op -> {
            op.node().path("requestBody").path("content").properties().forEach(media -> {
                if (ApiExamples.isJson(media.getKey()) && !hasExample(media.getValue())) {
                    missing.add(op.where() + " request " + media.getKey());
                }
            });
            op.node().path("responses").properties().forEach(response -> {
                if (!response.getKey().startsWith("2")) {
                    return;
                }
                response.getValue().path("content").properties().forEach(media -> {
                    if (ApiExamples.isJson(media.getKey()) && !hasExample(media.getValue())) {
                        missing.add(op.where() + " " + response.getKey() + " " + media.getKey());
                    }
                });
            });
        });
        assertThat(missing).as("operations without examples: " + CAPTURE).isEmpty();
    }

    @Test
    void everyExampleMatchesItsSchema() {
        List<String> faults = new ArrayList<>();
        int examples = 0;
        for (Operation op : operations().toList()) {
            List<JsonNode> contents = new ArrayList<>();
            contents.add(op.node().path("requestBody").path("content"));
            op.node().path("responses").forEach(response -> contents.add(response.path("content")));
            for (JsonNode content : contents) {
                for (var media : content.properties()) {
                    JsonNode example = media.getValue().path("examples").path(ApiExamples.NAME);
                    if (example.isMissingNode() || !ApiExamples.isJson(media.getKey())) {
                        continue;
                    }
                    examples++;
                    if (!"Demo data".equals(example.path("summary").asString())) {
                        faults.add(op.where() + " " + media.getKey() + ": summary is not \"Demo data\"");
                    }
                    OpenApiResponseValidation.schemaErrors(document, media.getValue().get("schema"),
                            example.get("value")).forEach(error -> faults.add(op.where() + " " + media.getKey()
                                    + ": " + error));
                    boolean request = content == contents.get(0);
                    accessModeFaults(media.getValue().get("schema"), example.get("value"), "$",
                            request ? "readOnly" : "writeOnly").forEach(fault -> faults.add(op.where() + " "
                                    + media.getKey() + ": " + fault));
                }
            }
        }
        assertThat(examples).isGreaterThan(70);
        assertThat(faults).as("examples the schema does not allow: " + CAPTURE).isEmpty();
    }

    /** The effort level is derived: a request example that sends it would mislead. */
    @Test
    void aReadOnlyMemberInARequestExampleIsAFault() {
        JsonNode schema = json.readTree("{\"$ref\": \"#/components/schemas/SolutionDetails\"}");
        JsonNode sent = json.readTree("{\"name\": \"Namn\", \"effort\": {\"level\": \"LOW\"}}");
        assertThat(accessModeFaults(schema, sent, "$", "readOnly")).containsExactly("$.effort.level is readOnly");
        assertThat(accessModeFaults(schema, sent, "$", "writeOnly")).isEmpty();
    }

    /** A file for an operation that no longer exists (or was renamed) is left over. */
    @Test
    void everyExampleFileNamesAnOperation() throws Exception {
        Set<String> ids = new HashSet<>(operations().map(op -> op.node().path("operationId").asString()).toList());
        try (Stream<Path> files = Files.list(OpenApiExamplesCapture.DIRECTORY)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")))
                    .allSatisfy(name -> assertThat(ids).as("operation ids").contains(name));
        }
    }

    /**
     * Members the schema marks {@code readOnly} in a request (or {@code writeOnly} in an answer), which a client
     * copying the example would send (or expect) wrongly; JSON Schema validation leaves them alone.
     */
    private List<String> accessModeFaults(JsonNode schema, JsonNode value, String at, String mode) {
        List<String> faults = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        if (resolved == null || value == null) {
            return faults;
        }
        if (resolved.path(mode).asBoolean(false)) {
            faults.add(at + " is " + mode);
        }
        if (value.isObject()) {
            value.properties().forEach(member -> {
                JsonNode property = resolved.path("properties").get(member.getKey());
                if (property == null) {
                    property = resolved.get("additionalProperties");
                }
                if (property != null && property.isObject()) {
                    faults.addAll(accessModeFaults(property, member.getValue(), at + "." + member.getKey(), mode));
                }
            });
        }
        else if (value.isArray() && resolved.has("items")) {
            value.forEach(item -> faults.addAll(accessModeFaults(resolved.get("items"), item, at + "[]", mode)));
        }
        return faults;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String name = current.get("$ref").asString().replace("#/components/schemas/", "");
            current = document.path("components").path("schemas").get(name);
        }
        return current;
    }

    private record Operation(String where, JsonNode node) {
    }

    private Stream<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
            }
        }));
        return operations.stream();
    }

    private static boolean hasExample(JsonNode media) {
        return media.path("examples").has(ApiExamples.NAME) || media.has("example");
    }
}
