package se.delbart.shared.web.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the OpenAPI document says about who runs this Delbart ({@code delbart.openapi.*}).
 *
 * @param contact the people who answer questions about the API
 */
@ConfigurationProperties(prefix = "delbart.openapi")
public record OpenApiProperties(@DefaultValue Contact contact) {

    /**
     * @param name  a team or organisation
     * @param email an address that is read; none when empty
     * @param url   a page about the service; none when empty
     */
    public record Contact(@DefaultValue("Delbart") String name, @DefaultValue("") String email,
            @DefaultValue("") String url) {
    }
}
