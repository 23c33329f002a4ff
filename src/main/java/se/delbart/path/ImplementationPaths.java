package se.delbart.path;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.Figures;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.PlainText;
import se.delbart.shared.StaleVersionException;

/**
 * Solutions' implementation paths: the publisher's editors write them (every save a new revision), anybody who may
 * see the solution reads them with the person-days adopters report per step, and adopters propose changes to a step
 * that the publisher accepts or answers.
 */
@Service
@Transactional
public class ImplementationPaths {

    static final int MAX_COMMENT = 2000;

    private final PathRevisions revisions;
    private final StepProposals proposals;
    private final ChecklistEntries entries;
    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final Clock clock;

    ImplementationPaths(PathRevisions revisions, StepProposals proposals, ChecklistEntries entries,
            SolutionCatalog catalog, AdoptionRegistry adoptions, Clock clock) {
        this.revisions = revisions;
        this.proposals = proposals;
        this.entries = entries;
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.clock = clock;
    }

    /** The current path of a solution the actor may see; empty while it has none. */
    @Transactional(readOnly = true)
    public Optional<PathRevision> current(Actor actor, UUID solutionId) {
        catalog.get(actor, solutionId);
        return revisions.findFirstBySolutionIdOrderByRevisionDesc(solutionId);
    }

    /** Whether the solution has a path (no access check: a fact, not its content). */
    @Transactional(readOnly = true)
    public boolean hasPath(UUID solutionId) {
        return !withPath(List.of(solutionId)).isEmpty();
    }

    /** Which of the given solutions have a path, in one query. */
    @Transactional(readOnly = true)
    public Set<UUID> withPath(Collection<UUID> solutionIds) {
        return solutionIds.isEmpty() ? Set.of() : new HashSet<>(revisions.solutionsWithPath(solutionIds));
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    public List<PathRevision> history(Actor actor, UUID solutionId) {
        catalog.get(actor, solutionId);
        return revisions.findBySolutionIdOrderByRevisionDesc(solutionId);
    }

    /**
     * Saves the path as the solution's next revision. Only the publisher's editors (and admins) write it.
     *
     * @param expectedRevision the revision the change is based on (0: there is none yet); null: whichever is current
     */
    public PathRevision write(Actor actor, UUID solutionId, Integer expectedRevision, ImplementationPath path) {
        Solution solution = catalog.get(actor, solutionId);
        catalog.checkCanEdit(actor, solution);
        return save(solutionId, expectedRevision, path, actor.username(), false, null);
    }

    /** Throws unless the actor may write the solution's path (the publisher's editors, admins). */
    @Transactional(readOnly = true)
    public void checkCanWrite(Actor actor, UUID solutionId) {
        catalog.checkCanEdit(actor, catalog.get(actor, solutionId));
    }

    /** Demo content: the publisher's path, marked as example data. Not reachable over HTTP. */
    public PathRevision writeExample(Actor actor, UUID solutionId, ImplementationPath path) {
        Solution solution = catalog.get(actor, solutionId);
        catalog.checkCanEdit(actor, solution);
        return save(solutionId, null, path, actor.username(), true, null);
    }

    private PathRevision save(UUID solutionId, Integer expectedRevision, ImplementationPath path, String by,
            boolean example, String note) {
        if (path == null) {
            throw new InvalidInputException(List.of(new FieldProblem("steps", "a path needs at least one step")));
        }
        Optional<PathRevision> current = revisions.findFirstBySolutionIdOrderByRevisionDesc(solutionId);
        int currentRevision = current.map(PathRevision::revision).orElse(0);
        if (expectedRevision != null && expectedRevision != currentRevision) {
            throw new StaleVersionException(expectedRevision, currentRevision);
        }
        ImplementationPath checked = path.checkedAgainst(current.map(PathRevision::path).orElse(null),
                () -> UUID.randomUUID().toString().replace("-", "").substring(0, 8));
        try {
            return revisions.saveAndFlush(new PathRevision(solutionId, currentRevision + 1, checked, example,
                    clock.instant(), by, note));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another save took this revision number between our read and our write
            throw new StaleVersionException(currentRevision, currentRevision + 1);
        }
    }

    /**
     * The person-days adopters report per step (step id → median, range and n), from the checklist ticks of every
     * adoption of the solution that state actual days. The solution must be visible to the actor.
     */
    @Transactional(readOnly = true)
    public Map<String, Figures> reportedDays(Actor actor, UUID solutionId) {
        List<UUID> adoptionIds = adoptions.forSolution(actor, solutionId).stream().map(Adoption::id).toList();
        Map<String, List<Integer>> days = new HashMap<>();
        if (!adoptionIds.isEmpty()) {
            entries.findByAdoptionIdIn(adoptionIds).stream().filter(e -> e.actualDays() != null)
                    .forEach(e -> days.computeIfAbsent(e.stepId(), k -> new ArrayList<>()).add(e.actualDays()));
        }
        Map<String, Figures> figures = new HashMap<>();
        days.forEach((step, values) -> figures.put(step, Figures.of(values)));
        return figures;
    }

    // --- proposals ------------------------------------------------------------------------------------------------

    /** The adopting municipality's staff propose a change to a step of the current path. */
    public StepProposal propose(Actor actor, UUID adoptionId, String stepId, Integer reportedDays, String comment) {
        Adoption adoption = Checklists.adoptionOfStaff(adoptions, actor, adoptionId);
        PathRevision current = revisions.findFirstBySolutionIdOrderByRevisionDesc(adoption.solutionId())
                .orElseThrow(() -> new NotFoundException("Implementation path of solution", adoption.solutionId()));
        current.path().step(stepId).orElseThrow(() -> new NotFoundException("Step", stepId));
        List<FieldProblem> problems = new ArrayList<>();
        if (reportedDays == null) {
            problems.add(new FieldProblem("reportedDays", "must not be empty"));
        } else if (reportedDays < 0 || reportedDays > ImplementationPath.MAX_DAYS) {
            problems.add(new FieldProblem("reportedDays", "must be between 0 and " + ImplementationPath.MAX_DAYS));
        }
        String text = comment(comment, "comment", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return proposals.saveAndFlush(new StepProposal(adoption.solutionId(), stepId, adoptionId,
                adoption.municipalityCode(), reportedDays, text, clock.instant(), actor.username()));
    }

    /** Proposals about a solution the actor may see, newest first. */
    @Transactional(readOnly = true)
    public List<StepProposal> proposals(Actor actor, UUID solutionId) {
        catalog.get(actor, solutionId);
        return proposals.findBySolutionIdOrderByCreatedAtDesc(solutionId);
    }

    /**
     * The publisher accepts a proposal: the step's typical days become {@code days} (null: the reported days) in a
     * new revision of the path.
     */
    public StepProposal accept(Actor actor, UUID solutionId, UUID proposalId, DayRange days, String answer) {
        StepProposal proposal = proposalToHandle(actor, solutionId, proposalId);
        PathRevision current = revisions.findFirstBySolutionIdOrderByRevisionDesc(solutionId)
                .orElseThrow(() -> new NotFoundException("Implementation path of solution", solutionId));
        if (current.path().step(proposal.stepId()).isEmpty()) {
            throw new InvalidStateException("The step was removed from the path; answer the proposal instead.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = answer == null || answer.isBlank() ? null : comment(answer, "answer", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DayRange newDays = days != null ? days : new DayRange(proposal.reportedDays(), proposal.reportedDays());
        PathRevision next;
        try {
            next = save(solutionId, current.revision(), current.path().withStepDays(proposal.stepId(), newDays),
                    actor.username(), current.example(), "proposal " + proposal.id());
        } catch (InvalidInputException e) {
            // the only new value is the step's days: name them as the body does
            throw new InvalidInputException(e.fieldProblems().stream()
                    .map(p -> new FieldProblem(p.field().replaceFirst("^steps\\[\\d+\\]\\.", ""), p.message())).toList());
        }
        proposal.accept(next.revision(), text, clock.instant(), actor.username());
        return proposals.saveAndFlush(proposal);
    }

    /** The publisher answers a proposal without changing the path. */
    public StepProposal answer(Actor actor, UUID solutionId, UUID proposalId, String answer) {
        StepProposal proposal = proposalToHandle(actor, solutionId, proposalId);
        List<FieldProblem> problems = new ArrayList<>();
        String text = comment(answer, "answer", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        proposal.answer(text, clock.instant(), actor.username());
        return proposals.saveAndFlush(proposal);
    }

    private StepProposal proposalToHandle(Actor actor, UUID solutionId, UUID proposalId) {
        Solution solution = catalog.get(actor, solutionId);
        if (!se.delbart.catalog.SolutionPermissions.canEdit(actor, solution)) {
            throw new NotPermittedException("Only the publisher's editors handle proposals to its path.");
        }
        return proposals.findById(proposalId).filter(p -> p.solutionId().equals(solutionId))
                .orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    private static String comment(String value, String field, List<FieldProblem> problems) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            problems.add(new FieldProblem(field, "must not be empty"));
        } else if (text.length() > MAX_COMMENT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_COMMENT + " characters"));
        } else if (!PlainText.Validator.isPlain(text, true)) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
        return text;
    }
}
