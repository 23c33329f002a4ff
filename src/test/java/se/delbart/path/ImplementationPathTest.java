package se.delbart.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.DayRange;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/** The path's rules (ids across revisions, field problems by JSON path) and the checklist's progress and suggestion. */
class ImplementationPathTest {

    private static Supplier<String> ids(String... values) {
        Iterator<String> it = List.of(values).iterator();
        return it::next;
    }

    private static PathStep step(String id, String title, Integer min, Integer max) {
        return new PathStep(id, title, null, min == null ? null : new DayRange(min, max), List.of("Systemförvaltare"), false);
    }

    private static ImplementationPath path(PathStep... steps) {
        return new ImplementationPath(List.of("E-legitimation finns"), List.of(steps), List.of("Beslut om PUB-avtal"),
                List.of(new PathDocument("Mall för konsekvensbedömning", "https://example.se/dpia.docx")));
    }

    @Test
    void newStepsGetIdsAndKnownStepsKeepThemInTheNextRevision() {
        ImplementationPath first = path(step(null, " Förstudie ", 2, 4), step(null, "Avtal", 1, 1))
                .checkedAgainst(null, ids("aaa", "bbb"));
        assertThat(first.steps()).extracting(PathStep::id).containsExactly("aaa", "bbb");
        assertThat(first.steps().get(0).title()).isEqualTo("Förstudie");

        ImplementationPath second = path(step("bbb", "Avtal", 1, 2), step(null, "Utbildning", 3, 3), step("aaa", "Förstudie", 2, 4))
                .checkedAgainst(first, ids("ccc"));
        assertThat(second.steps()).extracting(PathStep::id).containsExactly("bbb", "ccc", "aaa");
    }

    @Test
    void aNewIdThatCollidesWithAKeptOneIsDrawnAgain() {
        ImplementationPath first = path(step(null, "Förstudie", 1, 1)).checkedAgainst(null, ids("aaa"));
        ImplementationPath second = path(step(null, "Ny", 1, 1), step("aaa", "Förstudie", 1, 1))
                .checkedAgainst(first, ids("aaa", "ddd"));
        assertThat(second.steps()).extracting(PathStep::id).containsExactly("ddd", "aaa");
    }

    @Test
    void problemsNameTheirJsonPath() {
        ImplementationPath bad = new ImplementationPath(List.of(" "),
                List.of(step("zzz", "", 5, 2), new PathStep(null, "Ok", "a\u0007b", null, List.of("x".repeat(81)), true)),
                List.of(), List.of(new PathDocument("Mall", "javascript:alert(1)")));
        assertThatThrownBy(() -> bad.checkedAgainst(null, ids("a", "b")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("prerequisites[0]", "steps[0].id",
                                "steps[0].title", "steps[0].days.min", "steps[1].description", "steps[1].roles[0]",
                                "documents[0].url"));
    }

    @Test
    void aPathNeedsAStep() {
        assertThatThrownBy(() -> path().checkedAgainst(null, ids()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("steps"));
    }

    @Test
    void acceptedDaysChangeOnlyThatStep() {
        ImplementationPath first = path(step(null, "Förstudie", 2, 4), step(null, "Avtal", 3, 3))
                .checkedAgainst(null, ids("aaa", "bbb"));
        ImplementationPath next = first.withStepDays("bbb", new DayRange(10, 10));
        assertThat(next.step("bbb").orElseThrow().days()).isEqualTo(new DayRange(10, 10));
        assertThat(next.step("aaa").orElseThrow().days()).isEqualTo(new DayRange(2, 4));
    }

    @Test
    void storedAsJsonAndReadBackUnchanged() {
        ImplementationPath first = path(step(null, "Förstudie", 2, 4)).checkedAgainst(null, ids("aaa"));
        assertThat(PathJson.read(PathJson.write(first))).isEqualTo(first);
    }

    @Test
    void checklistCountsDoneStepsAndSuggestsOnlyForwardMoves() {
        ImplementationPath p = path(step(null, "A", 1, 1), step(null, "B", 1, 1), step(null, "C", 1, 1))
                .checkedAgainst(null, ids("a", "b", "c"));
        LocalDate day = LocalDate.of(2026, 11, 2);
        Checklist none = Checklist.of(p, Map.of("a", new Checklist.Tick(null, 4, "pågår", 0)));
        assertThat(none.done()).isZero();
        assertThat(none.suggestedStatus(AdoptionStatus.PLANNING)).isEmpty();

        Checklist some = Checklist.of(p, Map.of("a", new Checklist.Tick(day, 4, null, 0),
                "gone", new Checklist.Tick(day, 1, null, 0)));
        assertThat(some.done()).isEqualTo(1);
        assertThat(some.total()).isEqualTo(3);
        assertThat(some.suggestedStatus(AdoptionStatus.PLANNING)).contains(AdoptionStatus.IMPLEMENTING);
        assertThat(some.suggestedStatus(AdoptionStatus.IMPLEMENTING)).isEmpty();
        assertThat(some.suggestedStatus(AdoptionStatus.IN_PRODUCTION)).isEmpty();

        Checklist all = Checklist.of(p, Map.of("a", new Checklist.Tick(day, 4, null, 0),
                "b", new Checklist.Tick(day, null, null, 0), "c", new Checklist.Tick(day, 2, null, 1)));
        assertThat(all.suggestedStatus(AdoptionStatus.INTERESTED)).contains(AdoptionStatus.IN_PRODUCTION);
        assertThat(all.suggestedStatus(AdoptionStatus.IMPLEMENTING)).contains(AdoptionStatus.IN_PRODUCTION);
        assertThat(all.suggestedStatus(AdoptionStatus.DISCONTINUED)).isEmpty();
    }
}
