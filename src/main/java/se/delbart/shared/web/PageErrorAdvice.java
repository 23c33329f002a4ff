package se.delbart.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;

/**
 * Error pages for the HTML controllers: a missing or hidden thing is a 404 page, a forbidden action a 403 page.
 * The REST API keeps its problem+json ({@link ApiProblemHandler}); this advice steps aside for any handler that
 * writes a response body, and runs after the API's advice.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HandlerMethod handler) throws NotFoundException {
        rethrowIfApi(e, handler);
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotPermittedException.class)
    ModelAndView notPermitted(NotPermittedException e, HandlerMethod handler) throws NotPermittedException {
        rethrowIfApi(e, handler);
        log.debug("Forbidden: {}", e.getMessage());
        return page("error/403", HttpStatus.FORBIDDEN);
    }

    /** A malformed id in a page address (e.g. not a UUID) names nothing: 404, not 400 or 500. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HandlerMethod handler)
            throws MethodArgumentTypeMismatchException {
        rethrowIfApi(e, handler);
        boolean pathVariable = e.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class);
        return pathVariable ? page("error/404", HttpStatus.NOT_FOUND) : page("error", HttpStatus.BAD_REQUEST);
    }

    /** Invalid input that reached a page's service call (e.g. a search text over the limit): 400 page, not 500. */
    @ExceptionHandler(se.delbart.shared.InvalidInputException.class)
    ModelAndView invalidInput(se.delbart.shared.InvalidInputException e, HandlerMethod handler)
            throws se.delbart.shared.InvalidInputException {
        rethrowIfApi(e, handler);
        return page("error", HttpStatus.BAD_REQUEST);
    }

    /**
     * A form field no form of ours has, e.g. {@code contacts[5000].name}: the binder refuses list indexes beyond the
     * rows it may add. No browser sends it, so there is no form to show again: a bad request, not a 500.
     */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    ModelAndView invalidProperty(org.springframework.beans.InvalidPropertyException e, HandlerMethod handler)
            throws org.springframework.beans.InvalidPropertyException {
        rethrowIfApi(e, handler);
        log.debug("Unbindable form field: {}", e.getPropertyName());
        return page("error", HttpStatus.BAD_REQUEST);
    }

    /** The firewall's lazy checks (e.g. a parameter name with control characters): a bad request, not a 500. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ModelAndView rejected(org.springframework.security.web.firewall.RequestRejectedException e, HandlerMethod handler) {
        if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class)) {
            throw e;
        }
        return page("error", HttpStatus.BAD_REQUEST);
    }

    /**
     * The database cannot be reached, or no pooled connection came within the timeout (overload): 503 with
     * Retry-After, as the API answers (not a 500 page: nothing is broken, the visitor may try again shortly).
     */
    @ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.springframework.dao.QueryTimeoutException.class })
    ModelAndView databaseUnavailable(Exception e, HandlerMethod handler,
            jakarta.servlet.http.HttpServletResponse response) throws Exception {
        rethrowIfApi(e, handler);
        log.warn("Database unavailable for a page: {}", e.getMessage());
        response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, "30");
        return page("error", HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static <E extends Exception> void rethrowIfApi(E e, HandlerMethod handler) throws E {
        if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class)) {
            throw e;
        }
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView mav = new ModelAndView(view, status);
        mav.addObject("status", status.value());
        return mav;
    }
}
