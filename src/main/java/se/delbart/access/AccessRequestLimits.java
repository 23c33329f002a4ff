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
 * table holds no address in clear. Each step commits on its own, so an attempt counts even when the request it belongs
 * to fails later, and a concurrent first attempt (a duplicate key) costs no one else's transaction.
 */
@Component
class AccessRequestLimits {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AccessRequestLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts one attempt for {@code key} at {@code now} and returns the key's count in its window. */
    FixedWindow.Count attempt(String kind, String value, FixedWindow window, Instant now) {
        String key = kind + ":" + sha256(value);
        Boolean counted = ownTransaction.execute(status -> {
            // a window that is over starts afresh (FixedWindow.isOver)
            jdbc.update("delete from access_request_limit where limit_key = ? and window_start <= ?", key,
                    Timestamp.from(now.minus(window.length())));
            return increment(key) > 0;
        });
        if (!Boolean.TRUE.equals(counted)) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into access_request_limit (limit_key, attempts, window_start) values (?, 1, ?)", key,
                        Timestamp.from(now)));
            }
            catch (DuplicateKeyException concurrentFirstAttempt) {
                ownTransaction.executeWithoutResult(status -> increment(key));
            }
        }
        return jdbc.queryForObject("select attempts, window_start from access_request_limit where limit_key = ?",
                (rs, row) -> new FixedWindow.Count(rs.getInt(1), rs.getTimestamp(2).toInstant()), key);
    }

    /** Forgets windows that started before {@code before}. */
    int forgetBefore(Instant before) {
        return jdbc.update("delete from access_request_limit where window_start < ?", Timestamp.from(before));
    }

    private int increment(String key) {
        return jdbc.update("update access_request_limit set attempts = attempts + 1 where limit_key = ?", key);
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
