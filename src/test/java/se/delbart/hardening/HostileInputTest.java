package se.delbart.hardening;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The hostile-input corpus against the embedded default: H2 (PostgreSQL mode) and Lucene. */
// its own in-memory database: it creates admins and changes accounts that other test classes count
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class HostileInputTest extends HostileInputContract {

    @Test
    void writes() {
        writeEndpointsRefuseHostileBodiesWithProblemsAndStoreNothing();
    }

    @Test
    void inputsThatOnceGaveServerErrors() throws Exception {
        inputsThatOnceGaveServerErrorsAreBadRequests();
    }

    @Test
    void ids() {
        hostileIdsInPathsAreProblemsNotErrors();
    }

    @Test
    void queryParameters() {
        hostileQueryParametersAreProblemsNotErrors();
    }

    @Test
    void bodyLimit() throws Exception {
        bodiesOverTheLimitAre413Problems();
    }
}
