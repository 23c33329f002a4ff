package se.delbart.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal access token. A request without a bearer
 * header passes on untouched; a bad token ends the request with 401, even on endpoints anonymous users may read,
 * so that a client notices its token no longer works. Not a bean: it only lives in the API filter chains.
 */
class AccessTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessTokenAuthenticationFilter.class);
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();
    private final WebAuthenticationDetailsSource detailsSource = new WebAuthenticationDetailsSource();

    AccessTokenAuthenticationFilter(AccessTokenService tokens, AuthenticationEntryPoint entryPoint,
            ProblemResponses problems) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        java.util.Optional<AccountPrincipal> principal;
        try {
            principal = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // a plain lookup by hash: any failure of it means the database is unreachable or overloaded (e.g. a
            // connection cut mid-transaction surfaces as a failed rollback). Outside Spring MVC, so the API's advice
            // does not see it: answered here, as a 503, not a 500
            log.warn("Database unavailable while checking an access token: {}", e.getMessage());
            contextHolder.clearContext();
            problems.databaseUnavailable(request, response);
            return;
        }
        if (principal.isEmpty()) {
            contextHolder.clearContext();
            entryPoint.commence(request, response, new InvalidAccessTokenException());
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities());
        authentication.setDetails(detailsSource.buildDetails(request));
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
