package se.delbart.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Model attributes every page's layout needs. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    private final RequestMappingHandlerMapping mappings;

    PageModelAdvice(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /**
     * The current address with {@code lang} set to each language, so that switching keeps filters and paging. A page
     * rendered by a form post (e.g. with the form's errors) links to the nearest address a GET can open: the post's own
     * address when it has a page, else its parent (/adoptioner/{id}/erfarenhet → /adoptioner/{id}).
     */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        String path = "GET".equals(request.getMethod()) ? null : nearestPage(pathOf(request));
        return Map.of("sv", withLang(request, "sv", path), "en", withLang(request, "en", path));
    }

    private static String withLang(HttpServletRequest request, String lang, String page) {
        String path = page != null ? page : pathOf(request);
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance().path(path);
        if ("GET".equals(request.getMethod()) && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null) {
            request.getParameterMap().forEach((name, values) -> {
                if (!LocaleConfig.PARAM.equals(name)) {
                    uri.queryParam(encode(name), List.of(values).stream().map(PageModelAdvice::encode).toArray());
                }
            });
        }
        return uri.queryParam(LocaleConfig.PARAM, lang).build(true).toUriString();
    }

    /** On Boot's error page the request URI is /error; the page the user asked for is the one to link to. */
    private static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String s ? s : request.getRequestURI();
    }

    /** The path itself if a GET handler maps it, else the nearest parent that one maps; the start page at worst. */
    private String nearestPage(String path) {
        String candidate = path;
        while (candidate.length() > 1) {
            if (hasPage(candidate)) {
                return candidate;
            }
            candidate = candidate.substring(0, Math.max(1, candidate.lastIndexOf('/')));
        }
        return "/";
    }

    private boolean hasPage(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getPatterns().stream()
                            .anyMatch((PathPattern pattern) -> pattern.matches(container))) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
