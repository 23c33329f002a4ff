package se.delbart.search.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import se.delbart.search.SearchUnavailableException;

/**
 * A page that needs the search engine while it is down: 503 with Retry-After and a page in the site's layout saying
 * that search is temporarily unavailable (the API answers 503 problem+json in its own advice). Pages that do not
 * search never see the exception.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class SearchUnavailablePageAdvice {

    private static final Logger log = LoggerFactory.getLogger(SearchUnavailablePageAdvice.class);

    @ExceptionHandler(SearchUnavailableException.class)
    ModelAndView unavailable(SearchUnavailableException e, HandlerMethod handler, HttpServletResponse response) {
        if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class)) {
            throw e;
        }
        log.warn("Search unavailable for a page: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        ModelAndView page = new ModelAndView("search/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return page;
    }
}
