package se.delbart.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;

/** Issues, lists, revokes and checks personal access tokens ({@code Authorization: Bearer dlb_...}). */
@Service
@Transactional
public class AccessTokenService {

    static final String PREFIX = "dlb_";
    private static final Pattern TOKEN_SHAPE = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(AccessTokenService.class);

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    AccessTokenService(ApiTokens tokens, UserAccounts accounts, SecurityProperties properties, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.accounts = accounts;
        this.properties = properties;
    }

    /**
     * Creates a token for {@code username}. {@code name} defaults to "API token", {@code expiresInDays} to
     * {@code delbart.security.token-lifetime}; at most 365 days.
     */
    public IssuedToken issue(String username, String name, Integer expiresInDays) {
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > SecurityProperties.MAX_TOKEN_LIFETIME.toDays())) {
            throw new InvalidInputException(List.of(new FieldProblem("expiresInDays", "must be between 1 and 365")));
        }
        String tokenName = name == null || name.isBlank() ? "API token" : name.strip();
        if (tokenName.length() > 100) {
            throw new InvalidInputException(List.of(new FieldProblem("name", "must be at most 100 characters")));
        }
        UserAccount user = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("Account", username));
        Duration lifetime = expiresInDays == null ? properties.tokenLifetime() : Duration.ofDays(expiresInDays);
        Instant now = clock.instant();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(user, tokenName, sha256(token), now, now.plus(lifetime)));
        log.info("Account {} created access token {}", username, saved.id());
        return new IssuedToken(saved.id(), saved.name(), token, saved.expiresAt());
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(String username) {
        return tokens.findAllOwnedBy(username).stream().map(ApiToken::toSummary).toList();
    }

    /** Revokes one of the owner's tokens; someone else's token is reported as not found. Idempotent. */
    public void revoke(String username, UUID id) {
        ApiToken token = tokens.findOwned(id, username).orElseThrow(() -> new NotFoundException("Token", id));
        token.revoke(clock.instant());
        log.info("Account {} revoked access token {}", username, id);
    }

    /** The account a presented token stands for, if the token is well-formed, known, unexpired and unrevoked. */
    Optional<AccountPrincipal> authenticate(String presented) {
        if (presented == null || !TOKEN_SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(presented))
                .filter(token -> token.authenticatesAt(now))
                .map(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
                        tokens.touch(token.id(), now, now.minus(TOUCH_INTERVAL));
                    }
                    // Tokens stand beside the password: a password lock (guessing) does not stop them.
                    UserAccount user = token.user();
                    return new AccountPrincipal(user.username(), user.role(), user.actor().municipalityCode(), true,
                            false, null);
                });
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
