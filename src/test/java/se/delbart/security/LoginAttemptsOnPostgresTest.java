package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.testsupport.PostgresTest;

/**
 * A client's first failed logins, arriving at once, on PostgreSQL: each is counted and none fails. (A unique-key
 * violation inside the transaction aborts it on PostgreSQL, so catching it and going on is no answer there.)
 */
@PostgresTest
@SpringBootTest
@ActiveProfiles("test")
class LoginAttemptsOnPostgresTest {

    @Autowired
    LoginAttempts attempts;

    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(3)
    void concurrentFirstFailuresOfOneClientAreEachCounted() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        String address = "198.51.100." + (1 + (UUID.randomUUID().hashCode() & 0x7f));
        request.setRemoteAddr(address + "-" + UUID.randomUUID());
        LoginClient client = new LoginClient(request);
        int threads = 8;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                together.await();
                attempts.recordFailure("nobody-" + UUID.randomUUID(), client);
                return null;
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        assertThat(failures).as("failed logins that failed to be counted").isEmpty();
        assertThat(jdbc.queryForObject("select failures from login_client where client_key = ?", Integer.class,
                "address:" + client.address())).isEqualTo(threads);
    }
}
