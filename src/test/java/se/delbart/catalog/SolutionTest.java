package se.delbart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidStateException;

class SolutionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");

    private Solution draft(SolutionDetails details) {
        return Solution.draft(UUID.randomUUID(), "2281", details, T0);
    }

    @Test
    void newSolutionIsADraftOfItsPublisher() {
        Solution s = draft(SolutionFixtures.complete("Skolskjuts"));
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.DRAFT);
        assertThat(s.publisherCode()).isEqualTo("2281");
        assertThat(s.isPublished()).isFalse();
        assertThat(s.effortLevel()).isEqualTo(EffortLevel.LOW);
    }

    @Test
    void publishingACompleteDraftMakesItPublicAndRegistersAnEvent() {
        Solution s = draft(SolutionFixtures.complete("Skolskjuts"));
        s.publish(T1);
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.PUBLISHED);
        assertThat(s.publishedAt()).isEqualTo(T1);
        assertThat(s.pendingEvents()).containsExactly(new SolutionPublished(s.id(), "2281"));
    }

    @Test
    void aDraftWithoutFitAndEffortCannotBePublished() {
        Solution s = draft(SolutionFixtures.minimalDraft("Idé"));
        assertThatThrownBy(() -> s.publish(T1)).isInstanceOfSatisfying(InvalidStateException.class,
                e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly("fit.idealTypes",
                        "fit.competenceNeeded", "effort.implementationDays", "effort.adaptationDays", "effort.support",
                        "benefit"));
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.DRAFT);
    }

    @Test
    void publishingTwiceIsRefused() {
        Solution s = draft(SolutionFixtures.complete("Skolskjuts"));
        s.publish(T1);
        assertThatThrownBy(() -> s.publish(T1)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void onlyAPublishedSolutionCanBeWithdrawn() {
        Solution s = draft(SolutionFixtures.complete("Skolskjuts"));
        assertThatThrownBy(() -> s.withdraw(T1)).isInstanceOf(InvalidStateException.class);
        s.publish(T1);
        s.withdraw(T1);
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.WITHDRAWN);
        assertThat(s.withdrawnAt()).isEqualTo(T1);
        assertThatThrownBy(() -> s.withdraw(T1)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aWithdrawnSolutionCanBePublishedAgain() {
        Solution s = draft(SolutionFixtures.complete("Skolskjuts"));
        s.publish(T0);
        s.withdraw(T0);
        s.publish(T1);
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.PUBLISHED);
        assertThat(s.withdrawnAt()).isNull();
    }

    @Test
    void updateReportsExactlyTheChangedFields() {
        SolutionDetails original = SolutionFixtures.complete("Skolskjuts");
        Solution s = draft(original);
        SolutionDetails changed = SolutionFixtures.withEffort(SolutionFixtures.withSummary(original, "Ny sammanfattning"),
                new Effort(new DayRange(5, 80), new DayRange(2, 5), 30_000L, 12_000L, 6, SupportModel.PUBLISHER));
        assertThat(s.update(changed, T1)).containsExactlyInAnyOrder("summary", "effort.implementationDays");
        assertThat(s.details()).isEqualTo(changed);
        assertThat(s.effortLevel()).isEqualTo(EffortLevel.HIGH);
        assertThat(s.updatedAt()).isEqualTo(T1);
        assertThat(s.update(changed, T1)).isEmpty();
    }

    @Test
    void detailsRoundTripThroughTheAggregate() {
        SolutionDetails details = SolutionFixtures.complete("Skolskjuts");
        assertThat(draft(details).details()).isEqualTo(details);
        assertThat(draft(details).details().changedFields(details)).isEmpty();
    }

    @Test
    void changingAPublishedSolutionRegistersAChangeEvent() {
        SolutionDetails original = SolutionFixtures.complete("Skolskjuts");
        Solution s = draft(original);
        s.publish(T0);
        s.update(SolutionFixtures.withSummary(original, "Ändrad"), T1);
        assertThat(s.pendingEvents()).contains(new SolutionChanged(s.id(), "2281", java.util.Set.of("summary")));
    }
}
