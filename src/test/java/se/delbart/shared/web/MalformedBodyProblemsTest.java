package se.delbart.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.SolutionFixtures;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON request body of the API, each field given a value of the wrong type: a 400 whose {@code errors} name
 * the field's JSON path and the type expected (e.g. {@code fit.personalData: expected true or false}), never a bare
 * "Malformed request". And optional booleans left out default to false.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MalformedBodyProblemsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String adminToken() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin-test-password")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void leavingOutOptionalBooleansIsNoError() throws Exception {
        String token = adminToken();
        ObjectNode solution = json.valueToTree(SolutionFixtures.complete("Utan booleska värden " + UUID.randomUUID()));
        ((ObjectNode) solution.get("fit")).remove(List.of("personalData", "dpiaDone"));
        // admin has no municipality: past parsing the catalogue refuses (403), what matters is that it is not a 400
        MockHttpServletResponse response = mvc.perform(post("/api/v1/solutions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(solution.toString())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isNotEqualTo(400);
    }

    @Test
    void aWrongTypeInAnyBodyNamesTheJsonPathAndTheExpectedType() throws Exception {
        String token = adminToken();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
                continue;
            }
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                    String path = address(entry.getKey(), handler);
                    HttpMethod method = HttpMethod.valueOf(entry.getKey().getMethodsCondition().getMethods().stream()
                            .findFirst().orElse(RequestMethod.POST).name());
                    for (Wrong wrong : wrongValues(parameter.getParameterType(), "", 0)) {
                        var call = request(method, path).contentType(MediaType.APPLICATION_JSON).content(wrong.body());
                        // a token is created with the password, never with a bearer token
                        call = path.startsWith("/api/v1/tokens") ? call.with(httpBasic("admin", "admin-test-password"))
                                : call.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                        MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
                        String what = method + " " + path + " " + wrong.body() + " -> " + response.getContentAsString();
                        assertThat(response.getStatus()).as(what).isEqualTo(400);
                        List<String> fields = JsonPath.read(response.getContentAsString(), "$.errors[*].field");
                        List<String> messages = JsonPath.read(response.getContentAsString(), "$.errors[*].message");
                        assertThat(fields).as(what).containsExactly(wrong.path());
                        assertThat(messages.get(0)).as(what).startsWith("expected ");
                        checked.add(parameter.getParameterType().getSimpleName() + " " + wrong.path());
                    }
                }
            }
        }
        assertThat(checked).contains("SolutionDetails fit.personalData", "SolutionDetails fit.dpiaDone",
                "Experience implementationDays", "CreateUserRequest role", "NewNeed text");
        assertThat(checked.stream().map(c -> c.substring(0, c.indexOf(' '))).distinct()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void theMessageNamesTheExpectedType() throws Exception {
        String token = adminToken();
        String body = mvc.perform(post("/api/v1/solutions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fit\":{\"personalData\":\"ja\"}}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.errors[0].field")).isEqualTo("fit.personalData");
        assertThat(JsonPath.<String>read(body, "$.errors[0].message")).isEqualTo("expected true or false");
        body = mvc.perform(post("/api/v1/solutions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", "))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.errors[0].message")).startsWith("expected ");
    }

    /** One body with a single wrong value, and the JSON path of that value. */
    record Wrong(String path, String body) {
    }

    /** For each component (and those of nested records, two levels deep): a value of a JSON type it cannot take. */
    private static List<Wrong> wrongValues(Class<?> type, String prefix, int depth) {
        List<Wrong> wrong = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            Class<?> raw = component.getType();
            String value = wrongValue(raw);
            wrong.add(new Wrong(path, nest(path, value)));
            if (raw.isRecord() && depth < 1) {
                wrong.addAll(wrongValues(raw, path, depth + 1));
            }
        }
        return wrong;
    }

    private static String wrongValue(Class<?> type) {
        if (type == boolean.class || type == Boolean.class || Number.class.isAssignableFrom(type)
                || (type.isPrimitive()) || type == BigDecimal.class || type.isEnum()) {
            return "\"ingen-sådan\"";
        }
        if (type == String.class || Collection.class.isAssignableFrom(type) || type == UUID.class) {
            return "{}";
        }
        return "[1]"; // records, maps and other objects
    }

    private static String nest(String path, String value) {
        String body = value;
        String[] parts = path.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            body = "{\"" + parts[i] + "\":" + body + "}";
        }
        return body;
    }

    private static String address(RequestMappingInfo info, HandlerMethod handler) {
        String pattern = info.getPathPatternsCondition().getPatterns().iterator().next().getPatternString();
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder address = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(address, Matcher.quoteReplacement(sample(handler, matcher.group(1))));
        }
        matcher.appendTail(address);
        return address.toString();
    }

    private static String sample(HandlerMethod handler, String variable) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
            if (annotation != null) {
                String name = !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
                if (variable.equals(name)) {
                    Class<?> type = parameter.getParameterType();
                    return type == UUID.class ? UUID.randomUUID().toString()
                            : type == long.class || type == Long.class || type == int.class ? "1" : "2260";
                }
            }
        }
        return "2260";
    }
}
