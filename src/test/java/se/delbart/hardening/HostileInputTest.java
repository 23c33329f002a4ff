package se.delbart.hardening;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The hostile-input corpus against the embedded default: H2 (PostgreSQL mode) and Lucene. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileInputTest extends HostileInputContract {

    @Test
    void writes() {
        writeEndpointsRefuseHostileBodiesWithProblemsAndStoreNothing();
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
