package se.delbart.path;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.delbart.adoption.AdoptionStatus;

/**
 * An adopting municipality's progress along a solution's current path: each step with its tick, if any. Ticks of
 * steps the path no longer has are left out. The status it suggests is only a suggestion: the municipality confirms.
 */
public record Checklist(List<Item> items) {

    /** What the municipality noted on a step: when it was done, what it changed, the person-days it took. */
    public record Tick(LocalDate doneOn, Integer actualDays, String note, long version) {

        public boolean done() {
            return doneOn != null;
        }
    }

    public record Item(PathStep step, Tick tick) {

        public boolean done() {
            return tick != null && tick.done();
        }
    }

    public Checklist {
        items = List.copyOf(items);
    }

    static Checklist of(ImplementationPath path, Map<String, Tick> ticks) {
        return new Checklist(path.steps().stream().map(s -> new Item(s, ticks.get(s.id()))).toList());
    }

    public int total() {
        return items.size();
    }

    public int done() {
        return (int) items.stream().filter(Item::done).count();
    }

    /**
     * The status the checklist points to when it is further than {@code current}: every step done → IN_PRODUCTION,
     * some → IMPLEMENTING. Empty when it points nowhere new, and for a discontinued adoption (a restart is the
     * municipality's own decision).
     */
    public Optional<AdoptionStatus> suggestedStatus(AdoptionStatus current) {
        if (current == AdoptionStatus.DISCONTINUED || done() == 0) {
            return Optional.empty();
        }
        AdoptionStatus pointed = done() == total() ? AdoptionStatus.IN_PRODUCTION : AdoptionStatus.IMPLEMENTING;
        return pointed.ordinal() > current.ordinal() ? Optional.of(pointed) : Optional.empty();
    }
}
