package se.delbart.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import se.delbart.shared.FieldProblem;

/** The problem types Delbart's API answers with (RFC 9457). The type URIs are stable: clients may switch on them. */
public final class Problems {

    public static final String BASE = "https://delbart.se/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI INVALID_STATE = URI.create(BASE + "invalid-state");
    public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
    public static final URI PRECONDITION_REQUIRED = URI.create(BASE + "precondition-required");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
    public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI INTERNAL = URI.create(BASE + "internal");
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
    public static final URI CONTENT_TOO_LARGE = URI.create(BASE + "content-too-large");

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** Adds the {@code errors} extension: one entry per field, each naming the field and what is wrong. */
    public static ProblemDetail withFieldErrors(ProblemDetail problem, List<FieldProblem> fieldProblems) {
        if (!fieldProblems.isEmpty()) {
            problem.setProperty("errors", fieldProblems.stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message()))
                    .toList());
        }
        return problem;
    }
}
