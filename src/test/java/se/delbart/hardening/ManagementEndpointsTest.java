package se.delbart.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.delbart.security.AccountService;
import se.delbart.shared.Role;

/**
 * The management endpoints on the application port: health (and info) stay open for load balancers and probes;
 * metrics need an administrator's token (a scraper sends one as a bearer token), never an anonymous request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ManagementEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private String token(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, password)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Autowired
    org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups healthGroups;

    @Test
    void readinessWaitsForTheSearchIndexAndLivenessDoesNot() throws Exception {
        assertThat(healthGroups.get("readiness").isMember("searchIndex")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("searchIndex")).isFalse();
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        // a context that starts on a catalogue its index does not hold yet rebuilds it first
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus() == 200);
    }

    @Test
    void healthIsOpenAndMetricsNeedAnAdministrator() throws Exception {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus() == 200);
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String editor = "metrics-editor-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(editor, "Redaktör", null, "management-test-pw", Role.EDITOR, "2260");
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token(editor, "management-test-pw")))
                .andExpect(status().isForbidden());

        // the test profile's first admin (another ADMIN account would disturb tests about the last admin)
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }
}
