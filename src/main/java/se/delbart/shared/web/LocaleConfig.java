package se.delbart.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Swedish first; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final String PARAM = "lang";
    /** Only these have bundles; any other {@code lang} is ignored so that {@code <html lang>} never lies. */
    static final Set<String> LANGUAGES = Set.of("sv", "en");

    /** The bean name must be {@code localeResolver} for the DispatcherServlet to pick it up. */
    @Bean
    LocaleResolver localeResolver(
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("delbart-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        // Secure wherever the session cookie is (production, behind TLS)
        resolver.setCookieSecure(secure);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                String lang = request.getParameter(PARAM);
                return lang == null || !LANGUAGES.contains(lang) || super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName(PARAM);
        registry.addInterceptor(interceptor);
    }
}
