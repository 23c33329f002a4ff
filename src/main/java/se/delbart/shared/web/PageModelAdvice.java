package se.delbart.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Model attributes every page's layout needs. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    /** The current address with {@code lang} set to each language, so that switching keeps filters and paging. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("sv", withLang(request, "sv"), "en", withLang(request, "en"));
    }

    static String withLang(HttpServletRequest request, String lang) {
        // On Boot's error page the request URI is /error; link to the page the user asked for instead
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String s ? s : request.getRequestURI();
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance().path(path);
        if ("GET".equals(request.getMethod()) && original == null) {
            request.getParameterMap().forEach((name, values) -> {
                if (!LocaleConfig.PARAM.equals(name)) {
                    uri.queryParam(encode(name), List.of(values).stream().map(PageModelAdvice::encode).toArray());
                }
            });
        }
        return uri.queryParam(LocaleConfig.PARAM, lang).build(true).toUriString();
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
