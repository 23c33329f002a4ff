package se.delbart.shared.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/**
 * Refuses a {@code page} whose first row lies beyond what a database query can skip (an int offset), before the
 * handler runs: Spring Data accepts any page number and fails later, deep in the query, with a 500. The API answers
 * 400 problem+json naming {@code page}; a page answers its 400 error page.
 */
@Configuration(proxyBeanMethods = false)
class PagingLimits implements WebMvcConfigurer, HandlerInterceptor {

    private final int defaultSize;
    private final int maxSize;

    PagingLimits(@Value("${spring.data.web.pageable.default-page-size:20}") int defaultSize,
            @Value("${spring.data.web.pageable.max-page-size:2000}") int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && takesPageable(method)) {
            long page = number(request.getParameter("page"), 0);
            long size = number(request.getParameter("size"), defaultSize);
            size = size < 1 ? defaultSize : Math.min(size, maxSize);
            if (page > 0 && (page + 1) * size > Integer.MAX_VALUE) {
                throw new InvalidInputException(List.of(new FieldProblem("page",
                        "must be at most " + (Integer.MAX_VALUE / size - 1) + " with size " + size)));
            }
        }
        return true;
    }

    private static boolean takesPageable(HandlerMethod method) {
        for (var parameter : method.getMethodParameters()) {
            if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    /** As Spring Data reads it: what is no number falls back to the default. */
    private static long number(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }
}
