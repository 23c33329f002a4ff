package se.delbart.hardening;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.testsupport.PostgresTest;

/**
 * The hostile bodies against PostgreSQL, which unlike H2 refuses NUL characters in text and checks sizes itself.
 * Ids and query parameters do not depend on the database and run on H2 only ({@link HostileInputTest}).
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileInputOnPostgresTest extends HostileInputContract {

    @Test
    void writes() {
        writeEndpointsRefuseHostileBodiesWithProblemsAndStoreNothing();
    }

    @Test
    void inputsThatOnceGaveServerErrors() throws Exception {
        inputsThatOnceGaveServerErrorsAreBadRequests();
    }
}
