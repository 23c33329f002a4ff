package se.delbart.security;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * Common set-up of the security tests: one application context (cached) shared by every subclass, on its own in-memory
 * database, so that users other test classes create cannot change what the last-admin and user-list tests see.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:delbart-security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SecurityIntegrationTest.ActorEchoController.class)
abstract class SecurityIntegrationTest {

    static final String PASSWORD = "correct-horse-battery";
    static final String ADMIN_PASSWORD = "admin-test-password";
    static final String STOCKHOLM = "0180";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** A fresh account with a unique name, so that tests sharing the database do not interfere. */
    Account newUser(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createUser(username, "Test " + role, null, PASSWORD, role,
                role.belongsToMunicipality() ? STOCKHOLM : null);
    }

    /**
     * A client address no other test uses: login failures are throttled per client, and every MockMvc request
     * comes from 127.0.0.1 unless told otherwise.
     */
    static String newClientAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A form login (with its CSRF token) from the given client address, with the given cookies. */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
            String password, String clientAddress, jakarta.servlet.http.Cookie... cookies) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", username).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(clientAddress));
        return cookies.length == 0 ? request : request.cookie(cookies);
    }

    /** Echoes the resolved {@link Actor}, on a page path and an API path. */
    @Hidden
    @RestController
    static class ActorEchoController {

        @GetMapping({ "/test/actor", "/api/v1/test/actor", "/api/v1/municipalities/test/actor" })
        String actor(Actor actor) {
            return actor == null ? "anonymous"
                    : actor.username() + "|" + actor.role() + "|" + actor.municipalityCode();
        }
    }
}
