package se.delbart.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may send.
 *
 * @param maxRequestBody larger request bodies are refused with 413 problem+json ({@code delbart.web.max-request-body})
 */
@ConfigurationProperties(prefix = "delbart.web")
public record WebLimits(@DefaultValue("1MB") DataSize maxRequestBody) {
}
