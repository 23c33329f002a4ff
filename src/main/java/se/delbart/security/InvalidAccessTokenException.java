package se.delbart.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token was sent but is malformed, unknown, expired or revoked. */
class InvalidAccessTokenException extends AuthenticationException {

    InvalidAccessTokenException() {
        super("Invalid access token");
    }
}
