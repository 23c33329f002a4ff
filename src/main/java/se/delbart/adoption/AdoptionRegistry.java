package se.delbart.adoption;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * Records adoptions as the adopting municipality's own staff states them: only its EDITORs and MEMBERs may record
 * or change its adoption; a publisher cannot record adoptions for others, nor adopt its own solution.
 */
@Service
@Transactional
public class AdoptionRegistry {

    private final Adoptions adoptions;
    private final AdoptionStatusChanges history;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final Clock clock;
    private final ExperienceReports reports;
    private final jakarta.validation.Validator validator;

    AdoptionRegistry(Adoptions adoptions, AdoptionStatusChanges history, SolutionCatalog catalog,
            Municipalities municipalities, Clock clock, ExperienceReports reports, jakarta.validation.Validator validator) {
        this.reports = reports;
        this.validator = validator;
        this.adoptions = adoptions;
        this.history = history;
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The actor's municipality adopts a published solution. */
    public Adoption record(Actor actor, UUID solutionId, AdoptionStatus status, String adoptedVersion,
            Set<String> departments) {
        if (actor == null || !actor.role().belongsToMunicipality()) {
            throw new NotPermittedException("Only a municipality's own staff can record its adoptions.");
        }
        Solution solution = catalog.findPublished(solutionId)
                .orElseThrow(() -> new NotFoundException("Solution", solutionId));
        if (actor.worksFor(solution.publisherCode())) {
            throw new InvalidStateException("A municipality does not adopt its own solution.");
        }
        adoptions.findBySolutionIdAndMunicipalityCode(solutionId, actor.municipalityCode()).ifPresent(existing -> {
            throw new InvalidStateException("Your municipality has already recorded this adoption (" + existing.id()
                    + "); change its status instead.");
        });
        Instant now = clock.instant();
        Adoption adoption = adoptions.saveAndFlush(Adoption.start(UUID.randomUUID(), solutionId,
                actor.municipalityCode(), status == null ? AdoptionStatus.INTERESTED : status, adoptedVersion,
                Departments.clean(departments), now));
        history.save(new AdoptionStatusChange(adoption.id(), null, adoption.status(), now, actor.username(), null));
        return adoption;
    }

    /**
     * Changes status and/or description (null: unchanged). {@code expectedVersion} may be null; when given it must
     * be current.
     */
    public Adoption change(Actor actor, UUID adoptionId, Long expectedVersion, AdoptionStatus status, String reason,
            Set<String> departments, String adoptedVersion) {
        Adoption adoption = get(adoptionId);
        if (actor == null || !actor.role().belongsToMunicipality() || !actor.worksFor(adoption.municipalityCode())) {
            throw new NotPermittedException("Only staff of the adopting municipality can change its adoption.");
        }
        if (expectedVersion != null && expectedVersion != adoption.version()) {
            throw new StaleVersionException(expectedVersion, adoption.version());
        }
        Instant now = clock.instant();
        AdoptionStatus before = adoption.status();
        if (status != null && status != before) {
            adoption.moveTo(status, reason, now);
        }
        adoption.describe(departments == null ? adoption.departments() : Departments.clean(departments),
                adoptedVersion == null ? adoption.adoptedVersion() : adoptedVersion, now);
        adoption = adoptions.saveAndFlush(adoption);
        if (adoption.status() != before) {
            history.save(new AdoptionStatusChange(adoption.id(), before, adoption.status(), now, actor.username(),
                    adoption.status() == AdoptionStatus.DISCONTINUED ? adoption.discontinuedReason() : null));
        }
        return adoption;
    }

    /**
     * Replaces the adoption's current experience report (the previous one stays in its history). Reports are about
     * real use: the adoption must be IMPLEMENTING, IN_PRODUCTION or DISCONTINUED.
     */
    public ExperienceReport report(Actor actor, UUID adoptionId, Experience experience) {
        Adoption adoption = get(adoptionId);
        if (actor == null || !actor.role().belongsToMunicipality() || !actor.worksFor(adoption.municipalityCode())) {
            throw new NotPermittedException("Only staff of the adopting municipality can report its experience.");
        }
        if (adoption.status().ordinal() < AdoptionStatus.IMPLEMENTING.ordinal()) {
            throw new InvalidStateException("Report your experience once the adoption is being implemented; it is "
                    + adoption.status() + ".");
        }
        var violations = validator.validate(experience);
        if (!violations.isEmpty()) {
            throw new se.delbart.shared.InvalidInputException(violations.stream()
                    .map(v -> new se.delbart.shared.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(se.delbart.shared.FieldProblem::field)).toList());
        }
        int revision = reports.findFirstByAdoptionIdOrderByRevisionDesc(adoptionId).map(r -> r.revision() + 1).orElse(1);
        return reports.save(new ExperienceReport(adoptionId, revision, experience, clock.instant(), actor.username()));
    }

    /** The current report, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<ExperienceReport> currentReport(UUID adoptionId) {
        return reports.findFirstByAdoptionIdOrderByRevisionDesc(get(adoptionId).id());
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    public List<ExperienceReport> reportHistory(UUID adoptionId) {
        return reports.findByAdoptionIdOrderByRevisionDesc(get(adoptionId).id());
    }

    /** Stated vs reported effort, ratings and badges of a solution the actor may see. */
    @Transactional(readOnly = true)
    public SolutionExperience experienceOf(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        List<Adoption> all = adoptions.findBySolutionIdOrderByCreatedAtAsc(solutionId);
        List<Experience> current = all.stream()
                .map(a -> reports.findFirstByAdoptionIdOrderByRevisionDesc(a.id()))
                .flatMap(java.util.Optional::stream).map(ExperienceReport::experience).toList();
        Map<AdoptionStatus, Long> counts = new java.util.EnumMap<>(AdoptionStatus.class);
        for (AdoptionStatus status : AdoptionStatus.values()) {
            counts.put(status, all.stream().filter(a -> a.status() == status).count());
        }
        java.util.Set<String> groups = new java.util.TreeSet<>();
        all.stream().filter(a -> a.status() == AdoptionStatus.IMPLEMENTING || a.status() == AdoptionStatus.IN_PRODUCTION)
                .forEach(a -> municipalities.findById(a.municipalityCode())
                        .ifPresent(m -> groups.add(m.skrGroup().name())));
        var details = solution.details();
        var reported = new SolutionExperience.Reported(
                Figures.of(current.stream().map(Experience::implementationDays).toList()),
                Figures.of(current.stream().map(Experience::adaptationDays).toList()),
                Figures.of(current.stream().map(Experience::oneOffCostSek).toList()),
                Figures.of(current.stream().map(Experience::yearlyCostSek).toList()),
                Figures.of(current.stream().map(Experience::weeksToFirstValue).toList()));
        var ratings = new SolutionExperience.Ratings(
                Figures.Rating.of(current.stream().map(Experience::operationalRating).toList()),
                Figures.Rating.of(current.stream().map(Experience::citizenRating).toList()),
                Figures.Rating.of(current.stream().map(Experience::supportRating).toList()));
        // share recommending, as an "average" of 1 (yes) and 0 (no)
        var recommend = Figures.Rating.of(current.stream().map(e -> e.wouldRecommend() ? 1 : 0).toList());
        var stated = details.effort();
        var facts = new TrustBadges.Facts(counts.get(AdoptionStatus.IN_PRODUCTION).intValue(), groups,
                stated.implementationDays() == null ? null : stated.implementationDays().min(),
                stated.implementationDays() == null ? null : stated.implementationDays().max(),
                reported.implementationDays(), solution.updatedAt(), details.contacts().size(), details.licence(),
                details.links().sourceCode(), clock.instant());
        return new SolutionExperience(counts, stated, reported, ratings, recommend, TrustBadges.award(facts));
    }

    @Transactional(readOnly = true)
    public Adoption get(UUID adoptionId) {
        return adoptions.findById(adoptionId).orElseThrow(() -> new NotFoundException("Adoption", adoptionId));
    }

    @Transactional(readOnly = true)
    public List<AdoptionStatusChange> history(UUID adoptionId) {
        return history.findByAdoptionIdOrderByChangedAtAscIdAsc(get(adoptionId).id());
    }

    /** Adoptions of a solution the actor may see (published ones for everybody). */
    @Transactional(readOnly = true)
    public List<Adoption> forSolution(Actor actor, UUID solutionId) {
        catalog.get(actor, solutionId);
        return adoptions.findBySolutionIdOrderByCreatedAtAsc(solutionId);
    }

    @Transactional(readOnly = true)
    public List<Adoption> forMunicipality(String kommunkod) {
        if (!municipalities.existsById(kommunkod)) {
            throw new NotFoundException("Municipality", kommunkod);
        }
        return adoptions.findByMunicipalityCodeOrderByUpdatedAtDesc(kommunkod);
    }

    /** How many municipalities run the solution in production. */
    @Transactional(readOnly = true)
    public long inProduction(UUID solutionId) {
        return adoptions.countBySolutionIdAndStatus(solutionId, AdoptionStatus.IN_PRODUCTION);
    }

    /** {@link #inProduction(UUID)} for many solutions in one query; absent ids have zero. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> inProduction(Collection<UUID> solutionIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!solutionIds.isEmpty()) {
            adoptions.countByStatusFor(solutionIds, AdoptionStatus.IN_PRODUCTION)
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Every adoption in any status, oldest first: what the recommender learns from (issue 6). */
    @Transactional(readOnly = true)
    public List<Adoption> all() {
        return adoptions.findAllByOrderByCreatedAtAsc();
    }
}
