package se.delbart.shared.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import java.math.BigDecimal;

/**
 * What the handler method of an operation tells: its module (the tag), its paging parameters with their real
 * defaults and caps, its If-Match header, whether it answers with an ETag and which roles the domain admits. Facts
 * that {@link ApiDocumentation} needs later travel as {@code x-delbart-*} extensions, which it removes.
 */
final class HandlerFacts implements OperationCustomizer {

    static final String ETAG = "x-delbart-etag";
    static final String ROLES = "x-delbart-roles";
    static final String SCOPE = "x-delbart-scope";
    static final String CALLER_AWARE = "x-delbart-caller-aware";
    static final String MODULE = "x-delbart-module";

    private final int defaultSize;
    private final int maxSize;
    /** Operations of handlers that answer JSON, by the paths they map: a CSV handler on the same path merges into them. */
    private final Map<String, Operation> byPath = new ConcurrentHashMap<>();

    HandlerFacts(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String module = Modules.of(handler.getBeanType());
        operation.setTags(new ArrayList<>(List.of(Modules.tag(module))));
        operation.addExtension(MODULE, module);
        boolean takesIfMatch = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (Pageable.class.isAssignableFrom(type)) {
                replacePageable(operation, parameter);
            }
            else if (Map.class.isAssignableFrom(type) && parameter.hasParameterAnnotation(RequestParam.class)) {
                // all query parameters as one map: the operation names them itself
                remove(operation, parameter.getParameterName());
            }
            else if (Actor.class.equals(type)) {
                operation.addExtension(CALLER_AWARE, true);
            }
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())) {
                takesIfMatch = true;
                describeIfMatch(operation);
            }
        }
        if (takesIfMatch || handler.hasMethodAnnotation(ETagResponse.class)) {
            operation.addExtension(ETAG, true);
        }
        if (!producesCsv(handler)) {
            paths(handler).forEach(path -> byPath.put(path, new Operation().operationId(operation.getOperationId())
                    .summary(operation.getSummary()).description(operation.getDescription())));
        }
        ApiAccess access = handler.getMethodAnnotation(ApiAccess.class);
        if (access != null) {
            operation.addExtension(ROLES, Arrays.stream(access.roles()).map(Role::name).toList());
            operation.addExtension(SCOPE, access.scope());
        }
        return operation;
    }

    /** What the JSON handler of a path said, where a CSV handler shares the path. */
    Optional<Operation> jsonOperation(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private static boolean producesCsv(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.produces()).anyMatch(p -> p.startsWith("text/csv"));
    }

    private static List<String> paths(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        List<String> prefixes = type == null || type.path().length == 0 ? List.of("") : List.of(type.path());
        List<String> suffixes = method == null || method.path().length == 0 ? List.of("") : List.of(method.path());
        List<String> paths = new ArrayList<>();
        prefixes.forEach(prefix -> suffixes.forEach(suffix -> paths.add(prefix + suffix)));
        return paths;
    }

    private void replacePageable(Operation operation, MethodParameter parameter) {
        remove(operation, parameter.getParameterName());
        PageableDefault defaults = parameter.getParameterAnnotation(PageableDefault.class);
        int size = defaults == null ? defaultSize : defaults.size();
        List<String> sort = defaults == null ? List.of()
                : Arrays.stream(defaults.sort()).map(p -> p + "," + (defaults.direction() == Sort.Direction.ASC
                        ? "asc" : "desc")).toList();
        operation.addParametersItem(new Parameter().in("query").name("page").required(false)
                .description("The page, counted from 0.")
                .schema(new IntegerSchema().format("int32").minimum(BigDecimal.ZERO)._default(0)));
        operation.addParametersItem(new Parameter().in("query").name("size").required(false)
                .description("Items per page, at most " + maxSize + ": a larger size gives " + maxSize
                        + " items, a size below 1 the default.")
                .schema(new IntegerSchema().format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(maxSize))._default(size)));
        ArraySchema sortSchema = new ArraySchema().items(new StringSchema().example("name,asc"));
        if (!sort.isEmpty()) {
            sortSchema._default(sort);
        }
        operation.addParametersItem(new Parameter().in("query").name("sort").required(false).explode(true)
                .description("Order as `property` or `property,asc|desc`; repeat for several. A property that "
                        + "cannot be sorted on gives 400 naming `sort`."
                        + (sort.isEmpty() ? "" : " Default: `" + String.join("`, `", sort) + "`."))
                .schema(sortSchema));
    }

    private static void describeIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream().filter(p -> "header".equals(p.getIn()))
                .filter(p -> HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName())).findFirst().ifPresent(p -> {
                    if (p.getDescription() == null) {
                        p.description("The ETag of the version the change is based on, as the last read returned "
                                + "it (e.g. `\"3\"`); `*` for whatever version is current. A stale version gets 412.");
                    }
                    p.schema(new StringSchema().example("\"3\""));
                });
    }

    private static void remove(Operation operation, String name) {
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> Objects.equals(p.getName(), name) && "query".equals(p.getIn()));
        }
    }
}
