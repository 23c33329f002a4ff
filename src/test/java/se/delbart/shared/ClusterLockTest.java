package se.delbart.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The cluster lock on the real schema (Flyway V14, H2 in PostgreSQL mode): one holder at a time, released by time. */
@JdbcTest
@ActiveProfiles("test")
@org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase(
        replace = org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ClusterLockTest {

    @Autowired
    JdbcClient jdbc;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void ofManyInstancesTryingAtOnceExactlyOneRuns() throws Exception {
        String job = "job-" + UUID.randomUUID();
        int instances = 8;
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            ClusterLock lock = new ClusterLock(jdbc, Clock.systemUTC(), "instance-" + i);
            Callable<Boolean> attempt = () -> {
                start.await();
                return lock.runExclusively(job, Duration.ofMinutes(1), Duration.ofMinutes(1), ran::incrementAndGet);
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        long winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        assertThat(ran).hasValue(1);
        assertThat(new ClusterLock(jdbc, Clock.systemUTC(), "reader").runs(job)).isEqualTo(1);
    }

    @Test
    void theLockIsHeldAtLeastForTheMinimumAndFreeAfterIt() {
        String job = "job-" + UUID.randomUUID();
        ClusterLock a = new ClusterLock(jdbc, at("2026-01-01T10:00:00Z"), "a");
        assertThat(a.runExclusively(job, Duration.ofMinutes(10), Duration.ofSeconds(30), () -> { })).isTrue();

        ClusterLock bSoon = new ClusterLock(jdbc, at("2026-01-01T10:00:20Z"), "b");
        assertThat(bSoon.runExclusively(job, Duration.ofMinutes(10), Duration.ofSeconds(30), () -> { })).isFalse();

        ClusterLock bLater = new ClusterLock(jdbc, at("2026-01-01T10:00:31Z"), "b");
        assertThat(bLater.runExclusively(job, Duration.ofMinutes(10), Duration.ofSeconds(30), () -> { })).isTrue();
        assertThat(bLater.runs(job)).isEqualTo(2);
    }

    @Test
    void aCrashedHolderKeepsTheLockOnlyUntilItsMaximum() {
        String job = "job-" + UUID.randomUUID();
        // a holder that has not released (as if killed): checked from other instances while its task still runs
        ClusterLock crashed = new ClusterLock(jdbc, at("2026-01-01T10:00:00Z"), "crashed");
        ClusterLock other = new ClusterLock(jdbc, at("2026-01-01T10:05:00Z"), "other");
        ClusterLock afterMax = new ClusterLock(jdbc, at("2026-01-01T10:10:01Z"), "other");
        AtomicInteger duringOtherTries = new AtomicInteger();
        crashed.runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> {
            // while held (up to 10 min), nobody else gets it
            if (!other.runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> { })) {
                duringOtherTries.incrementAndGet();
            }
            // and after the maximum it is free even though the holder has not released it
            if (afterMax.runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> { })) {
                duringOtherTries.incrementAndGet();
            }
        });
        assertThat(duringOtherTries).hasValue(2);
    }

    @Test
    void aFailingTaskReleasesTheLockAndPassesTheError() {
        String job = "job-" + UUID.randomUUID();
        ClusterLock a = new ClusterLock(jdbc, at("2026-01-01T10:00:00Z"), "a");
        assertThatThrownBy(() -> a.runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(new ClusterLock(jdbc, at("2026-01-01T10:00:01Z"), "b")
                .runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> { })).isTrue();
    }
}
