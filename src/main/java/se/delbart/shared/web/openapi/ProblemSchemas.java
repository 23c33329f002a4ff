package se.delbart.shared.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/** RFC 9457 problem details as Delbart writes them (see {@code Problems} and {@code ApiProblemHandler}). */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemSchemas() {
    }

    static Schema<?> problem() {
        return new ObjectSchema()
                .description("Problem details (RFC 9457). `type` is stable: clients may switch on it. Other members "
                        + "may be added; clients ignore those they do not know.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("What kind of problem, e.g. `https://delbart.se/problems/validation`, "
                                + "`…/not-found`, `…/unauthenticated`, `…/forbidden`, `…/invalid-state`, "
                                + "`…/stale-version`, `…/precondition-required`, `…/too-many-requests`, "
                                + "`…/content-too-large`, `…/service-unavailable`.")
                        .example("https://delbart.se/problems/validation"))
                .addProperty("title", new StringSchema().description("A short summary of the problem type.")
                        .example("Validation failed"))
                .addProperty("status", new IntegerSchema().format("int32").description("The HTTP status code.")
                        .example(400))
                .addProperty("detail", new StringSchema().description("What went wrong in this request, for people.")
                        .example("Invalid fields: fit.personalData"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request path the problem occurred at."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(ref(FIELD_ERROR)))
                        .description("One entry per field at fault (validation and state problems), or, for an "
                                + "invalid publiccode.yml, per error with its key path, line and column."))
                .addProperty("warnings", new ArraySchema().items(new Schema<>().$ref(ref(FIELD_ERROR)))
                        .description("Only for an invalid publiccode.yml: what the import would not keep."))
                .required(List.of("type", "title", "status"));
    }

    static Schema<?> fieldError() {
        return new ObjectSchema()
                .description("One field at fault: its JSON path or parameter name, and what is wrong. A publiccode.yml "
                        + "finding names the key `path`, `line` and `column` instead of `field`.")
                .addProperty("field", new StringSchema().description("JSON path or parameter name, e.g. "
                        + "`effort.implementationDays.min`, `page`, `If-Match`.").example("fit.personalData"))
                .addProperty("message", new StringSchema().description("What is wrong with it.")
                        .example("expected true or false"))
                .addProperty("path", new StringSchema().description("publiccode.yml only: the key path, e.g. "
                        + "`maintenance.contacts[0].email`."))
                .addProperty("line", new IntegerSchema().format("int32").description("publiccode.yml only: line."))
                .addProperty("column", new IntegerSchema().format("int32")
                        .description("publiccode.yml only: column."))
                .required(List.of("message"));
    }

    static Content content() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(ref(PROBLEM))));
    }

    static String ref(String name) {
        return "#/components/schemas/" + name;
    }
}
