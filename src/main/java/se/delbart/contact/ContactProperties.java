package se.delbart.contact;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Contact settings.
 *
 * @param baseUrl  the address people reach Delbart at, for links in e-mails
 * @param mailFrom the sender of notification e-mails (sent only when {@code spring.mail.host} is set)
 */
@ConfigurationProperties(prefix = "delbart.contact")
public record ContactProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("delbart@localhost") String mailFrom) {
}
