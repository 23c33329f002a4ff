package se.delbart.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.Origin;
import se.delbart.shared.InvalidStateException;

class InitiativeLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static Initiative proposed() {
        return Initiative.propose(UUID.randomUUID(), "2260", new InitiativeDetails("Skolskjuts", null, null,
                "Digital skolskjuts", Origin.LOCAL, null, List.of("Socialförvaltningen"), BudgetKind.UTVECKLING),
                "ange", NOW);
    }

    static DepartmentAssessment level1() {
        return new DepartmentAssessment(Map.of(Criterion.TIME_SAVED, new Score(3, null)), 1L, 1L, 1, 1, 1L, 1, null);
    }

    @Test
    void theDepartmentAssessmentMovesAProposalToAssessed() {
        Initiative i = proposed();
        assertThat(i.status()).isEqualTo(InitiativeStatus.PROPOSED);
        i.assessAtDepartmentLevel(level1(), "ange", NOW);
        assertThat(i.status()).isEqualTo(InitiativeStatus.ASSESSED);
        assertThat(i.departmentAssessment()).isPresent();
    }

    @Test
    void aDecisionNeedsTheDepartmentLevelFirst() {
        Initiative i = proposed();
        assertThatThrownBy(() -> i.moveTo(InitiativeStatus.PRIORITISED, "Bra", "chef", NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("PROPOSED cannot become PRIORITISED");
        assertThatThrownBy(() -> i.assessAtMunicipalityLevel(
                new MunicipalityAssessment(Map.of(), 1, null, null, null, null, null, null, null), "chef", NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("department assessment comes first");
    }

    @Test
    void decisionsNeedAMotivation() {
        Initiative i = proposed();
        i.assessAtDepartmentLevel(level1(), "ange", NOW);
        assertThatThrownBy(() -> i.moveTo(InitiativeStatus.REJECTED, "  ", "chef", NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("motivation is required");
        i.moveTo(InitiativeStatus.DEFERRED, "Nästa år", "chef", NOW);
        assertThat(i.decision().motivation()).isEqualTo("Nästa år");
        assertThat(i.allowedNext()).containsExactly(InitiativeStatus.PRIORITISED, InitiativeStatus.REJECTED);
    }

    @Test
    void theWholeWayToRealisedAndNothingAfter() {
        Initiative i = proposed();
        i.assessAtDepartmentLevel(level1(), "ange", NOW);
        i.moveTo(InitiativeStatus.PRIORITISED, "Störst nytta", "chef", NOW);
        assertThatThrownBy(() -> i.assessAtDepartmentLevel(level1(), "ange", NOW))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> i.moveTo(InitiativeStatus.REALISED, null, "chef", NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("allowed: [DEFERRED, STARTED]");
        i.moveTo(InitiativeStatus.STARTED, null, "ange", NOW);
        i.moveTo(InitiativeStatus.REALISED, null, "ange", NOW);
        assertThat(i.allowedNext()).isEmpty();
        assertThatThrownBy(() -> i.moveTo(InitiativeStatus.STOPPED, "Slut", "chef", NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("it is closed");
        assertThatThrownBy(() -> i.edit(i.details(), NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void everyTransitionOfTheDiagram() {
        for (InitiativeStatus from : InitiativeStatus.values()) {
            for (InitiativeStatus to : InitiativeStatus.values()) {
                boolean expected = switch (from) {
                    case PROPOSED -> to == InitiativeStatus.ASSESSED;
                    case ASSESSED -> to == InitiativeStatus.PRIORITISED || to == InitiativeStatus.DEFERRED
                            || to == InitiativeStatus.REJECTED;
                    case DEFERRED -> to == InitiativeStatus.PRIORITISED || to == InitiativeStatus.REJECTED;
                    case PRIORITISED -> to == InitiativeStatus.STARTED || to == InitiativeStatus.DEFERRED;
                    case STARTED -> to == InitiativeStatus.REALISED || to == InitiativeStatus.STOPPED;
                    default -> false;
                };
                assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyChangeRegistersAnEvent() {
        Initiative i = proposed();
        i.assessAtDepartmentLevel(level1(), "ange", NOW);
        i.moveTo(InitiativeStatus.PRIORITISED, "Ja", "chef", NOW);
        assertThat(i.pendingEvents()).extracting(e -> ((InitiativeChanged) e).action()).containsExactly(
                InitiativeChanged.Action.PROPOSED, InitiativeChanged.Action.DEPARTMENT_ASSESSED,
                InitiativeChanged.Action.STATUS_CHANGED);
    }
}
