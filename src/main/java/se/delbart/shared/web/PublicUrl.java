package se.delbart.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach Delbart at, for links Delbart writes into exports: {@code delbart.public-url} (required in
 * production), so that a request's Host or X-Forwarded-Host header cannot put another site's address into them.
 * Without the setting (the embedded default, tests) the address the request came to.
 */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${delbart.public-url:}") String configured) {
        String url = configured == null ? "" : configured.strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** E.g. {@code https://delbart.se}, without a trailing slash. */
    public String base() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
    }
}
