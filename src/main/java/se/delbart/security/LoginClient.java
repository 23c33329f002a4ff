package se.delbart.security;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who tries to log in, for throttling: the client's address and the device cookie it presents (a secret Delbart gave
 * the browser at an earlier login). The cookie's value is transient: it never goes into a stored session.
 */
final class LoginClient extends WebAuthenticationDetails {

    static final String DEVICE_COOKIE = "delbart-device";
    private static final long serialVersionUID = 1L;

    private final transient String deviceToken;

    LoginClient(HttpServletRequest request) {
        super(request);
        this.deviceToken = deviceToken(request);
    }

    String address() {
        return getRemoteAddress() == null ? "unknown" : getRemoteAddress();
    }

    /** The presented device cookie, or null. */
    String deviceToken() {
        return deviceToken;
    }

    private static String deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && cookie.getValue().length() <= 64) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
