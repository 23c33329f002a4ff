package se.delbart.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The structured-logs option: with {@code DELBART_LOG_FORMAT=ecs} (as docker-compose.yml sets it) the console log is
 * one JSON object per line in the Elastic Common Schema; unset, it is plain text. A minimal application (no beans,
 * but the application's own {@code application.yml}) starts the logging system as the real one does.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StructuredLogsTest {

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    @Test
    @Order(1)
    void ecsFormatWritesOneJsonObjectPerLine(CapturedOutput output) {
        String marker = "structured-log-check-" + UUID.randomUUID();
        logWith(marker, "DELBART_LOG_FORMAT=ecs");

        String line = lineWith(output, marker);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("Delbart " + marker + " with \"quotes\"\nand a new line");
        assertThat(json.path("log").path("level").asString(json.path("log.level").asString())).isEqualTo("WARN");
        assertThat(json.path("service").path("name").asString(json.path("service.name").asString())).isEqualTo("delbart");
        assertThat(json.has("@timestamp")).isTrue();
        assertThat(json.path("ecs").path("version").asString(json.path("ecs.version").asString())).isNotBlank();
    }

    /** Also puts the console back to plain text for the test classes that run after this one in the same JVM. */
    @Test
    @Order(2)
    void plainTextWhenUnset(CapturedOutput output) {
        String marker = "plain-log-check-" + UUID.randomUUID();
        logWith(marker);

        String line = lineWith(output, marker);
        assertThat(line).doesNotStartWith("{").contains(" WARN ").contains("Delbart " + marker);
    }

    private static void logWith(String marker, String... properties) {
        // a test context cached earlier in this JVM left the logging system marked as initialised, and Boot would
        // then keep its format: mark it uninitialised, as a fresh process starts
        LoggingSystem.get(StructuredLogsTest.class.getClassLoader()).cleanUp();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(properties).run()) {
            LoggerFactory.getLogger("se.delbart.logcheck").warn("Delbart {} with \"quotes\"\nand a new line", marker);
        }
    }

    private static String lineWith(CapturedOutput output, String marker) {
        List<String> lines = output.getOut().lines().filter(l -> l.contains(marker)).toList();
        assertThat(lines).as("console lines with the marker").hasSize(1);
        return lines.get(0);
    }
}
