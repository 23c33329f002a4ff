package se.delbart.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexReadinessTest {

    @Test
    void anInstanceServesOnlyOnceItsIndexIsInStepOrRebuilt() {
        IndexReadiness readiness = new IndexReadiness();
        assertThat(readiness.serves()).isFalse();
        readiness.rebuilding("empty index");
        assertThat(readiness.serves()).isFalse();
        readiness.rebuilt(30);
        assertThat(readiness.serves()).isTrue();
        assertThat(readiness.state()).isEqualTo(IndexReadiness.State.READY);
    }

    @Test
    void aLaterRebuildOrItsFailureDoesNotTakeAServingInstanceOut() {
        IndexReadiness readiness = new IndexReadiness();
        readiness.inStep(30);
        readiness.failed("node down");
        assertThat(readiness.state()).isEqualTo(IndexReadiness.State.READY);
        readiness.rebuilt(31);
        assertThat(readiness.detail()).contains("in step");
    }

    @Test
    void aFailedRebuildAtStartLetsTheSiteServeWithoutSearch() {
        IndexReadiness readiness = new IndexReadiness();
        readiness.rebuilding("schema changed");
        readiness.failed("the rebuild failed: connection refused");
        assertThat(readiness.serves()).isTrue();
        assertThat(readiness.state()).isEqualTo(IndexReadiness.State.DEGRADED);
        assertThat(readiness.detail()).contains("connection refused");
    }
}
