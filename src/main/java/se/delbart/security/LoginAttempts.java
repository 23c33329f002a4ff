package se.delbart.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing in the database, so that it holds across instances. Two counters, the OWASP way
 * (docs/security.md, V2.2.1), and neither is a lock an anonymous caller can keep renewing:
 * <ul>
 * <li><b>per client</b> (its address, or a browser the account knows): after {@code client-login-attempts} failures on
 * any accounts the client waits {@code client-login-delay}, twice as long after each further failure, at most
 * {@code login-lockout}; its failures are forgotten a day after the last one;</li>
 * <li><b>per account</b>: after {@code login-attempts} failures, clients the account does not know wait
 * {@code login-lockout}. A browser the account logged in from before (its device cookie) is not held up, so the owner
 * still gets in; its own failures count on it, and enough of them end its trust.</li>
 * </ul>
 * Attempts refused while waiting are not checked and count nowhere, so they cannot prolong a wait.
 */
@Component
class LoginAttempts {

    static final Duration CLIENT_MEMORY = Duration.ofDays(1);
    static final Duration DEVICE_LIFETIME = Duration.ofDays(180);
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginAttempts(UserAccounts accounts, JdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Whether to refuse an attempt without checking its password: the client, or the account for this client, waits. */
    @Transactional(readOnly = true)
    boolean mustWait(String username, LoginClient client) {
        Instant now = clock.instant();
        String name = AccountRules.normalizeUsername(username);
        String deviceHash = knownDevice(name, client);
        Instant clientWaitsUntil = jdbc.query("select blocked_until from login_client where client_key = ?",
                (rs, row) -> instant(rs.getTimestamp(1)), clientKey(client, deviceHash)).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (clientWaitsUntil != null && clientWaitsUntil.isAfter(now)) {
            return true;
        }
        return deviceHash == null && name != null
                && accounts.findByUsername(name).map(account -> account.isLockedAt(now)).orElse(false);
    }

    /** Counts a failure for the client and, unless the client is a browser the account knows, for the account. */
    @Transactional
    void recordFailure(String username, LoginClient client) {
        Instant now = clock.instant();
        String name = AccountRules.normalizeUsername(username);
        String deviceHash = knownDevice(name, client);
        recordClientFailure(clientKey(client, deviceHash), now);
        if (deviceHash != null) {
            jdbc.update("update login_device set failures = failures + 1 where token_hash = ?", deviceHash);
            if (jdbc.update("delete from login_device where token_hash = ? and failures >= ?", deviceHash,
                    properties.loginAttempts()) > 0) {
                log.warn("A browser of account {} is no longer trusted after {} failed logins", name,
                        properties.loginAttempts());
            }
            return;
        }
        if (name == null || accounts.incrementFailedLogins(name) == 0) {
            return; // unknown usernames change no account (and the caller answers exactly as for a wrong password)
        }
        if (accounts.lockWhenTooManyFailures(name, properties.loginAttempts(), now.plus(properties.loginLockout())) > 0) {
            log.warn("Clients account {} does not know wait {} after {} failed logins", name,
                    properties.loginLockout(), properties.loginAttempts());
        }
    }

    /**
     * A success from a client the account does not know resets the account's count (it could only happen while such
     * clients need not wait); one from a known browser leaves the wait of unknown clients as it is.
     */
    @Transactional
    void recordSuccess(String username, LoginClient client) {
        String name = AccountRules.normalizeUsername(username);
        if (knownDevice(name, client) == null) {
            accounts.resetFailedLogins(name);
        }
    }

    /**
     * Remembers the browser of a successful login: returns a new device cookie secret when the client presented none
     * that is valid for this account, else null (its failures start over).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    String trustDevice(String username, LoginClient client) {
        String name = AccountRules.normalizeUsername(username);
        String known = knownDevice(name, client);
        if (known != null) {
            jdbc.update("update login_device set failures = 0 where token_hash = ?", known);
            return null;
        }
        Instant now = clock.instant();
        jdbc.update("delete from login_device where created_at < ?", Timestamp.from(now.minus(DEVICE_LIFETIME)));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("""
                insert into login_device (token_hash, user_id, failures, created_at)
                select ?, id, 0, ? from app_user where username = ?""",
                AccessTokenService.sha256(token), Timestamp.from(now), name);
        return token;
    }

    /** The hash of the client's device cookie if it belongs to this account, else null. */
    private String knownDevice(String username, LoginClient client) {
        if (username == null || client.deviceToken() == null) {
            return null;
        }
        String hash = AccessTokenService.sha256(client.deviceToken());
        List<String> found = jdbc.queryForList("""
                select d.token_hash from login_device d join app_user u on u.id = d.user_id
                where d.token_hash = ? and u.username = ? and d.created_at >= ?""", String.class,
                hash, username, Timestamp.from(clock.instant().minus(DEVICE_LIFETIME)));
        return found.isEmpty() ? null : hash;
    }

    private static String clientKey(LoginClient client, String deviceHash) {
        return deviceHash != null ? "device:" + deviceHash : "address:" + client.address();
    }

    private void recordClientFailure(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgotten = Timestamp.from(now.minus(CLIENT_MEMORY));
        jdbc.update("delete from login_client where last_failure_at < ?", forgotten);
        int updated = jdbc.update("""
                update login_client set failures = failures + 1, last_failure_at = ? where client_key = ?""", at, key);
        // a concurrent first failure may insert the row first: no exception (it would abort the transaction on
        // PostgreSQL), count on the row it made instead
        if (updated == 0 && jdbc.update("""
                insert into login_client (client_key, failures, last_failure_at) values (?, 1, ?)
                on conflict do nothing""", key, at) == 0) {
            jdbc.update("""
                    update login_client set failures = failures + 1, last_failure_at = ? where client_key = ?""",
                    at, key);
        }
        Integer failures = jdbc.queryForObject("select failures from login_client where client_key = ?", Integer.class,
                key);
        int beyond = failures - properties.clientLoginAttempts();
        if (beyond >= 0) {
            Duration wait = properties.clientLoginDelay().multipliedBy(1L << Math.min(beyond, 20));
            if (wait.compareTo(properties.loginLockout()) > 0) {
                wait = properties.loginLockout();
            }
            jdbc.update("update login_client set blocked_until = ? where client_key = ?", Timestamp.from(now.plus(wait)),
                    key);
            log.warn("Login client {} waits {} after {} failed logins", key.startsWith("device:") ? "(a browser)" : key,
                    wait, failures);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
