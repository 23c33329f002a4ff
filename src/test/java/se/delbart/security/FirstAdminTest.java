package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.delbart.shared.Role;

class FirstAdminTest {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void doesNothingWhenAnAdminExists() {
        when(accounts.adminExists()).thenReturn(true);
        new FirstAdmin(accounts, properties("")).run(null);
        verify(accounts, never()).createUser(any(), any(), any(), any(), any(), any());
    }

    @Test
    void usesTheConfiguredPassword() {
        new FirstAdmin(accounts, properties("configured-password")).run(null);
        verify(accounts).createUser(eq("admin"), anyString(), isNull(), eq("configured-password"), eq(Role.ADMIN), isNull());
    }

    @Test
    void generatesARandomPasswordWhenNoneIsConfigured() {
        new FirstAdmin(accounts, properties(" ")).run(null);
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(accounts).createUser(eq("admin"), anyString(), isNull(), password.capture(), eq(Role.ADMIN), isNull());
        assertThat(password.getValue()).hasSize(20).matches("[A-Za-z0-9]+");
    }

    private static SecurityProperties properties(String adminPassword) {
        return new SecurityProperties(adminPassword, Duration.ofDays(90), 5, Duration.ofMinutes(15), 10,
                Duration.ofMinutes(1), Duration.ofHours(12));
    }
}
