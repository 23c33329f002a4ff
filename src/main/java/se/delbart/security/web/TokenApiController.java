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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

    @Operation(operationId = "createToken", summary = "Create a personal access token",
            description = """
                    Creates a token for the calling account, authenticated with its password (HTTP Basic): a bearer \
                    token cannot create another one (403). The secret `token` is in this answer only. `name` (at most \
                    100 characters) tells tokens apart; `expiresInDays` (1–365) defaults to the configured lifetime \
                    (90 days). The body may be left out.""")
    @ApiResponse(responseCode = "403", description = "The request was authenticated with a bearer token: a new token needs the password.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(Actor actor, @Valid @RequestBody(required = false) CreateTokenRequest request) {
        CreateTokenRequest body = request == null ? new CreateTokenRequest(null, null) : request;
        return CreatedToken.of(tokens.issue(actor.username(), body.name(), body.expiresInDays()));
    }

    @Operation(operationId = "listTokens", summary = "List the calling account's tokens",
            description = "The tokens of the calling account, without their secrets: name, creation, expiry, last use.")
    @GetMapping
    List<TokenSummary> list(Actor actor) {
        return tokens.list(actor.username());
    }

    @Operation(operationId = "revokeToken", summary = "Revoke a token",
            description = "Revokes one of the calling account's tokens at once; another account's token is not found (404).")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable UUID id) {
        tokens.revoke(actor.username(), id);
    }
}
