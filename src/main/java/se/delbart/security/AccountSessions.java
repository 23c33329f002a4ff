package se.delbart.security;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends web sessions whose account changed under them. Two mechanisms, so that neither a missed deletion nor a
 * session store without an index leaves a session alive: {@link #endAll} deletes the account's sessions from
 * Spring Session's indexed repository (found by principal name) after the change commits, and
 * {@link #stillValid} compares each session's principal with the account on every page request.
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final UserAccounts accounts;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(UserAccounts accounts,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Whether the account behind a session principal is still the one that logged in: it exists, is enabled, has
     * the same role and municipality, and its password was not reset since ({@code session_generation}).
     */
    @Transactional(readOnly = true)
    boolean stillValid(AccountPrincipal principal) {
        return accounts.findByUsername(principal.getUsername())
                .filter(account -> account.enabled() && account.role() == principal.role()
                        && Objects.equals(account.municipalityCode(), principal.municipalityCode())
                        && account.sessionGeneration() == principal.sessionGeneration())
                .isPresent();
    }

    /** Deletes the account's stored sessions once the surrounding transaction has committed (at once without one). */
    void endAll(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delete(username);
                }
            });
        }
        else {
            delete(username);
        }
    }

    private void delete(String username) {
        sessions.ifAvailable(repository -> {
            var ids = repository.findByPrincipalName(username).keySet();
            ids.forEach(repository::deleteById);
            if (!ids.isEmpty()) {
                log.info("Ended {} web session(s) of account {}", ids.size(), username);
            }
        });
    }
}
