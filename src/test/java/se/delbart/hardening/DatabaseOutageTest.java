package se.delbart.hardening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.delbart.security.AccessTokenService;
import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;
import se.delbart.testsupport.PostgresTestExtension;
import se.delbart.testsupport.TestDatabases;

/**
 * PostgreSQL goes away (a proxy between the application and the server is cut) and comes back: API calls answer
 * 503 problem+json, readiness is DOWN, and both recover without a restart.
 */
@ExtendWith(PostgresTestExtension.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageTest {

    static TcpProxy proxy;

    @DynamicPropertySource
    static void databaseThroughProxy(DynamicPropertyRegistry registry) {
        TestDatabases.Postgres database = TestDatabases.postgres();
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        String url = database.jdbcUrl().replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
        database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    @AfterAll
    static void cleanUp() {
        if (proxy != null) { // null when PostgreSQL is not configured and the class was skipped
            proxy.close();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Test
    void outageIs503AndReadinessDownAndBothRecoverWithoutRestart() throws Exception {
        mvc.perform(get("/api/v1/municipalities/2260")).andExpect(status().isOk());
        // ready once the search index agrees with the catalogue the shared database already holds
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus() == 200);

        String editor = "outage-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(editor, "Redaktör", null, "outage-test-password", Role.EDITOR, "2260");
        String token = "Bearer " + tokens.issue(editor, "outage", 1).token();

        proxy.cut();
        // the bearer token is checked in a filter, before Spring MVC's advice: also a 503 there, not a 500
        mvc.perform(get("/api/v1/inbox").header("Authorization", token))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.SERVICE_UNAVAILABLE.toString()));
        mvc.perform(get("/api/v1/municipalities/2260"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.SERVICE_UNAVAILABLE.toString()));
        mvc.perform(get("/api/v1/solutions"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // pages too: a 503 page with Retry-After, not a 500
        mvc.perform(get("/losningar"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

        proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            mvc.perform(get("/api/v1/municipalities/2260")).andExpect(status().isOk());
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        });
    }
}
