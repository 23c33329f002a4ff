package se.delbart.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One {@link ClusterLock} per instance, on the application's database. */
@Configuration(proxyBeanMethods = false)
class ClusterLockConfig {

    @Bean
    ClusterLock clusterLock(JdbcClient jdbc, Clock clock) {
        return new ClusterLock(jdbc, clock);
    }
}
