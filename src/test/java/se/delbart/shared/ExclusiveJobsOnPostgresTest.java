package se.delbart.shared;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.testsupport.PostgresTest;

/** {@link ExclusiveJobsContract} on PostgreSQL, the production database. */
@PostgresTest
@JdbcTest
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ExclusiveJobsOnPostgresTest extends ExclusiveJobsContract {
}
