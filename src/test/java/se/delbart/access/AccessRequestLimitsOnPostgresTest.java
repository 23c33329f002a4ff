package se.delbart.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.testsupport.PostgresTest;

/**
 * The rate-limit counts on PostgreSQL, the production database: one window per key, a new one when it is over, and
 * concurrent first attempts (a duplicate key for all but one) all counted, none failing.
 */
@PostgresTest
@JdbcTest
@ActiveProfiles("test")
@Import(AccessRequestLimits.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AccessRequestLimitsOnPostgresTest {

    private final FixedWindow window = new FixedWindow(3, Duration.ofHours(1));
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    AccessRequestLimits limits;

    @Test
    void countsPerKeyAndStartsAfreshWhenTheWindowIsOver() {
        String key = UUID.randomUUID().toString();
        assertThat(limits.attempt("email", key, window, now)).isEqualTo(new FixedWindow.Count(1, now));
        assertThat(limits.attempt("email", key, window, now.plusSeconds(10)).attempts()).isEqualTo(2);
        assertThat(limits.attempt("address", key, window, now.plusSeconds(10)).attempts()).as("another kind").isEqualTo(1);
        Instant later = now.plus(Duration.ofHours(1));
        assertThat(limits.attempt("email", key, window, later)).isEqualTo(new FixedWindow.Count(1, later));
    }

    @Test
    void concurrentFirstAttemptsAreAllCounted() throws Exception {
        String key = UUID.randomUUID().toString();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FixedWindow.Count>> counts = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> {
                    start.await();
                    return limits.attempt("address", key, window, now);
                }));
            }
            start.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<FixedWindow.Count> count : counts) {
                seen.add(count.get().attempts());
            }
            assertThat(seen).as("each attempt counted once").containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(limits.attempt("address", key, window, now).attempts()).isEqualTo(threads + 1);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
