package se.delbart.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for password logins (and for {@code @WithUserDetails} in tests). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(AccountRules.normalizeUsername(username))
                .map(account -> AccountPrincipal.of(account))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
