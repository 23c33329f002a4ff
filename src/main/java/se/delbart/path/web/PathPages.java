package se.delbart.path.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Figures;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.path.Checklist;
import se.delbart.path.Checklists;
import se.delbart.path.ImplementationPath;
import se.delbart.path.ImplementationPaths;
import se.delbart.path.PathDocument;
import se.delbart.path.PathRevision;
import se.delbart.path.PathStep;
import se.delbart.path.StepProposal;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;

/** What the path's pages and page sections show, read in one place. */
@Component
class PathPages {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ImplementationPaths paths;
    private final Checklists checklists;
    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final se.delbart.profile.Profiles profiles;
    private final se.delbart.municipality.Municipalities municipalities;

    PathPages(ImplementationPaths paths, Checklists checklists, SolutionCatalog catalog, AdoptionRegistry adoptions,
            se.delbart.profile.Profiles profiles, se.delbart.municipality.Municipalities municipalities) {
        this.municipalities = municipalities;
        this.paths = paths;
        this.checklists = checklists;
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.profiles = profiles;
    }

    record StepRow(int number, String id, String title, String description, DayRange days, List<String> roles,
            boolean providerCanDo, Figures reported) {
    }

    /** The solution page's path section; {@code ownAdoption}: the viewer's municipality's adoption, for its checklist. */
    record PathSection(UUID solutionId, int revision, boolean example, ZonedDateTime changedAt, List<String> prerequisites,
            List<StepRow> steps, List<String> decisions, List<PathDocument> documents, boolean canEdit,
            long pendingProposals, UUID ownAdoption, boolean firstScreen) {

        public boolean hasPath() {
            return revision > 0;
        }
    }

    /** The section for a solution the actor may see: empty when it has no path and the actor cannot write one. */
    @Transactional(readOnly = true)
    Optional<PathSection> section(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        boolean canEdit = SolutionPermissions.canEdit(actor, solution);
        Optional<PathRevision> current = paths.current(actor, solutionId);
        if (current.isEmpty() && !canEdit) {
            return Optional.empty();
        }
        UUID own = actor == null || actor.municipalityCode() == null ? null
                : adoptions.find(actor.municipalityCode(), solutionId).map(Adoption::id).orElse(null);
        if (current.isEmpty()) {
            return Optional.of(new PathSection(solutionId, 0, false, null, List.of(), List.of(), List.of(), List.of(),
                    true, 0, own, false));
        }
        PathRevision r = current.get();
        Map<String, Figures> reported = paths.reportedDays(actor, solutionId);
        long pending = canEdit ? paths.proposals(actor, solutionId).stream()
                .filter(p -> p.status() == StepProposal.Status.PENDING).count() : 0;
        return Optional.of(new PathSection(solutionId, r.revision(), r.example(), r.changedAt().atZone(SWEDEN),
                r.path().prerequisites(), rows(r.path(), reported), r.path().decisions(), r.path().documents(), canEdit,
                pending, own, pragmatic(actor)));
    }

    /** Whether the viewer's municipality leans pragmatic: such municipalities see the path first. */
    boolean pragmatic(Actor actor) {
        if (actor == null || actor.municipalityCode() == null) {
            return false;
        }
        return profiles.profileOf(actor.municipalityCode()).dominant() == IdealType.PRAGMATIC;
    }

    private static List<StepRow> rows(ImplementationPath path, Map<String, Figures> reported) {
        List<PathStep> steps = path.steps();
        return java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> {
            PathStep s = steps.get(i);
            return new StepRow(i + 1, s.id(), s.title(), s.description(), s.days(), s.roles(), s.providerCanDo(),
                    reported == null ? Figures.NONE : reported.getOrDefault(s.id(), Figures.NONE));
        }).toList();
    }

    record ItemRow(int number, PathStep step, Checklist.Tick tick, boolean done) {
    }

    /** An adoption's checklist page. */
    record ChecklistPage(UUID adoptionId, long adoptionVersion, UUID solutionId, String solutionName,
            String municipalityName, AdoptionStatus status, AdoptionStatus suggested, int done, int total,
            List<ItemRow> items, boolean canTick) {
    }

    @Transactional(readOnly = true)
    ChecklistPage checklist(Actor actor, UUID adoptionId) {
        Checklists.AdoptionChecklist c = checklists.of(actor, adoptionId);
        Adoption a = c.adoption();
        List<Checklist.Item> items = c.checklist().items();
        return new ChecklistPage(a.id(), a.version(), a.solutionId(),
                catalog.findPublished(a.solutionId()).map(Solution::name).orElse(null),
                municipalityName(a.municipalityCode()), a.status(), c.suggestedStatus().orElse(null),
                c.checklist().done(), c.checklist().total(),
                java.util.stream.IntStream.range(0, items.size())
                        .mapToObj(i -> new ItemRow(i + 1, items.get(i).step(), items.get(i).tick(), items.get(i).done()))
                        .toList(),
                canTick(actor, a));
    }

    /** The adoption page's summary of the checklist; empty while the solution has no path. */
    record Summary(UUID adoptionId, int done, int total, AdoptionStatus suggested, long adoptionVersion,
            boolean canTick) {
    }

    @Transactional(readOnly = true)
    Optional<Summary> summary(Actor actor, UUID adoptionId) {
        Adoption a = adoptions.get(actor, adoptionId);
        return checklists.find(a).map(c -> new Summary(a.id(), c.checklist().done(), c.checklist().total(),
                c.suggestedStatus().orElse(null), a.version(), canTick(actor, a)));
    }

    static boolean canTick(Actor actor, Adoption a) {
        return actor != null && actor.role().belongsToMunicipality() && actor.worksFor(a.municipalityCode());
    }

    String municipalityName(String kommunkod) {
        return municipalities.findById(kommunkod).map(se.delbart.municipality.Municipality::name).orElse(kommunkod);
    }
}
