package se.delbart.shared;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/** ShedLock on the application's database: table {@code scheduled_lock} (Flyway V14), the database's clock. */
@Configuration(proxyBeanMethods = false)
class ExclusiveJobsConfig {

    static final String TABLE = "scheduled_lock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProvider(new JdbcTemplate(dataSource));
    }

    static LockProvider lockProvider(JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc)
                .withTableName(TABLE).usingDbTime().build());
    }

    @Bean
    ExclusiveJobs exclusiveJobs(LockProvider lockProvider) {
        return new ExclusiveJobs(new DefaultLockingTaskExecutor(lockProvider));
    }
}
