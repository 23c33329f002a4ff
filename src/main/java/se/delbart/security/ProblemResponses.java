package se.delbart.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.delbart.shared.web.Problems;
import tools.jackson.databind.ObjectMapper;

/**
 * 401 and 403 of the API as application/problem+json. These happen in the filter chain, before any controller,
 * so the {@code ApiProblemHandler} cannot answer them.
 */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** @param offerBasic whether the endpoint also accepts HTTP Basic (the token endpoints) */
    AuthenticationEntryPoint entryPoint(boolean offerBasic) {
        return (request, response, exception) -> unauthenticated(request, response, exception, offerBasic);
    }

    /**
     * Requests the firewall refuses (encoded slashes, semicolons, "..", control characters in the address): 400
     * problem+json under /api, the normal 400 error page elsewhere. The refused address is not echoed.
     */
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
        return (request, response, exception) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", Problems.MALFORMED_REQUEST.toString());
                body.put("title", "Malformed request");
                body.put("status", 400);
                body.put("detail", "The address contains characters or sequences that are not allowed.");
                response.setStatus(400);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), body);
            } else {
                response.sendError(400);
            }
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> forbidden(request, response, exception);
    }

    private void unauthenticated(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception, boolean offerBasic) throws IOException {
        String detail;
        String bearer;
        if (exception instanceof InvalidAccessTokenException) {
            detail = "The access token is invalid, expired or revoked. Create a new one at /api/v1/tokens.";
            bearer = "Bearer error=\"invalid_token\"";
        }
        else if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            // Wrong password, unknown user, locked or disabled account: deliberately the same answer.
            detail = "The credentials were not accepted.";
            bearer = "Bearer";
        }
        else {
            detail = offerBasic
                    ? "Log in with HTTP Basic (username and password) or send 'Authorization: Bearer <token>'."
                    : "Send a personal access token as 'Authorization: Bearer <token>'; create one with POST /api/v1/tokens.";
            bearer = "Bearer";
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, bearer);
        if (offerBasic) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Delbart\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated", detail);
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                "Your account is not allowed to do this.");
    }

    /**
     * The database could not be asked about the credentials (down, or no pooled connection within the timeout):
     * 503 with Retry-After, as the API's advice answers the same failure inside a controller, never a 500.
     */
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                "A service Delbart depends on (such as search) is temporarily unavailable. Please try again in a little while.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
