package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.servlet.http.Cookie;
import se.delbart.shared.Role;

/**
 * Password guessing is throttled per client and per account, the OWASP way: a client that keeps failing must wait
 * longer and longer, whichever accounts it tries; an account that keeps failing makes clients it does not know wait,
 * while a browser it logged in from before (a device cookie) still gets in.
 */
class LoginThrottleTests extends SecurityIntegrationTest {

    @Autowired
    SecurityProperties properties;

    @Test
    void fiftyFailuresFromOneClientDoNotKeepTheOwnerOutOfItsKnownBrowser() throws Exception {
        Account ange = newUser(Role.EDITOR);
        String attacker = newClientAddress();
        String owner = newClientAddress();
        Cookie device = mvc.perform(login(ange.username(), PASSWORD, owner))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookie(LoginClient.DEVICE_COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        for (int i = 0; i < 50; i++) {
            mvc.perform(login(ange.username(), "guess-" + i, attacker))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }

        mvc.perform(login(ange.username(), PASSWORD, owner, device))
                .andExpect(authenticated().withUsername(ange.username()));
        // the attacker's client must wait, even with the right password
        mvc.perform(login(ange.username(), PASSWORD, attacker))
                .andExpect(unauthenticated());
        assertThat(accounts.get(ange.id()).lockedUntil()).isAfter(Instant.now());
    }

    @Test
    void aClientThatFailsOnManyAccountsMustWait() throws Exception {
        String sprayer = newClientAddress();
        for (int i = 0; i < properties.clientLoginAttempts(); i++) {
            Account victim = newUser(Role.MEMBER);
            mvc.perform(login(victim.username(), "Sommar2026!!", sprayer))
                    .andExpect(unauthenticated());
        }
        Account own = newUser(Role.MEMBER);
        mvc.perform(login(own.username(), PASSWORD, sprayer))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        // other clients are not affected
        mvc.perform(login(own.username(), PASSWORD, newClientAddress()))
                .andExpect(authenticated());

        // once the client's delay has passed it may try again
        jdbc.update("update login_client set blocked_until = ?", Timestamp.from(Instant.now().minusSeconds(1)));
        mvc.perform(login(own.username(), PASSWORD, sprayer))
                .andExpect(authenticated());
    }

    @Test
    void attemptsWhileAnAccountMakesUnknownClientsWaitDoNotProlongTheWait() throws Exception {
        Account member = newUser(Role.MEMBER);
        for (int i = 0; i < properties.loginAttempts(); i++) {
            mvc.perform(login(member.username(), "wrong-" + i, newClientAddress()))
                    .andExpect(unauthenticated());
        }
        Instant until = accounts.get(member.id()).lockedUntil();
        assertThat(until).isAfter(Instant.now());
        for (int i = 0; i < 10; i++) {
            mvc.perform(login(member.username(), "more-" + i, newClientAddress()))
                    .andExpect(unauthenticated());
        }
        assertThat(accounts.get(member.id()).lockedUntil()).isEqualTo(until);
    }

    @Test
    void aDeviceCookieOfAnotherAccountIsNoKnownClient() throws Exception {
        Account first = newUser(Role.MEMBER);
        Account second = newUser(Role.MEMBER);
        Cookie device = mvc.perform(login(first.username(), PASSWORD, newClientAddress()))
                .andReturn().getResponse().getCookie(LoginClient.DEVICE_COOKIE);
        for (int i = 0; i < properties.loginAttempts(); i++) {
            mvc.perform(login(second.username(), "wrong-" + i, newClientAddress()));
        }
        mvc.perform(login(second.username(), PASSWORD, newClientAddress(), device))
                .andExpect(unauthenticated());
    }
}
