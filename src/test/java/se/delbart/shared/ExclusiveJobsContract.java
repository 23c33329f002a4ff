package se.delbart.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;

/**
 * The cluster-wide job lock on the real schema (Flyway V14) and the database's clock: one holder at a time, released
 * by time. Each "instance" is an {@link ExclusiveJobs} with its own lock provider on the same database.
 */
abstract class ExclusiveJobsContract {

    @Autowired
    JdbcTemplate jdbc;

    private ExclusiveJobs instance() {
        return new ExclusiveJobs(new DefaultLockingTaskExecutor(ExclusiveJobsConfig.lockProvider(jdbc)));
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
            ExclusiveJobs jobs = instance();
            Callable<Boolean> attempt = () -> {
                start.await();
                return jobs.runExclusively(job, Duration.ofMinutes(1), Duration.ofMinutes(1), ran::incrementAndGet);
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
    }

    @Test
    void theLockIsHeldAtLeastForTheMinimumAndFreeAfterIt() {
        String job = "job-" + UUID.randomUUID();
        ExclusiveJobs a = instance();
        ExclusiveJobs b = instance();
        assertThat(a.runExclusively(job, Duration.ofMinutes(10), Duration.ofSeconds(2), () -> { })).isTrue();
        assertThat(b.runExclusively(job, Duration.ofMinutes(10), Duration.ofSeconds(2), () -> { })).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> b.runExclusively(job, Duration.ofMinutes(10), Duration.ofSeconds(2), () -> { }));
    }

    @Test
    void aCrashedHolderKeepsTheLockOnlyUntilItsMaximum() throws Exception {
        String job = "job-" + UUID.randomUUID();
        ExclusiveJobs crashed = instance();
        ExclusiveJobs other = instance();
        AtomicInteger seen = new AtomicInteger();
        // another instance is another thread: ShedLock lets the thread that holds a lock run nested tasks under it
        ExecutorService elsewhere = Executors.newSingleThreadExecutor();
        try {
            // a holder that has not released (as if killed): checked from another instance while its task still runs
            crashed.runExclusively(job, Duration.ofSeconds(2), Duration.ZERO, () -> {
                try {
                    if (!elsewhere.submit(() -> other.runExclusively(job, Duration.ofMinutes(10), Duration.ZERO,
                            () -> { })).get()) {
                        seen.incrementAndGet(); // while held, nobody else gets it
                    }
                    // after the maximum it is free even though the holder has not released it
                    Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                            .until(() -> elsewhere.submit(() -> other.runExclusively(job, Duration.ofMinutes(10),
                                    Duration.ZERO, seen::incrementAndGet)).get());
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            elsewhere.shutdown();
        }
        assertThat(seen).hasValue(2);
    }

    @Test
    void aFailingTaskReleasesTheLockAndPassesTheError() {
        String job = "job-" + UUID.randomUUID();
        assertThatThrownBy(() -> instance().runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(instance().runExclusively(job, Duration.ofMinutes(10), Duration.ZERO, () -> { })).isTrue();
    }
}
