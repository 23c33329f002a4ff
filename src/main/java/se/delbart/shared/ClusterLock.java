package se.delbart.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs scheduled work on one instance at a time across all instances that share the database. A job owns its row in
 * {@code scheduled_lock} while {@code lock_until} lies ahead; it takes the row with one atomic
 * {@code UPDATE ... WHERE lock_until <= now}, so of two instances that try at once exactly one gets it. A holder that
 * crashes keeps the lock only until {@code lock_until} passes ({@code lockAtMostFor}). After the run the lock is kept
 * for at least {@code lockAtLeastFor} since it was taken, so that instances whose schedules are a little apart do not
 * run the same period's work one after the other. The instances' clocks must agree (NTP) to well under that time.
 */
public class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String instance;

    public ClusterLock(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, defaultInstanceName());
    }

    public ClusterLock(JdbcClient jdbc, Clock clock, String instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
    }

    /** This instance's name in {@code locked_by}: host, process id and a random suffix. */
    public String instance() {
        return instance;
    }

    /**
     * Runs {@code task} if no other instance holds the lock {@code name}; returns whether it ran. An exception of the
     * task is passed on after the lock is released (as far as {@code lockAtLeastFor} allows).
     */
    public boolean runExclusively(String name, Duration lockAtMostFor, Duration lockAtLeastFor, Runnable task) {
        Instant now = now();
        if (!tryLock(name, now, now.plus(lockAtMostFor))) {
            log.debug("Lock {} is held elsewhere; skipping this run", name);
            return false;
        }
        try {
            task.run();
        } finally {
            Instant release = max(now(), now.plus(lockAtLeastFor));
            jdbc.sql("UPDATE scheduled_lock SET lock_until = :until WHERE name = :name AND locked_by = :by AND locked_at = :at")
                    .param("until", timestamp(release)).param("name", name).param("by", instance)
                    .param("at", timestamp(now)).update();
        }
        return true;
    }

    /** How many times the job has run, on any instance (0 when it never ran). */
    public long runs(String name) {
        return jdbc.sql("SELECT runs FROM scheduled_lock WHERE name = :name").param("name", name).query(Long.class)
                .optional().orElse(0L);
    }

    private boolean tryLock(String name, Instant now, Instant until) {
        int taken = jdbc.sql("UPDATE scheduled_lock SET lock_until = :until, locked_at = :now, locked_by = :by, "
                        + "runs = runs + 1 WHERE name = :name AND lock_until <= :now")
                .param("until", timestamp(until)).param("now", timestamp(now)).param("by", instance)
                .param("name", name).update();
        if (taken == 1) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM scheduled_lock WHERE name = :name").param("name", name)
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO scheduled_lock (name, lock_until, locked_at, locked_by, runs) "
                            + "VALUES (:name, :until, :now, :by, 1)")
                    .param("name", name).param("until", timestamp(until)).param("now", timestamp(now))
                    .param("by", instance).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another instance created the row (and holds the lock) at the same moment
        }
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: millisecond precision makes the release's equality on locked_at exact
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String defaultInstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
