package se.delbart.path;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.PlainText;
import se.delbart.shared.StaleVersionException;

/**
 * The path as each adopting municipality's own checklist: its staff tick steps off with a date, what they changed
 * and the person-days it took. The status the checklist suggests changes the adoption only when they confirm it.
 */
@Service
@Transactional
public class Checklists {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ChecklistEntries entries;
    private final PathRevisions revisions;
    private final AdoptionRegistry adoptions;
    private final Clock clock;

    Checklists(ChecklistEntries entries, PathRevisions revisions, AdoptionRegistry adoptions, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.adoptions = adoptions;
        this.clock = clock;
    }

    /** An adoption with its solution's current path as a checklist, and what status that suggests. */
    public record AdoptionChecklist(Adoption adoption, PathRevision path, Checklist checklist) {

        public Optional<AdoptionStatus> suggestedStatus() {
            return checklist.suggestedStatus(adoption.status());
        }
    }

    /** The checklist of an adoption the actor may see; 404 while the solution has no path. */
    @Transactional(readOnly = true)
    public AdoptionChecklist of(Actor actor, UUID adoptionId) {
        Adoption adoption = adoptions.get(actor, adoptionId);
        return find(adoption).orElseThrow(
                () -> new NotFoundException("Implementation path of solution", adoption.solutionId()));
    }

    /** The checklist of a visible adoption, empty while the solution has no path. */
    @Transactional(readOnly = true)
    public Optional<AdoptionChecklist> find(Adoption adoption) {
        return revisions.findFirstBySolutionIdOrderByRevisionDesc(adoption.solutionId()).map(path -> {
            Map<String, Checklist.Tick> ticks = new HashMap<>();
            entries.findByAdoptionId(adoption.id()).forEach(e -> ticks.put(e.stepId(), e.tick()));
            return new AdoptionChecklist(adoption, path, Checklist.of(path.path(), ticks));
        });
    }

    /**
     * Replaces the municipality's tick on a step: done on {@code doneOn} (null: not done), {@code actualDays}
     * person-days, {@code note} on what it changed. {@code expectedVersion}, when given, must be the tick's current one.
     */
    public Checklist.Tick tick(Actor actor, UUID adoptionId, String stepId, Long expectedVersion, LocalDate doneOn,
            Integer actualDays, String note) {
        Adoption adoption = adoptionOfStaff(adoptions, actor, adoptionId);
        PathRevision path = revisions.findFirstBySolutionIdOrderByRevisionDesc(adoption.solutionId())
                .orElseThrow(() -> new NotFoundException("Implementation path of solution", adoption.solutionId()));
        path.path().step(stepId).orElseThrow(() -> new NotFoundException("Step", stepId));
        List<FieldProblem> problems = new ArrayList<>();
        if (doneOn != null && doneOn.isAfter(LocalDate.now(clock.withZone(SWEDEN)))) {
            problems.add(new FieldProblem("doneOn", "must not be in the future"));
        }
        if (actualDays != null && (actualDays < 0 || actualDays > ImplementationPath.MAX_DAYS)) {
            problems.add(new FieldProblem("actualDays", "must be between 0 and " + ImplementationPath.MAX_DAYS));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > ImplementationPaths.MAX_COMMENT) {
            problems.add(new FieldProblem("note", "must be at most " + ImplementationPaths.MAX_COMMENT + " characters"));
        } else if (text != null && !PlainText.Validator.isPlain(text, true)) {
            problems.add(new FieldProblem("note", "must not contain control characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ChecklistEntry entry = entries.findByAdoptionIdAndStepId(adoptionId, stepId)
                .orElseGet(() -> new ChecklistEntry(adoptionId, stepId));
        if (expectedVersion != null && expectedVersion != entry.version()) {
            throw new StaleVersionException(expectedVersion, entry.version());
        }
        entry.set(doneOn, actualDays, text, clock.instant(), actor.username());
        return entries.saveAndFlush(entry).tick();
    }

    /** The municipality confirms the status its checklist suggests; the adoption moves as any status change. */
    public Adoption confirmSuggestedStatus(Actor actor, UUID adoptionId, Long expectedAdoptionVersion) {
        Adoption adoption = adoptionOfStaff(adoptions, actor, adoptionId);
        AdoptionStatus suggested = find(adoption).flatMap(AdoptionChecklist::suggestedStatus)
                .orElseThrow(() -> new InvalidStateException("The checklist suggests no new status."));
        return adoptions.change(actor, adoptionId, expectedAdoptionVersion, suggested, null, null, null);
    }

    /** The adoption, when the actor is staff of the adopting municipality: 404 if invisible, 403 otherwise. */
    static Adoption adoptionOfStaff(AdoptionRegistry adoptions, Actor actor, UUID adoptionId) {
        Adoption adoption = adoptions.get(actor, adoptionId);
        if (actor == null || !actor.role().belongsToMunicipality() || !actor.worksFor(adoption.municipalityCode())) {
            throw new NotPermittedException("Only staff of the adopting municipality work on its checklist.");
        }
        return adoption;
    }
}
