package se.delbart.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After a form login, gives the browser a device cookie (unless it has a valid one for this account), so that the
 * account's owner is not held up when someone else's failed guesses make unknown clients wait ({@link LoginAttempts}).
 * Then continues as Spring Security's default: to the page that asked for the login, else the start page.
 */
class DeviceCookieSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginAttempts loginAttempts;

    DeviceCookieSuccessHandler(LoginAttempts loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getDetails() instanceof LoginClient client) {
            String token = loginAttempts.trustDevice(authentication.getName(), client);
            if (token != null) {
                // only the login form needs it; never readable by scripts
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LoginClient.DEVICE_COOKIE, token)
                        .path(request.getContextPath() + "/login").httpOnly(true).secure(request.isSecure())
                        .sameSite("Strict").maxAge(LoginAttempts.DEVICE_LIFETIME).build().toString());
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
