package se.delbart.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;

import com.jayway.jsonpath.JsonPath;

import se.delbart.shared.Role;

/**
 * A web session and the tokens of an account end when an admin takes away what they were granted for: disabling,
 * another role or municipality, a password reset. Sessions also end after an absolute lifetime.
 */
class SessionRevocationTests extends SecurityIntegrationTest {

    @Autowired
    SecurityProperties properties;

    @Test
    void disablingAndMovingAnAccountEndsItsSession() throws Exception {
        Account editor = newUser(Role.EDITOR);
        MockHttpSession session = login(editor.username());
        mvc.perform(get("/test/actor").session(session))
                .andExpect(content().string(editor.username() + "|EDITOR|" + STOCKHOLM));

        accounts.update(editor.id(), new AccountChanges(editor.displayName(), null, Role.EDITOR, "1480", false));

        mvc.perform(get("/test/actor").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anotherMunicipalityEndsTheSession() throws Exception {
        Account editor = newUser(Role.EDITOR);
        MockHttpSession session = login(editor.username());

        accounts.changeRole(editor.id(), Role.EDITOR, "1480");

        mvc.perform(get("/test/actor").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anotherRoleEndsTheSession() throws Exception {
        Account editor = newUser(Role.EDITOR);
        MockHttpSession session = login(editor.username());

        accounts.changeRole(editor.id(), Role.MEMBER, STOCKHOLM);

        mvc.perform(get("/test/actor").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void passwordResetEndsTheSessionAndRevokesTheTokens() throws Exception {
        Account member = newUser(Role.MEMBER);
        MockHttpSession session = login(member.username());
        String token = JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/tokens").with(httpBasic(member.username(), PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");

        accounts.resetPassword(member.id(), "a-brand-new-password");

        mvc.perform(get("/test/actor").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/test/actor").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aNewDisplayNameKeepsTheSession() throws Exception {
        Account member = newUser(Role.MEMBER);
        MockHttpSession session = login(member.username());

        accounts.update(member.id(), new AccountChanges("Nytt Namn", null, Role.MEMBER, STOCKHOLM, true));

        mvc.perform(get("/test/actor").session(session))
                .andExpect(content().string(member.username() + "|MEMBER|" + STOCKHOLM));
    }

    @Test
    void aSessionOlderThanTheAbsoluteLifetimeEnds() throws Exception {
        Account member = newUser(Role.MEMBER);
        MockHttpSession fresh = login(member.username());
        MockHttpSession old = new SessionCreatedAt(System.currentTimeMillis()
                - properties.sessionAbsoluteTimeout().plus(Duration.ofMinutes(1)).toMillis());
        for (String name : Collections.list(fresh.getAttributeNames())) {
            old.setAttribute(name, fresh.getAttribute(name));
        }

        mvc.perform(get("/test/actor").session(old)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/test/actor").session(fresh))
                .andExpect(content().string(member.username() + "|MEMBER|" + STOCKHOLM));
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }

    /** A session that was created long ago (MockHttpSession fixes its creation time at construction). */
    static final class SessionCreatedAt extends MockHttpSession {

        private final long createdAt;

        SessionCreatedAt(long createdAt) {
            this.createdAt = createdAt;
        }

        @Override
        public long getCreationTime() {
            return createdAt;
        }
    }
}
