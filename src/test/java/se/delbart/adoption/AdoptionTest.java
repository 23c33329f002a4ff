package se.delbart.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;

class AdoptionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
    private final UUID solution = UUID.randomUUID();

    private Adoption interested() {
        return Adoption.start(UUID.randomUUID(), solution, "2260", AdoptionStatus.INTERESTED, null,
                Set.of("Socialförvaltningen"), T0);
    }

    @Test
    void statusesMoveForwardPossiblySkippingStepsButNeverBack() {
        assertThat(AdoptionStatus.INTERESTED.canMoveTo(AdoptionStatus.PLANNING)).isTrue();
        assertThat(AdoptionStatus.INTERESTED.canMoveTo(AdoptionStatus.IN_PRODUCTION)).isTrue();
        assertThat(AdoptionStatus.IMPLEMENTING.canMoveTo(AdoptionStatus.PLANNING)).isFalse();
        assertThat(AdoptionStatus.IN_PRODUCTION.canMoveTo(AdoptionStatus.IN_PRODUCTION)).isFalse();
        assertThat(AdoptionStatus.IN_PRODUCTION.canMoveTo(AdoptionStatus.DISCONTINUED)).isTrue();
        assertThat(AdoptionStatus.DISCONTINUED.canMoveTo(AdoptionStatus.PLANNING)).isTrue();
        assertThat(AdoptionStatus.DISCONTINUED.canMoveTo(AdoptionStatus.IN_PRODUCTION)).isFalse();
    }

    @Test
    void aNewAdoptionCannotStartDiscontinued() {
        assertThatThrownBy(() -> Adoption.start(UUID.randomUUID(), solution, "2260", AdoptionStatus.DISCONTINUED,
                null, Set.of(), T0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void movingRegistersAnEventAndGuardsTheOrder() {
        Adoption adoption = interested();
        adoption.moveTo(AdoptionStatus.IN_PRODUCTION, null, T1);
        assertThat(adoption.status()).isEqualTo(AdoptionStatus.IN_PRODUCTION);
        assertThat(adoption.updatedAt()).isEqualTo(T1);
        assertThat(adoption.pendingEvents()).contains(
                new AdoptionChanged(adoption.id(), solution, "2260", AdoptionStatus.IN_PRODUCTION, T1));
        assertThatThrownBy(() -> adoption.moveTo(AdoptionStatus.PLANNING, null, T1))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void discontinuingNeedsAReasonAndARestartClearsIt() {
        Adoption adoption = interested();
        assertThatThrownBy(() -> adoption.moveTo(AdoptionStatus.DISCONTINUED, " ", T1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("reason"));
        adoption.moveTo(AdoptionStatus.DISCONTINUED, "Leverantören lade ner tjänsten", T1);
        assertThat(adoption.discontinuedReason()).isEqualTo("Leverantören lade ner tjänsten");
        adoption.moveTo(AdoptionStatus.PLANNING, null, T1);
        assertThat(adoption.discontinuedReason()).isNull();
    }

    @Test
    void describingReportsWhetherAnythingChanged() {
        Adoption adoption = interested();
        assertThat(adoption.describe(Set.of("Socialförvaltningen"), null, T1)).isFalse();
        assertThat(adoption.describe(Set.of("Socialförvaltningen", "Barn och utbildning"), "2.1", T1)).isTrue();
        assertThat(adoption.departments()).containsExactlyInAnyOrder("Socialförvaltningen", "Barn och utbildning");
        assertThat(adoption.adoptedVersion()).isEqualTo("2.1");
    }
}
