package se.delbart.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.shared.NotFoundException;

/**
 * One-time links for a new account's first password: a random 256-bit secret that only its holder knows (the table
 * keeps its SHA-256), valid for {@link #LIFETIME} and for one use. Issuing a new link for an account voids the older
 * ones.
 */
@Service
@Transactional
public class AccountSetupLinks {

    static final Duration LIFETIME = Duration.ofDays(7);
    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Logger log = LoggerFactory.getLogger(AccountSetupLinks.class);

    private final JdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountSetupLinks(JdbcTemplate jdbc, UserAccounts accounts, PasswordEncoder passwordEncoder,
            AccountSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new secret for the account's link (the path {@code /konto/losenord/{secret}}); older links stop working. */
    public String issue(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        Instant now = clock.instant();
        jdbc.update("delete from account_setup_token where user_id = ? or expires_at < ?", accountId,
                Timestamp.from(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into account_setup_token (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)",
                AccessTokenService.sha256(secret), accountId, Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)));
        log.info("Issued a password setup link for account {}", account.username());
        return secret;
    }

    /** The username the link is for, while it is valid. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String secret) {
        if (secret == null || !SECRET_SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        List<String> found = jdbc.queryForList("""
                select u.username from account_setup_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.expires_at > ?""", String.class,
                AccessTokenService.sha256(secret), Timestamp.from(clock.instant()));
        return found.stream().findFirst();
    }

    /**
     * Sets the password through a valid link and spends the link. Returns the username, or empty when the link is
     * unknown, used or expired.
     *
     * @throws InvalidAccountException when the password breaks the rules (the link stays valid)
     */
    public Optional<String> setPassword(String secret, String rawPassword) {
        Optional<String> username = usernameFor(secret);
        if (username.isEmpty()) {
            return Optional.empty();
        }
        new AccountRules().password(rawPassword).check();
        // the delete decides who spends the link when two submits race
        if (jdbc.update("delete from account_setup_token where token_hash = ? and expires_at > ?",
                AccessTokenService.sha256(secret), Timestamp.from(clock.instant())) != 1) {
            return Optional.empty();
        }
        UserAccount account = accounts.findByUsername(username.get()).orElseThrow();
        account.changePassword(passwordEncoder.encode(rawPassword));
        accounts.saveAndFlush(account);
        sessions.endAll(account.username());
        log.info("Account {} set its password through a setup link", account.username());
        return username;
    }
}
