package se.delbart.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors that happen before any controller is chosen (unknown path, wrong method or media type). Under /api they
 * become problem+json like every other API error; elsewhere the exception is rethrown, which Spring treats as "not
 * handled here", so pages get the normal HTML error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblemHandler {

    @ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
    ResponseEntity<ProblemDetail> beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        ProblemDetail problem;
        if (e instanceof NoResourceFoundException) {
            problem = Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", "There is no resource at this address.");
        } else if (e instanceof HttpRequestMethodNotSupportedException m) {
            problem = Problems.of(HttpStatus.METHOD_NOT_ALLOWED, Problems.METHOD_NOT_ALLOWED, "Method not allowed",
                    "This address does not support " + m.getMethod() + ".");
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type", "Send the body as application/json.");
        } else {
            problem = Problems.of(HttpStatus.NOT_ACCEPTABLE, Problems.NOT_ACCEPTABLE, "Not acceptable",
                    "This resource is available as application/json.");
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
