package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

class PageSecurityTests extends SecurityIntegrationTest {

    @Autowired
    SecurityProperties properties;

    @Test
    void loginPageRendersWithSecurityHeaders() throws Exception {
        mvc.perform(swedish(get("/login")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")))
                .andExpect(content().string(containsString("<label for=\"username\">Användarnamn</label>")))
                .andExpect(content().string(containsString("<main id=\"main\"")))
                .andExpect(content().string(not(containsString("<main>"))))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void loginPageSpeaksEnglish() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en").param("lang", "en"))
                .andExpect(content().string(containsString("<label for=\"username\">Username</label>")));
    }

    @Test
    void loginErrorIsShownAtTheForm() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void hstsOnSecureRequestsAndCspOnApi() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/api/v1/municipalities/0180"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void swaggerUiGetsInlineStylesOnly() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.SWAGGER_UI_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
    }

    @Test
    void formLoginWithoutCsrfTokenIs403() throws Exception {
        Account member = newUser(Role.MEMBER);
        mvc.perform(post("/login").param("username", member.username()).param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void formLoginSucceedsAndRedirects() throws Exception {
        Account member = newUser(Role.MEMBER);
        mvc.perform(formLogin("/login").user(member.username()).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(member.username()).withRoles("MEMBER"));
    }

    @Test
    void formLoginFailureRedirectsToLoginError() throws Exception {
        Account member = newUser(Role.MEMBER);
        String client = newClientAddress();
        mvc.perform(login(member.username(), "not-the-password", client))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(login("nobody-" + member.username(), "not-the-password", client))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void sessionCarriesTheActorAndLogoutEndsIt() throws Exception {
        Account editor = newUser(Role.EDITOR);
        MockHttpSession session = (MockHttpSession) mvc
                .perform(formLogin("/login").user(editor.username()).password(PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/test/actor").session(session))
                .andExpect(content().string(editor.username() + "|EDITOR|" + STOCKHOLM));
        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/test/actor").session(session))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anonymousActorIsNullOnPublicPages() throws Exception {
        // /test/actor needs login (it is not on the public list); the public API variant shows null → "anonymous".
        mvc.perform(get("/api/v1/municipalities/test/actor")).andExpect(content().string("anonymous"));
    }

    @Test
    void wrongPasswordsMakeUnknownClientsWaitUntilTheLockoutPasses() throws Exception {
        Account member = newUser(Role.MEMBER);
        for (int i = 0; i < properties.loginAttempts(); i++) {
            mvc.perform(login(member.username(), "wrong-" + i, newClientAddress()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.get(member.id()).isLockedAt(Instant.now())).isTrue();

        // Even the right password fails now from a client the account does not know, with the same generic answer,
        // for the form and for HTTP Basic (LoginThrottleTests: a browser the account knows still gets in).
        mvc.perform(login(member.username(), PASSWORD, newClientAddress()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(member.username(), PASSWORD)).with(from(newClientAddress())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(Problems.UNAUTHENTICATED.toString()));

        jdbc.update("update app_user set locked_until = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                member.id());
        mvc.perform(login(member.username(), PASSWORD, newClientAddress()))
                .andExpect(authenticated());
        assertThat(jdbc.queryForObject("select failed_logins from app_user where id = ?", Integer.class, member.id()))
                .isZero();
    }

    @Test
    void successResetsTheFailureCount() throws Exception {
        Account member = newUser(Role.MEMBER);
        String client = newClientAddress();
        for (int i = 0; i < properties.loginAttempts() - 1; i++) {
            mvc.perform(login(member.username(), "wrong", client));
        }
        mvc.perform(login(member.username(), PASSWORD, client)).andExpect(authenticated());
        mvc.perform(login(member.username(), "wrong", client));
        mvc.perform(login(member.username(), PASSWORD, client)).andExpect(authenticated());
    }

    @Test
    void overlongPasswordIsAnOrdinaryFailure() throws Exception {
        Account member = newUser(Role.MEMBER);
        mvc.perform(login(member.username(), "x".repeat(200), newClientAddress()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void protectedPagesRedirectToLogin() throws Exception {
        mvc.perform(get("/losningar/ny")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/anvandare")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        Account member = newUser(Role.MEMBER);
        MockHttpSession session = login(member.username(), PASSWORD);
        mvc.perform(get("/admin/anvandare").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theAdministrationPageLeadsToEveryAdminPage() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin").session(login("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/anvandare\""),
                        containsString("href=\"/admin/sok\""), containsString("href=\"/admin/portfoljansvariga\""),
                        containsString("href=\"/admin/tillgang\""))));
    }

    @Test
    void adminListsAndCreatesUsersWithPostRedirectGet() throws Exception {
        MockHttpSession admin = login("admin", ADMIN_PASSWORD);
        mvc.perform(get("/admin/anvandare").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("admin")));
        mvc.perform(get("/admin/anvandare/ny").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"0180\">Stockholm (0180)</option>")));

        mvc.perform(post("/admin/anvandare/ny").session(admin).with(csrf())
                        .param("username", "page-editor").param("displayName", "Sida Redaktör")
                        .param("role", "EDITOR").param("municipalityCode", "1480")
                        .param("enabled", "true").param("password", "page-editor-password"))
                .andExpect(redirectedUrl("/admin/anvandare"))
                .andExpect(flash().attribute("created", "page-editor"));
        assertThat(accounts.findByUsername("page-editor")).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.EDITOR);
            assertThat(a.municipalityCode()).isEqualTo("1480");
        });
    }

    @Test
    void adminFormShowsErrorsAtTheFields() throws Exception {
        MockHttpSession admin = login("admin", ADMIN_PASSWORD);
        mvc.perform(swedish(post("/admin/anvandare/ny")).session(admin).with(csrf())
                        .param("username", "X Y").param("displayName", "").param("role", "EDITOR")
                        .param("municipalityCode", "").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalityCode-error\"")))
                .andExpect(content().string(containsString("Välj en kommun")))
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"role-hint municipalityCode-error\"")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
        assertThat(accounts.existsByUsername("x y")).isFalse();
    }

    @Test
    void adminEditsAUser() throws Exception {
        Account member = newUser(Role.MEMBER);
        MockHttpSession admin = login("admin", ADMIN_PASSWORD);
        mvc.perform(get("/admin/anvandare/{id}", member.id()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.username())));
        mvc.perform(post("/admin/anvandare/{id}", member.id()).session(admin).with(csrf())
                        .param("displayName", "Ny Analytiker").param("role", "ANALYST").param("municipalityCode", "")
                        .param("enabled", "true").param("password", ""))
                .andExpect(redirectedUrl("/admin/anvandare"))
                .andExpect(flash().attribute("updated", member.username()));
        assertThat(accounts.get(member.id()).role()).isEqualTo(Role.ANALYST);
        assertThat(accounts.get(member.id()).municipalityCode()).isNull();
    }

    /** Swedish whichever locale resolver is configured (Accept-Language, or a ?lang switch). */
    private static MockHttpServletRequestBuilder swedish(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "sv").param("lang", "sv");
    }

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
