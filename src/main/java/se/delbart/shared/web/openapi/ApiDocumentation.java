package se.delbart.shared.web.openapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import se.delbart.shared.Role;

/**
 * Completes every operation from facts: the security it needs (asked of the filter chains), the roles it admits,
 * and the error answers it can give as problem details (from the HTTP method, its parameters, its request body and
 * its If-Match header). An answer an operation declares itself keeps its description and gets the problem schema.
 */
final class ApiDocumentation implements OpenApiCustomizer {

    /** The resource an {@code id} path parameter identifies, by the path segment before it. */
    private static final Map<String, String> IDENTIFIED = Map.of("solutions", "solution", "adoptions", "adoption",
            "users", "account", "initiatives", "initiative", "needs", "need", "saved", "saved cluster", "bulk",
            "bulk import job", "tokens", "token");

    private final AccessRules access;
    private final HandlerFacts handlers;
    private final long maxRequestBody;

    ApiDocumentation(AccessRules access, HandlerFacts handlers, long maxRequestBody) {
        this.access = access;
        this.handlers = handlers;
        this.maxRequestBody = maxRequestBody;
    }

    @Override
    public void customise(OpenAPI api) {
        Set<String> used = new LinkedHashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            csvVariant(api, path, operation);
            describePathParameters(path, operation);
            document(path, method, operation);
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
            if (operation.getExtensions() != null) {
                operation.getExtensions().keySet().removeIf(key -> key.startsWith("x-delbart-"));
                if (operation.getExtensions().isEmpty()) {
                    operation.setExtensions(null);
                }
            }
        }));
        List<Tag> tags = new ArrayList<>();
        Modules.all().forEach(tag -> {
            if (used.contains(tag.getName())) {
                tags.add(tag);
            }
        });
        api.setTags(tags);
        // springdoc builds the schemas from the handlers' types: the problem schemas join them here
        api.getComponents().addSchemas(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
        api.getComponents().addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
        if (api.getComponents().getSchemas() != null) {
            // replaced by the parameters they stand for
            api.getComponents().getSchemas().keySet().removeIf(name -> name.equals("Pageable")
                    || name.startsWith("MultiValueMap"));
            api.getComponents().setSchemas(new TreeMap<>(api.getComponents().getSchemas()));
        }
    }

    /**
     * A list served as JSON and, at the same address with {@code Accept: text/csv} or at {@code .csv}, as CSV: two
     * handlers, whose operations springdoc merges on the shared address. There the JSON handler's words count.
     */
    private void csvVariant(OpenAPI api, String path, Operation operation) {
        if (path.endsWith(".csv")) {
            operation.setOperationId(operation.getOperationId().replaceFirst("_\\d+$", ""));
        }
        else if (api.getPaths().containsKey(path + ".csv")) {
            handlers.jsonOperation(path).ifPresent(json -> operation.operationId(json.getOperationId())
                    .summary(json.getSummary()).description(json.getDescription()));
        }
    }

    /** Path parameters every API uses alike, described once. */
    private static void describePathParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getExample() != null && !(parameter.getExample() instanceof String)
                    && isString(parameter.getSchema())) {
                // springdoc reads example = "2281" as a number
                parameter.setExample(String.valueOf(parameter.getExample()));
            }
            if (!"path".equals(parameter.getIn()) || parameter.getDescription() != null) {
                continue;
            }
            String description = switch (parameter.getName()) {
            case "kommunkod" -> "The municipality's code (kommunkod), four digits, e.g. `2281` (Sundsvall).";
            case "solutionId" -> "The solution's id.";
            case "username" -> "The account's username.";
            case "id" -> {
                String before = path.substring(0, path.indexOf("/{id}"));
                String resource = IDENTIFIED.get(before.substring(before.lastIndexOf('/') + 1));
                if (resource == null) {
                    throw new IllegalStateException("Describe the id parameter of " + path);
                }
                yield "The " + resource + "'s id.";
            }
            default -> throw new IllegalStateException("Describe the path parameter " + parameter.getName() + " of "
                    + path);
            };
            parameter.setDescription(description);
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        AccessRules.Access rule = access.of(method.name(), path);
        Map<String, Object> facts = operation.getExtensions() == null ? Map.of() : operation.getExtensions();
        boolean callerAware = Boolean.TRUE.equals(facts.get(HandlerFacts.CALLER_AWARE));
        String accessText = security(path, method, operation, rule, facts, callerAware);
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n")
                + accessText);
        errors(method, operation, rule);
        if (Boolean.TRUE.equals(facts.get(HandlerFacts.ETAG))) {
            successes(operation).forEach(response -> response.addHeaderObject("ETag", new Header()
                    .description("The version of the resource; send it back in `If-Match` to change it.")
                    .schema(new StringSchema().example("\"3\""))));
        }
    }

    private static String security(String path, PathItem.HttpMethod method, Operation operation,
            AccessRules.Access rule, Map<String, Object> facts, boolean callerAware) {
        @SuppressWarnings("unchecked")
        List<String> documented = (List<String>) facts.get(HandlerFacts.ROLES);
        String scope = (String) facts.getOrDefault(HandlerFacts.SCOPE, "");
        if (rule.anonymous()) {
            if (documented != null) {
                throw new IllegalStateException(method + " " + path + " is open to anonymous callers: @ApiAccess "
                        + "cannot name roles for it");
            }
            if (callerAware) {
                // a token is optional: with one, the answer includes what the caller's account may see
                operation.setSecurity(List.of(new SecurityRequirement(),
                        new SecurityRequirement().addList(OpenApiConfig.BEARER)));
                return "**Access:** anonymous; with a bearer token the answer also includes what the caller's "
                        + "account may see.";
            }
            operation.setSecurity(List.of());
            return "**Access:** anonymous.";
        }
        Set<Role> roles = EnumSet.copyOf(rule.roles());
        if (documented != null) {
            Set<Role> narrowed = documented.stream().map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            if (!rule.roles().containsAll(narrowed)) {
                throw new IllegalStateException(method + " " + path + ": @ApiAccess names " + narrowed
                        + " but the security configuration admits only " + rule.roles());
            }
            roles = narrowed;
        }
        List<SecurityRequirement> requirements = new ArrayList<>();
        List<String> ways = new ArrayList<>();
        for (AccessRules.Scheme scheme : rule.schemes()) {
            if (scheme == AccessRules.Scheme.BASIC) {
                requirements.add(new SecurityRequirement().addList(OpenApiConfig.BASIC));
                ways.add("HTTP Basic (username and password)");
            }
            else {
                requirements.add(new SecurityRequirement().addList(OpenApiConfig.BEARER));
                ways.add("a bearer token");
            }
        }
        operation.setSecurity(requirements);
        List<String> names = roles.stream().map(Role::name).toList();
        operation.addExtension("x-required-role", names);
        String who = roles.equals(EnumSet.allOf(Role.class)) ? "any account"
                : "an account with role " + String.join(" or ", names);
        return "**Access:** " + String.join(" or ", ways) + " of " + who
                + (scope.isBlank() ? "" : ", " + scope.strip()) + ".";
    }

    private void errors(PathItem.HttpMethod method, Operation operation, AccessRules.Access rule) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Parameter ifMatch = parameters.stream().filter(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
        if (body || parameters.stream().anyMatch(ApiDocumentation::canBeInvalid)) {
            problem(responses, "400", "The request is invalid: `errors` names each field (JSON path or parameter) "
                    + "and what is wrong with it.");
        }
        problem(responses, "401", rule.anonymous()
                ? "The bearer token sent is invalid, expired or revoked."
                : "No valid credentials were sent, or the token is invalid, expired or revoked.")
                .addHeaderObject("WWW-Authenticate", new Header().description("The schemes this operation accepts.")
                        .schema(new StringSchema().example("Bearer")));
        if (!rule.anonymous()) {
            problem(responses, "403", "The caller's role, municipality or permission does not allow this.");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            problem(responses, "404", "There is no such resource, or the caller may not see it.");
        }
        if (write) {
            problem(responses, "409", "Not allowed in the resource's current state, or it conflicts with stored "
                    + "data; `errors` may name the field.");
        }
        if (ifMatch != null) {
            problem(responses, "412", "The version in If-Match is stale: someone changed the resource since it was "
                    + "read. Read it again and reapply the change.");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                problem(responses, "428", "If-Match is missing: send the ETag of the version the change is based on.");
            }
        }
        if (body) {
            problem(responses, "413", "The request body is larger than " + maxRequestBody
                    + " bytes (or the operation's own limit).");
            problem(responses, "415", "The body is not in a media type this operation accepts.");
        }
        if (responses.containsKey("429")) {
            retryAfter(responses.get("429"));
        }
        problem(responses, "500", "An unexpected error on Delbart's side; it has been logged.");
        retryAfter(problem(responses, "503", "A service Delbart depends on (the database or the search engine) is "
                + "unavailable for the moment."));
        for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
            ApiResponse response = entry.getValue();
            if (entry.getKey().matches("[45]\\d\\d") && response.get$ref() == null && (response.getContent() == null
                    || !response.getContent().containsKey(ProblemSchemas.PROBLEM_JSON))) {
                response.setContent(ProblemSchemas.content());
            }
        }
        operation.setResponses(sorted(responses));
    }

    /** A parameter whose value can be refused: anything but a free-text path segment. */
    private static boolean canBeInvalid(Parameter parameter) {
        return !"path".equals(parameter.getIn()) || !isString(parameter.getSchema())
                || parameter.getSchema().getFormat() != null;
    }

    private static boolean isString(Schema<?> schema) {
        return schema != null && ("string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    /** Adds the answer unless the operation declares it already; either way it is returned. */
    private static ApiResponse problem(ApiResponses responses, String code, String description) {
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(code, response);
        }
        return response;
    }

    private static void retryAfter(ApiResponse response) {
        response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                .schema(new IntegerSchema().format("int32").example(30)));
    }

    private static List<ApiResponse> successes(Operation operation) {
        return operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .map(Map.Entry::getValue).toList();
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }
}
