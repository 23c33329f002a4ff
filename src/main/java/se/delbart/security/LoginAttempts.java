package se.delbart.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed password logins in app_user, so that the lock holds across instances: after
 * {@code delbart.security.login-attempts} failures the account is locked for {@code login-lockout}.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccounts accounts, SecurityProperties properties, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** Unknown usernames change nothing (and the caller answers exactly as for a wrong password). */
    @Transactional
    void recordFailure(String username) {
        String name = AccountRules.normalizeUsername(username);
        if (accounts.incrementFailedLogins(name) == 0) {
            return;
        }
        if (accounts.lockWhenTooManyFailures(name, properties.loginAttempts(),
                clock.instant().plus(properties.loginLockout())) > 0) {
            log.warn("Account {} locked for {} after {} failed logins", name, properties.loginLockout(),
                    properties.loginAttempts());
        }
    }

    @Transactional
    void recordSuccess(String username) {
        accounts.resetFailedLogins(AccountRules.normalizeUsername(username));
    }
}
