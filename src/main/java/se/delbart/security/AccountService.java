package se.delbart.security;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.municipality.Municipalities;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.Role;
import se.delbart.shared.StaleVersionException;

/**
 * Creates and maintains accounts. Public: other modules (e.g. a demo seeder) create users through it.
 * Every method validates with {@link AccountRules} and throws {@link InvalidAccountException} (a 400 in the API).
 */
@Service
@Transactional
public class AccountService implements PublicNames {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccounts accounts;
    private final Municipalities municipalities;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokens tokens;
    private final AccountSessions sessions;
    private final Clock clock;

    AccountService(UserAccounts accounts, Municipalities municipalities, PasswordEncoder passwordEncoder,
            ApiTokens tokens, AccountSessions sessions, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.sessions = sessions;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates an enabled account. The username is trimmed and lower-cased, then must match {@code [a-z0-9._-]{3,60}}
     * and be unused; the password needs 12 characters (at most 72 bytes).
     */
    public Account createUser(String username, String displayName, String email, String rawPassword, Role role,
            String municipalityCode) {
        String name = AccountRules.normalizeUsername(username);
        String display = AccountRules.blankToNull(displayName);
        String mail = AccountRules.blankToNull(email);
        String kommunkod = AccountRules.blankToNull(municipalityCode);
        new AccountRules()
                .username(name, name != null && accounts.existsByUsername(name))
                .password(rawPassword)
                .profile(display, mail, role, kommunkod, municipalities::existsById)
                .check();
        UserAccount account = accounts.save(new UserAccount(name, display, mail, passwordEncoder.encode(rawPassword),
                role, kommunkod, clock.instant()));
        log.info("Created account {} with role {}", name, role);
        return account.toAccount();
    }

    @Transactional(readOnly = true)
    public boolean existsByUsername(String username) {
        String name = AccountRules.normalizeUsername(username);
        return name != null && accounts.existsByUsername(name);
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(AccountRules.normalizeUsername(username)).map(UserAccount::toAccount);
    }

    /** Display names and municipalities of the given accounts, by username; unknown usernames are left out. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, PublicName> publicNames(java.util.Collection<String> usernames) {
        java.util.Map<String, PublicName> names = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findAllByUsernameIn(java.util.Set.copyOf(usernames))
                    .forEach(account -> names.put(account.username(), account.publicName()));
        }
        return names;
    }

    /** @throws NotFoundException when there is no such account */
    @Transactional(readOnly = true)
    public Account get(long id) {
        return load(id).toAccount();
    }

    @Transactional(readOnly = true)
    public Page<Account> list(Pageable pageable) {
        return accounts.findAll(pageable).map(UserAccount::toAccount);
    }

    /** Accounts with the given role and municipality; null means any. */
    @Transactional(readOnly = true)
    public Page<Account> list(Role role, String municipalityCode, Pageable pageable) {
        return accounts.findFiltered(role, AccountRules.blankToNull(municipalityCode), pageable)
                .map(UserAccount::toAccount);
    }

    /** Replaces display name, e-mail, role, municipality and enabled flag. */
    public Account update(long id, AccountChanges changes) {
        return update(load(id), changes, null);
    }

    /** As {@link #update(long, AccountChanges)} and, unless {@code newPassword} is blank, resets the password too. */
    public Account update(long id, AccountChanges changes, String newPassword) {
        return update(load(id), changes, newPassword == null || newPassword.isEmpty() ? null : newPassword);
    }

    /** As {@link #update(long, AccountChanges)}, but refuses when the account's version is no longer {@code expectedVersion}. */
    public Account update(long id, long expectedVersion, AccountChanges changes) {
        UserAccount account = load(id);
        if (account.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, account.version());
        }
        return update(account, changes, null);
    }

    public Account changeRole(long id, Role role, String municipalityCode) {
        Account a = get(id);
        return update(id, new AccountChanges(a.displayName(), a.email(), role, municipalityCode, a.enabled()));
    }

    public Account setEnabled(long id, boolean enabled) {
        Account a = get(id);
        return update(id, new AccountChanges(a.displayName(), a.email(), a.role(), a.municipalityCode(), enabled));
    }

    /** Sets a new password, lifts a login lock, ends the account's web sessions and revokes its tokens. */
    public void resetPassword(long id, String rawPassword) {
        new AccountRules().password(rawPassword).check();
        UserAccount account = load(id);
        account.changePassword(passwordEncoder.encode(rawPassword));
        log.info("Password of account {} was reset", account.username());
        endSessionsAndTokens(account);
    }

    private Account update(UserAccount account, AccountChanges changes, String newPassword) {
        String display = AccountRules.blankToNull(changes.displayName());
        String mail = AccountRules.blankToNull(changes.email());
        String kommunkod = AccountRules.blankToNull(changes.municipalityCode());
        boolean staysAdmin = changes.role() == Role.ADMIN && changes.enabled();
        boolean isActiveAdmin = account.role() == Role.ADMIN && account.enabled();
        AccountRules rules = new AccountRules()
                .profile(display, mail, changes.role(), kommunkod, municipalities::existsById)
                .keepsAnAdmin(isActiveAdmin && !staysAdmin && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1);
        if (newPassword != null) {
            rules.password(newPassword);
        }
        rules.check();
        boolean authorityChanged = account.change(display, mail, changes.role(), kommunkod, changes.enabled());
        if (newPassword != null) {
            account.changePassword(passwordEncoder.encode(newPassword));
            log.info("Password of account {} was reset", account.username());
        }
        if (authorityChanged || newPassword != null) {
            endSessionsAndTokens(account);
        }
        return accounts.saveAndFlush(account).toAccount();
    }

    /**
     * What was granted under the old role, municipality or password ends: the web sessions (their principal is a
     * copy of the account at login) and the personal access tokens.
     */
    private void endSessionsAndTokens(UserAccount account) {
        int revoked = tokens.revokeAllOf(account.id(), clock.instant());
        log.info("Ended the sessions of account {} and revoked {} token(s)", account.username(), revoked);
        sessions.endAll(account.username());
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }
}
