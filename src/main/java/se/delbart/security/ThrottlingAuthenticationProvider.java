package se.delbart.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Username/password authentication (form login and HTTP Basic) that feeds {@link LoginAttempts}: a wrong
 * password counts, a success resets. A locked account fails before its password is checked and does not count.
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
        if (authentication.getCredentials() instanceof String password && AccountRules.passwordTooLong(password)) {
            // BCrypt refuses such input with an IllegalArgumentException; it can never be a stored password.
            loginAttempts.recordFailure(username);
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        }
        catch (BadCredentialsException e) {
            loginAttempts.recordFailure(username);
            throw e;
        }
        loginAttempts.recordSuccess(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
