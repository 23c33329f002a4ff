package se.delbart.catalog.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.delbart.catalog.Domain;

/** Lets request parameters name domains by their code (e.g. {@code ?domain=vard-och-omsorg}). */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Domain.class,
                code -> code == null || code.isBlank() ? null
                        : Domain.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException("Unknown domain " + code)));
    }
}
