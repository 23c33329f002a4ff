package se.delbart.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code delbart.security}.
 *
 * @param adminPassword password of the first admin created at start; blank means "generate one and log it once"
 * @param tokenLifetime default lifetime of a personal access token (capped at {@link #MAX_TOKEN_LIFETIME})
 * @param loginAttempts failed logins on an account, from clients it does not know, after which such clients must
 *        wait {@code loginLockout} (a browser the account logged in from before is not held up)
 * @param loginLockout how long clients an account does not know wait after {@code loginAttempts} failures; also the
 *        longest wait of a client
 * @param clientLoginAttempts failed logins from one client (address, or a known browser), on any accounts, after
 *        which it must wait {@code clientLoginDelay}, twice as long after each further failure (up to
 *        {@code loginLockout}); a client's failures are forgotten after a day without any
 * @param sessionAbsoluteTimeout how long a web session lasts at most, active or not (the idle timeout is
 *        {@code server.servlet.session.timeout})
 */
@ConfigurationProperties(prefix = "delbart.security")
record SecurityProperties(
        String adminPassword,
        @DefaultValue("P90D") Duration tokenLifetime,
        @DefaultValue("5") int loginAttempts,
        @DefaultValue("PT15M") Duration loginLockout,
        @DefaultValue("10") int clientLoginAttempts,
        @DefaultValue("PT1M") Duration clientLoginDelay,
        @DefaultValue("PT12H") Duration sessionAbsoluteTimeout) {

    static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(365);

    SecurityProperties {
        if (loginAttempts < 1 || clientLoginAttempts < 1) {
            throw new IllegalArgumentException(
                    "delbart.security.login-attempts and client-login-attempts must be at least 1");
        }
        if (clientLoginDelay.isNegative() || clientLoginDelay.isZero()) {
            throw new IllegalArgumentException("delbart.security.client-login-delay must be positive");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero() || tokenLifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
            throw new IllegalArgumentException("delbart.security.token-lifetime must be between 1 second and 365 days");
        }
        if (sessionAbsoluteTimeout.isNegative() || sessionAbsoluteTimeout.isZero()) {
            throw new IllegalArgumentException("delbart.security.session-absolute-timeout must be positive");
        }
        if (loginLockout.isNegative()) {
            throw new IllegalArgumentException("delbart.security.login-lockout must not be negative");
        }
    }

    boolean hasAdminPassword() {
        return adminPassword != null && !adminPassword.isBlank();
    }
}
