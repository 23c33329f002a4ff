package se.delbart.security.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import se.delbart.security.AccessTokenService;
import se.delbart.security.IssuedToken;
import se.delbart.security.TokenSummary;
import se.delbart.shared.Actor;

/** Personal access tokens of the calling account. Reachable with HTTP Basic, so a script can get its first token. */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = "application/json")
class TokenApiController {

    record CreateTokenRequest(@Size(max = 100) String name, @Min(1) @Max(365) Integer expiresInDays) {
    }

    /** The secret {@code token} appears in this response only. */
    record CreatedToken(UUID id, String name, String token, Instant expiresAt) {
        static CreatedToken of(IssuedToken issued) {
            return new CreatedToken(issued.id(), issued.name(), issued.token(), issued.expiresAt());
        }
    }

    private final AccessTokenService tokens;

    TokenApiController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(Actor actor, @Valid @RequestBody(required = false) CreateTokenRequest request) {
        CreateTokenRequest body = request == null ? new CreateTokenRequest(null, null) : request;
        return CreatedToken.of(tokens.issue(actor.username(), body.name(), body.expiresInDays()));
    }

    @GetMapping
    List<TokenSummary> list(Actor actor) {
        return tokens.list(actor.username());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable UUID id) {
        tokens.revoke(actor.username(), id);
    }
}
