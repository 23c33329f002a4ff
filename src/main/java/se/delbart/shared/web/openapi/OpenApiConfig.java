package se.delbart.shared.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.SecurityFilterChain;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import se.delbart.shared.Actor;
import se.delbart.shared.web.WebLimits;

/**
 * The OpenAPI document at {@code /v3/api-docs}: title, build version, the model in words, licence, contact and server
 * from configuration, the two security schemes and the problem schema. What each operation needs and which errors it
 * answers is added from facts ({@link HandlerFacts}, {@link ApiDocumentation}); summaries and descriptions are on the
 * controllers; examples come from the demo ({@link ApiExamples}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";

    static {
        // the calling account is resolved from the authentication, never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI delbartOpenApi(OpenApiProperties properties, ObjectProvider<BuildProperties> build,
            @Value("${delbart.public-url:}") String publicUrl) {
        BuildProperties buildProperties = build.getIfAvailable();
        Contact contact = new Contact().name(properties.contact().name())
                .email(blankToNull(properties.contact().email())).url(blankToNull(properties.contact().url()));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Delbart API")
                        .version(buildProperties == null ? "unversioned" : buildProperties.getVersion())
                        .description(resource("openapi/description.md"))
                        .contact(contact)
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token: create one with `POST /api/v1/tokens` (HTTP "
                                        + "Basic) and send it as `Authorization: Bearer <token>`."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password; accepted only by the token endpoints "
                                        + "(`/api/v1/tokens`), where a new token always needs the password.")));
        String base = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        // without a configured address the document names none: relative to wherever it is served from
        api.servers(List.of(base.isEmpty()
                ? new Server().url("/").description("The Delbart that serves this document")
                : new Server().url(base).description("This Delbart")));
        return api;
    }

    @Bean
    ModelConverter delbartSchemaNames() {
        return new SchemaNames();
    }

    @Bean
    HandlerFacts delbartHandlerFacts(@Value("${spring.data.web.pageable.default-page-size:20}") int defaultSize,
            @Value("${spring.data.web.pageable.max-page-size:2000}") int maxSize) {
        return new HandlerFacts(defaultSize, maxSize);
    }

    @Bean
    OpenApiCustomizer delbartApiDocumentation(List<SecurityFilterChain> chains, WebLimits limits, HandlerFacts facts) {
        return new ApiDocumentation(new AccessRules(chains), facts, limits.maxRequestBody().toBytes());
    }

    /** After the documentation: examples go to the error answers it adds too. */
    @Bean
    OpenApiCustomizer delbartApiExamples() {
        return new ApiExamples();
    }

    private static String resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
