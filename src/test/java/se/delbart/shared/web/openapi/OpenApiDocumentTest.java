package se.delbart.shared.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import se.delbart.testsupport.OpenApiResponseValidation;
import tools.jackson.databind.ObjectMapper;

/**
 * Holds the served OpenAPI document to what a client needs: every operation summarised, described, tagged, named,
 * with its security and its error answers as problem details, and its parameters described. The document is parsed
 * with swagger-parser, as a client generator would read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDocumentTest {

    private static final Set<String> ROLES = Set.of("ADMIN", "EDITOR", "MEMBER", "ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private String document;
    private OpenAPI api;
    private SwaggerParseResult parsed;

    @BeforeEach
    void load() throws Exception {
        document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/openapi.json"), document);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(document, null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void parsesWithoutMessages() {
        assertThat(api).isNotNull();
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(api.getOpenapi()).startsWith("3.1");
    }

    @Test
    void infoNamesTheApiItsVersionLicenceAndContact() {
        assertThat(api.getInfo().getTitle()).isEqualTo("Delbart API");
        assertThat(api.getInfo().getVersion()).isNotBlank().isNotEqualTo("v0").isNotEqualTo("unversioned");
        assertThat(api.getInfo().getLicense().getName()).isEqualTo("EUPL-1.2");
        assertThat(api.getInfo().getLicense().getIdentifier()).isEqualTo("EUPL-1.2");
        assertThat(api.getInfo().getContact().getName()).isNotBlank();
        assertThat(api.getInfo().getDescription()).contains("fit", "effort", "benefit", "Adoptions", "experience",
                "Profiles", "recommendations", "Portfolio", "Insight");
        // no delbart.public-url in tests: a server relative to where the document is served
        assertThat(api.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("bearerAuth", "basicAuth");
        assertThat(api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
        assertThat(api.getComponents().getSecuritySchemes().get("basicAuth").getScheme()).isEqualTo("basic");
    }

    @Test
    void everyOperationHasSummaryDescriptionTagNameSecurityAndItsErrorAnswers() {
        List<String> faults = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        Set<String> tags = api.getTags() == null ? Set.of()
                : new HashSet<>(api.getTags().stream().map(Tag::getName).toList());
        int operations = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String where = entry.getKey() + " " + path.getKey() + ": ";
                Operation op = entry.getValue();
                if (blank(op.getSummary())) {
                    faults.add(where + "no summary");
                }
                if (blank(op.getDescription()) || !op.getDescription().contains("**Access:**")
                        || op.getDescription().strip().startsWith("**Access:**")) {
                    faults.add(where + "no description, or no access statement in it");
                }
                if (op.getOperationId() == null || !op.getOperationId().matches("[a-z][A-Za-z0-9]+")
                        || !operationIds.add(op.getOperationId())) {
                    faults.add(where + "operationId missing, not a method name, or not unique: " + op.getOperationId());
                }
                if (op.getTags() == null || op.getTags().size() != 1 || !tags.contains(op.getTags().get(0))) {
                    faults.add(where + "not exactly one declared tag: " + op.getTags());
                }
                faults.addAll(security(where, op));
                faults.addAll(errors(where, op));
                for (Parameter parameter : parameters(path.getValue(), op)) {
                    if (blank(parameter.getDescription())) {
                        faults.add(where + "parameter " + parameter.getName() + " has no description");
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(60);
        assertThat(faults).isEmpty();
    }

    private static List<String> security(String where, Operation op) {
        List<String> faults = new ArrayList<>();
        List<SecurityRequirement> security = op.getSecurity();
        if (security == null) {
            return List.of(where + "no security statement");
        }
        boolean anonymous = security.isEmpty() || security.stream().anyMatch(Map::isEmpty);
        Object roles = op.getExtensions() == null ? null : op.getExtensions().get("x-required-role");
        if (anonymous) {
            if (roles != null) {
                faults.add(where + "anonymous, yet names required roles");
            }
        }
        else if (!(roles instanceof List<?> list) || list.isEmpty() || !ROLES.containsAll(list)) {
            faults.add(where + "needs authentication but x-required-role does not name roles: " + roles);
        }
        return faults;
    }

    private static List<String> errors(String where, Operation op) {
        List<String> faults = new ArrayList<>();
        Map<String, ApiResponse> responses = op.getResponses();
        Set<String> required = new TreeSet<>(List.of("401", "500", "503"));
        boolean anonymous = op.getSecurity() != null
                && (op.getSecurity().isEmpty() || op.getSecurity().stream().anyMatch(Map::isEmpty));
        if (!anonymous) {
            required.add("403");
        }
        List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            required.add("404");
        }
        if (op.getRequestBody() != null) {
            required.addAll(List.of("400", "413", "415"));
        }
        parameters.stream().filter(p -> HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName())).findFirst().ifPresent(p -> {
            required.add("412");
            if (Boolean.TRUE.equals(p.getRequired())) {
                required.add("428");
            }
        });
        for (String code : required) {
            if (!responses.containsKey(code)) {
                faults.add(where + "does not declare " + code);
            }
        }
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            faults.add(where + "no success answer");
        }
        responses.forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && (response.getContent() == null
                    || response.getContent().get("application/problem+json") == null)) {
                faults.add(where + code + " is not problem details");
            }
            if (blank(response.getDescription())) {
                faults.add(where + code + " has no description");
            }
        });
        return faults;
    }

    private static List<Parameter> parameters(PathItem path, Operation op) {
        List<Parameter> all = new ArrayList<>();
        if (path.getParameters() != null) {
            all.addAll(path.getParameters());
        }
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        return all;
    }

    @Test
    void securityIsWhatTheFilterChainsDemand() {
        Operation createToken = api.getPaths().get("/api/v1/tokens").getPost();
        assertThat(createToken.getSecurity()).containsExactly(new SecurityRequirement().addList("basicAuth"));
        assertThat(api.getPaths().get("/api/v1/tokens").getGet().getSecurity())
                .containsExactlyInAnyOrder(new SecurityRequirement().addList("basicAuth"),
                        new SecurityRequirement().addList("bearerAuth"));
        assertThat(api.getPaths().get("/api/v1/users").getGet().getExtensions()).containsEntry("x-required-role",
                List.of("ADMIN"));
        assertThat(api.getPaths().get("/api/v1/insights/overlaps").getGet().getExtensions())
                .containsEntry("x-required-role", List.of("ADMIN", "ANALYST"));
        // the filter chain admits every account; the catalogue only editors
        assertThat(api.getPaths().get("/api/v1/solutions").getPost().getExtensions())
                .containsEntry("x-required-role", List.of("EDITOR"));
        assertThat(api.getPaths().get("/api/v1/municipalities").getGet().getSecurity()).isEmpty();
        assertThat(api.getPaths().get("/api/v1/solutions").getGet().getSecurity())
                .containsExactly(new SecurityRequirement(), new SecurityRequirement().addList("bearerAuth"));
        assertThat(api.getPaths().get("/api/v1/municipalities/{kommunkod}/portfolio/budget").getGet().getSecurity())
                .containsExactly(new SecurityRequirement().addList("bearerAuth"));
    }

    @Test
    void theProblemSchemaHoldsWhatTheApiAnswers() throws Exception {
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        Schema<?> fieldError = api.getComponents().getSchemas().get("FieldError");
        String body = mvc.perform(get("/api/v1/search").param("size", "0").param("sort", "sideways"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode answer = json.readTree(body);
        assertThat(answer.get("status").asInt()).isEqualTo(400);
        assertThat(problem.getProperties().keySet()).containsAll(answer.propertyNames());
        assertThat(answer.get("errors").size()).isEqualTo(2);
        answer.get("errors").forEach(error -> assertThat(fieldError.getProperties().keySet())
                .containsAll(error.propertyNames()));
        JsonNode unauthenticated = json.readTree(mvc.perform(get("/api/v1/inbox"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.getProperties().keySet()).containsAll(unauthenticated.propertyNames());
        assertThat(problem.getRequired()).allMatch(unauthenticated::has);
    }

    /** docs/openapi.json is the served document. */
    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        JsonNode served = json.readTree(document);
        String expected = json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        Path committed = Path.of("docs/openapi.json");
        String actual = Files.exists(committed) ? Files.readString(committed) : "";
        if (!actual.equals(expected)) {
            Files.writeString(committed, expected);
        }
        assertThat(actual).as("docs/openapi.json was out of date and has been rewritten: review and commit it")
                .isEqualTo(expected);
    }

    /** The check every API test's answers go through refuses what the document does not describe. */
    @Test
    void responsesTheDocumentDoesNotDescribeFailTheirTest() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/search").param("q", "bygglov")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        OpenApiResponseValidation.get().validate(result);

        result.getResponse().setStatus(418);
        assertThatThrownBy(() -> OpenApiResponseValidation.get().validate(result)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not declare");

        result.getResponse().setStatus(200);
        result.getResponse().setCommitted(false);
        result.getResponse().resetBuffer();
        result.getResponse().getOutputStream()
                .write("{\"hits\": \"none\", \"page\": {\"size\": \"twenty\"}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OpenApiResponseValidation.get().validate(result)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("schema does not allow").hasMessageContaining("hits");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
