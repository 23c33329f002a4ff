package se.delbart.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Username/password authentication (form login and HTTP Basic) that feeds {@link LoginAttempts}: a wrong password
 * counts, a success from a client the account does not know
 * resets the account's count. While the client or (for this client) the account must wait, the
 * attempt fails before its password is checked, with the same answer as a wrong password, and counts nowhere.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginAttempts loginAttempts;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginAttempts loginAttempts) {
        this.delegate = delegate;
        this.loginAttempts = loginAttempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        LoginClient client = authentication.getDetails() instanceof LoginClient c ? c : null;
        if (client == null) {
            throw new BadCredentialsException("Bad credentials"); // every login path sets LoginClient details
        }
        if (loginAttempts.mustWait(username, client)) {
            throw new LockedException("Login attempts from this client or on this account must wait");
        }
        if (authentication.getCredentials() instanceof String password && AccountRules.passwordTooLong(password)) {
            // BCrypt refuses such input with an IllegalArgumentException; it can never be a stored password.
            loginAttempts.recordFailure(username, client);
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        }
        catch (BadCredentialsException e) {
            loginAttempts.recordFailure(username, client);
            throw e;
        }
        loginAttempts.recordSuccess(username, client);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
