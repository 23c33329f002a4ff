package se.delbart.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session (invalidates it and continues as anonymous, so that protected pages ask for a login) when it is
 * older than {@code delbart.security.session-absolute-timeout}, or when its account was disabled, moved to another role
 * or municipality, or got a new password since the login ({@link AccountSessions#stillValid}). Not a bean: it only
 * lives in the page filter chain, after the security context is loaded from the session.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);

    private final AccountSessions accountSessions;
    private final Duration absoluteTimeout;
    private final Clock clock;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    AccountSessionFilter(AccountSessions accountSessions, Duration absoluteTimeout, Clock clock) {
        this.accountSessions = accountSessions;
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (clock.millis() - session.getCreationTime() > absoluteTimeout.toMillis()) {
                end(session, "it reached its absolute lifetime");
            }
            else if (contextHolder.getContext().getAuthentication() != null
                    && contextHolder.getContext().getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                    && !stillValid(principal)) {
                end(session, "its account " + principal.getUsername() + " changed");
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(AccountPrincipal principal) {
        try {
            return accountSessions.stillValid(principal);
        }
        catch (DataAccessException | TransactionException e) {
            // nothing can be read or written without the database: the request meets the same outage in its
            // handler, which answers 503 (a 500 from here would hide that)
            log.warn("Database unavailable while checking a session: {}", e.getMessage());
            return true;
        }
    }

    private void end(HttpSession session, String why) {
        log.info("Ended a web session: {}", why);
        contextHolder.clearContext();
        try {
            session.invalidate();
        }
        catch (IllegalStateException alreadyInvalidated) {
            // ended concurrently: nothing left to do
        }
    }

    /** Static files need no account; skipping them spares a database lookup per stylesheet and script. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/");
    }
}
