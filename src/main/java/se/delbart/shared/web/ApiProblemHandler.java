package se.delbart.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.PreconditionRequiredException;
import se.delbart.shared.StaleVersionException;

/**
 * Turns every error of the REST API into application/problem+json with a stable type, a human detail and,
 * for validation, the fields at fault. Never echoes exception classes or stack traces.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.boot.context.properties.EnableConfigurationProperties(WebLimits.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final WebLimits webLimits;

    ApiProblemHandler(WebLimits webLimits) {
        this.webLimits = webLimits;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(InvalidStateException.class)
    ProblemDetail invalidState(InvalidStateException e) {
        return Problems.withFieldErrors(
                Problems.of(HttpStatus.CONFLICT, Problems.INVALID_STATE, "Not allowed in the current state", e.getMessage()),
                e.fieldProblems());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return validationProblem(e.fieldProblems());
    }

    /** A rate limit: 429 with Retry-After (seconds), naming the field it concerns. */
    @ExceptionHandler(se.delbart.shared.TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(se.delbart.shared.TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(Problems.withFieldErrors(Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
                        "Too many requests", "Try again later."), e.fieldProblems()));
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, Problems.STALE_VERSION, "Stale version", e.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, Problems.PRECONDITION_REQUIRED, "If-Match required",
                e.getMessage());
    }

    @ExceptionHandler(se.delbart.shared.ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(se.delbart.shared.ServiceUnavailableException e) {
        log.warn("Service unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                        "A service Delbart depends on (such as search) is temporarily unavailable. Please try again in a little while."));
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentUpdate(Exception e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, Problems.STALE_VERSION, "Stale version",
                "Someone else changed the resource at the same time. Fetch it again and reapply your change.");
    }

    /** The database cannot be reached (down, failing over, pool exhausted): the caller may retry later. */
    @ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.springframework.dao.QueryTimeoutException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return unavailable(new se.delbart.shared.ServiceUnavailableException("database", e));
    }

    /**
     * A database constraint refused the change (a value too long, a duplicate): a 409, never a 500. Field rules in the
     * domain should catch these first; this is the safety net, logged so that the missing rule gets added.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(Exception e) {
        log.warn("A database constraint refused a change (a domain rule is missing): {}", e.getMessage());
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Refused by a data constraint",
                "The change conflicts with stored data or exceeds a size limit.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationProblem(problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldProblem(e.getName(), "has an invalid value")));
    }

    /**
     * A {@code sort} parameter naming no property (or not a property at all) reaches Spring Data as an invalid sort
     * expression: the caller's mistake, 400 at the field. Without a sort parameter it is a bug and stays a 500.
     */
    @ExceptionHandler({ org.springframework.data.core.PropertyReferenceException.class,
            org.springframework.dao.InvalidDataAccessApiUsageException.class })
    ProblemDetail invalidSort(Exception e, HttpServletRequest request) {
        if (request.getParameter("sort") == null) {
            return unexpected(e);
        }
        return validationProblem(List.of(new FieldProblem("sort", "must name a sortable property, e.g. name,asc")));
    }

    /** The firewall's lazy checks (e.g. a parameter name with control characters) fire inside the controller. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ProblemDetail rejected(Exception e) {
        return Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "The request contains characters or sequences that are not allowed.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (lostDatabaseConnection(e)) {
            // e.g. "unable to rollback" after the connection broke mid-transaction: the database, not a bug
            log.warn("Database connection lost: {}", e.getMessage());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                    "A service Delbart depends on (such as search) is temporarily unavailable. Please try again in a little while.");
        }
        log.error("Unexpected error in API call", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "Internal error",
                "Something went wrong on our side. The error has been logged.");
    }

    /** A JDBC connection failure anywhere in the causes: SQLState class 08, or the JDBC connection exception types. */
    static boolean lostDatabaseConnection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))
                    // HikariCP's proxy after the connection broke (no SQLState), e.g. on the rollback
                    || (cause instanceof java.sql.SQLException closed && "Connection is closed".equals(closed.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(fieldProblems(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String field = error instanceof FieldError fe ? fe.getField()
                    : result.getMethodParameter().getParameterName();
            problems.add(new FieldProblem(field, error.getDefaultMessage()));
        }));
        return ResponseEntity.badRequest().body(validationProblem(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.TooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                        .body(RequestBodyLimitFilter.problem(webLimits.maxRequestBody().toBytes()));
            }
        }
        FieldProblem problem = MalformedBody.problem(ex);
        return ResponseEntity.badRequest().body(Problems.withFieldErrors(Problems.of(HttpStatus.BAD_REQUEST,
                Problems.MALFORMED_REQUEST, "Malformed request", "The request body is not valid JSON for this resource: "
                        + (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message() + "."),
                List.of(problem)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(validationProblem(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
                "Not found", "There is no resource at this address."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(status).headers(headers).body(Problems.of(HttpStatus.METHOD_NOT_ALLOWED,
                Problems.METHOD_NOT_ALLOWED, "Method not allowed", "This address does not support " + ex.getMethod() + "."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(status).headers(headers).body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                Problems.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send the body as application/json."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(status).body(Problems.of(HttpStatus.NOT_ACCEPTABLE, Problems.NOT_ACCEPTABLE,
                "Not acceptable", "This resource is available as application/json."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problem bodies for the remaining framework exceptions: give them a stable type, no internals.
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(statusCode.value() == 400 ? Problems.MALFORMED_REQUEST
                    : java.net.URI.create(Problems.BASE + "http-" + statusCode.value()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    static ProblemDetail validationProblem(List<FieldProblem> problems) {
        String detail = problems.isEmpty() ? "The request is invalid."
                : "Invalid fields: " + String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList());
        return Problems.withFieldErrors(
                Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Validation failed", detail), problems);
    }

    private static List<FieldProblem> fieldProblems(BindException ex) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getFieldErrors().forEach(fe -> problems.add(new FieldProblem(fe.getField(), fe.getDefaultMessage())));
        ex.getGlobalErrors().forEach(ge -> problems.add(new FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        return problems;
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
