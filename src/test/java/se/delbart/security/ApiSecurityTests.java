package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

class ApiSecurityTests extends SecurityIntegrationTest {

    @Test
    void anonymousPostToProtectedApiIs401Problem() throws Exception {
        mvc.perform(post("/api/v1/solutions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @Test
    void tokenEndpointOffersBasicAndBearer() throws Exception {
        mvc.perform(get("/api/v1/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, "Bearer", "Basic realm=\"Delbart\""));
    }

    @Test
    void basicAuthGivesTokenThatWorksAsBearer() throws Exception {
        Account editor = newUser(Role.EDITOR);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(editor.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("ci"))
                .andExpect(jsonPath("$.token").value(startsWith("dlb_")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/test/actor").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().string(editor.username() + "|EDITOR|" + STOCKHOLM));
        mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(jsonPath("$[0].revoked").value(false));
        // Only the hash is stored.
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class,
                java.util.UUID.fromString(id))).isEqualTo(AccessTokenService.sha256(token)).doesNotContain(token);
    }

    @Test
    void tokenWithoutBodyGetsDefaultLifetime() throws Exception {
        Account member = newUser(Role.MEMBER);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        java.time.Instant expiresAt = java.time.Instant.parse(JsonPath.read(body, "$.expiresAt"));
        assertThat(expiresAt).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(89)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
    }

    @Test
    void tokenLifetimeOver365DaysIs400() throws Exception {
        Account member = newUser(Role.MEMBER);
        mvc.perform(post("/api/v1/tokens").with(httpBasic(member.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expiresInDays\":366}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
    }

    @Test
    void aBearerTokenCannotCreateTokens() throws Exception {
        Account member = newUser(Role.MEMBER);
        String token = JsonPath.read(createToken(member.username()), "$.token");

        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expiresInDays\":365}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.FORBIDDEN.toString()));
        assertThat(jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id "
                + "where u.username = ?", Integer.class, member.username())).isEqualTo(1);
        // listing and revoking stay possible with the token
        mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void revokedTokenIs401() throws Exception {
        Account member = newUser(Role.MEMBER);
        String body = createToken(member.username());
        String token = JsonPath.read(body, "$.token");
        String id = JsonPath.read(body, "$.id");
        mvc.perform(delete("/api/v1/tokens/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/test/actor").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
        mvc.perform(get("/api/v1/tokens").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(jsonPath("$[0].revoked").value(true));
    }

    @Test
    void expiredTokenIs401() throws Exception {
        Account member = newUser(Role.MEMBER);
        String body = createToken(member.username());
        String token = JsonPath.read(body, "$.token");
        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                java.util.UUID.fromString(JsonPath.read(body, "$.id")));

        mvc.perform(get("/api/v1/test/actor").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()));
    }

    @Test
    void tokenOfDisabledAccountIs401() throws Exception {
        Account member = newUser(Role.MEMBER);
        String token = JsonPath.read(createToken(member.username()), "$.token");
        accounts.setEnabled(member.id(), false);

        mvc.perform(get("/api/v1/test/actor").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void malformedOrUnknownTokenIs401EvenOnPublicEndpoints() throws Exception {
        for (String token : List.of("garbage", "dlb_" + "A".repeat(43), "dlb_' or 1=1 --", "")) {
            mvc.perform(get("/api/v1/municipalities/test/actor").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()));
        }
    }

    @Test
    void publicApiReadsNeedNoToken() throws Exception {
        mvc.perform(get("/api/v1/municipalities/test/actor"))
                .andExpect(status().isOk())
                .andExpect(content().string("anonymous"));
        mvc.perform(get("/api/v1/municipalities/0180")).andExpect(status().isOk());
    }

    @Test
    void cannotRevokeSomeoneElsesToken() throws Exception {
        Account owner = newUser(Role.MEMBER);
        Account other = newUser(Role.MEMBER);
        String id = JsonPath.read(createToken(owner.username()), "$.id");

        mvc.perform(delete("/api/v1/tokens/{id}", id).with(httpBasic(other.username(), PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(Problems.NOT_FOUND.toString()));
    }

    @Test
    void basicAuthIsOnlyForTheTokenEndpoints() throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void wrongBasicPasswordIs401Problem() throws Exception {
        Account member = newUser(Role.MEMBER);
        mvc.perform(post("/api/v1/tokens").with(httpBasic(member.username(), "wrong-password"))
                        .with(from(newClientAddress())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, "Bearer", "Basic realm=\"Delbart\""));
    }

    @Test
    void memberCallingUsersApiIs403Problem() throws Exception {
        Account member = newUser(Role.MEMBER);
        String token = JsonPath.read(createToken(member.username()), "$.token");

        mvc.perform(get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.FORBIDDEN.toString()));
    }

    @Test
    void adminCreatesReadsAndUpdatesUserViaApi() throws Exception {
        String admin = adminToken();
        String location = mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"Kalle.Editor","displayName":"Kalle","email":"kalle@example.se",
                                 "password":"a-long-enough-password","role":"EDITOR","municipalityCode":"1480"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/users/")))
                .andExpect(jsonPath("$.username").value("kalle.editor"))
                .andExpect(jsonPath("$.municipalityCode").value("1480"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("EDITOR"));
        mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"displayName":"Kalle K","role":"ANALYST","enabled":true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ANALYST"))
                .andExpect(jsonPath("$.municipalityCode").doesNotExist());
        mvc.perform(post(location + "/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"another-long-password\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tokens").with(httpBasic("kalle.editor", "another-long-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").param("sort", "passwordHash").param("size", "100").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username").value(hasItem("kalle.editor")))
                .andExpect(jsonPath("$.page.totalElements").isNumber());
    }

    @Test
    void editorWithoutMunicipalityIs400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"no-kommun","displayName":"Utan kommun",
                                 "password":"a-long-enough-password","role":"EDITOR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
        assertThat(accounts.existsByUsername("no-kommun")).isFalse();
    }

    @Test
    void duplicateUsernameAndBadUsernameAre400() throws Exception {
        Account existing = newUser(Role.ANALYST);
        String admin = adminToken();
        for (String username : List.of(existing.username(), "a b", "ab")) {
            mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"username":"%s","displayName":"X","password":"a-long-enough-password","role":"ANALYST"}"""
                                    .formatted(username)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem("username")));
        }
    }

    @Test
    void lastAdminCannotBeDemoted() throws Exception {
        long adminId = accounts.findByUsername("admin").orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.changeRole(adminId, Role.ANALYST, null))
                .isInstanceOf(InvalidAccountException.class);
    }

    private String createToken(String username) throws Exception {
        return mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    private String adminToken() throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.token");
    }
}
