package se.delbart.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.ObjectMapper;

/** The questionnaire in use: one versioned data file on the classpath, checked at start. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfig {

    static final String CURRENT = "profile/questionnaire-v1.json";

    @Bean
    Questionnaire questionnaire(ObjectMapper json) {
        return load(json, CURRENT);
    }

    static Questionnaire load(ObjectMapper json, String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, Questionnaire.class).validated();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
