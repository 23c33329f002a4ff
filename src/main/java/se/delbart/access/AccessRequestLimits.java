package se.delbart.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of {@link FixedWindow} rate limits, in the database so that they hold across instances (the way
 * {@code login_client} throttles logins): table {@code access_request_limit}, one row per key. Keys are hashed, so the
 * table holds no address in clear. Each write commits on its own, so an attempt counts even when the request it belongs
 * to fails later, and a concurrent first attempt (a duplicate key) costs no one else's transaction.
 */
@Component
class AccessRequestLimits {

    private static final int MAX_ROUNDS = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AccessRequestLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts one attempt for {@code kind:value} at {@code now} and returns the key's count in its window: the next
     * count as {@link FixedWindow#next} has it, written only if the stored count is still the one it was computed from
     * (compare and set), else read again and retried, so that concurrent attempts on any instance each count once.
     */
    FixedWindow.Count attempt(String kind, String value, FixedWindow window, Instant now) {
        String key = kind + ":" + sha256(value);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            FixedWindow.Count stored = read(key);
            FixedWindow.Count next = window.next(stored, now);
            if (stored == null ? insert(key, next) : replace(key, stored, next)) {
                return next;
            }
        }
        throw new IllegalStateException("The rate limit of " + kind + " stayed contended for " + MAX_ROUNDS + " rounds");
    }

    private FixedWindow.Count read(String key) {
        return jdbc.query("select attempts, window_start from access_request_limit where limit_key = ?",
                (rs, row) -> new FixedWindow.Count(rs.getInt(1), rs.getTimestamp(2).toInstant()), key).stream()
                .findFirst().orElse(null);
    }

    private boolean insert(String key, FixedWindow.Count count) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into access_request_limit (limit_key, attempts, window_start) values (?, ?, ?)", key,
                    count.attempts(), Timestamp.from(count.windowStart())));
            return true;
        }
        catch (DuplicateKeyException concurrentFirstAttempt) {
            return false;
        }
    }

    private boolean replace(String key, FixedWindow.Count stored, FixedWindow.Count next) {
        Integer updated = ownTransaction.execute(status -> jdbc.update("""
                update access_request_limit set attempts = ?, window_start = ?
                where limit_key = ? and attempts = ? and window_start = ?""", next.attempts(),
                Timestamp.from(next.windowStart()), key, stored.attempts(), Timestamp.from(stored.windowStart())));
        return updated != null && updated == 1;
    }

    /** Forgets windows that started before {@code before}. */
    int forgetBefore(Instant before) {
        return jdbc.update("delete from access_request_limit where window_start < ?", Timestamp.from(before));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
