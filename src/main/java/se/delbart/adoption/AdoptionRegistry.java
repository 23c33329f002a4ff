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
import se.delbart.municipality.Municipality;
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
        return record(actor, solutionId, status, adoptedVersion, departments, clock.instant());
    }

    private Adoption record(Actor actor, UUID solutionId, AdoptionStatus status, String adoptedVersion,
            Set<String> departments, Instant now) {
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
        Instant now = clock.instant();
        if (status != null && status != get(adoptionId).status()) {
            checkStatusChangeRate(adoptionId, now);
        }
        return change(actor, adoptionId, expectedVersion, status, reason, departments, adoptedVersion, now);
    }

    /** At most this many status changes (corrections included) of one adoption in a day. */
    static final int STATUS_CHANGES_PER_DAY = 10;

    /**
     * Status changes notify the publisher and move counts and rankings: toggling a status back and forth was a way to
     * flood an inbox. Refuses the change with 429 once the adoption changed status {@link #STATUS_CHANGES_PER_DAY}
     * times in the last 24 hours, and says when the next one is possible.
     */
    private void checkStatusChangeRate(UUID adoptionId, Instant now) {
        java.time.Duration day = java.time.Duration.ofDays(1);
        // the adoption's first status (its recording) is not a change
        List<AdoptionStatusChange> recent = history.findByAdoptionIdAndChangedAtGreaterThanEqualOrderByChangedAtAsc(
                adoptionId, now.minus(day)).stream().filter(c -> c.from() != null).toList();
        if (recent.size() >= STATUS_CHANGES_PER_DAY) {
            java.time.Duration wait = java.time.Duration.between(now,
                    recent.get(recent.size() - STATUS_CHANGES_PER_DAY).changedAt().plus(day));
            throw new se.delbart.shared.TooManyRequestsException(List.of(new se.delbart.shared.FieldProblem("status",
                    "at most " + STATUS_CHANGES_PER_DAY + " status changes a day; try again later")),
                    wait.isNegative() ? java.time.Duration.ofMinutes(1) : wait);
        }
    }

    private Adoption change(Actor actor, UUID adoptionId, Long expectedVersion, AdoptionStatus status, String reason,
            Set<String> departments, String adoptedVersion, Instant now) {
        Adoption adoption = get(adoptionId);
        if (actor == null || !actor.role().belongsToMunicipality() || !actor.worksFor(adoption.municipalityCode())) {
            throw new NotPermittedException("Only staff of the adopting municipality can change its adoption.");
        }
        if (expectedVersion != null && expectedVersion != adoption.version()) {
            throw new StaleVersionException(expectedVersion, adoption.version());
        }
        AdoptionStatus before = adoption.status();
        boolean correction = status != null && before.canCorrectTo(status);
        if (correction) {
            adoption.correctTo(status, now);
        } else if (status != null && status != before) {
            adoption.moveTo(status, reason, now);
        }
        adoption.describe(departments == null ? adoption.departments() : Departments.clean(departments),
                adoptedVersion == null ? adoption.adoptedVersion() : adoptedVersion, now);
        adoption = adoptions.saveAndFlush(adoption);
        if (correction) {
            history.save(AdoptionStatusChange.correction(adoption.id(), before, adoption.status(), now, actor.username()));
        } else if (adoption.status() != before) {
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
        return report(actor, adoptionId, experience, clock.instant());
    }

    private ExperienceReport report(Actor actor, UUID adoptionId, Experience experience, Instant now) {
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
        return reports.save(new ExperienceReport(adoptionId, revision, experience, now, actor.username()));
    }

    /** A status reached at a given time, with the reason when it is DISCONTINUED. */
    public record DatedStep(AdoptionStatus status, Instant at, String reason) {
    }

    /**
     * Demo and import content: records an adoption that happened in the past, step by step at the given times, and
     * optionally its experience report, under the same rules as {@link #record}, {@link #change} and
     * {@link #report}. Times must not decrease and must not lie in the future. Not reachable over HTTP: nobody can
     * back-date an adoption through the API or the pages.
     */
    public Adoption recordExample(Actor actor, UUID solutionId, String adoptedVersion, Set<String> departments,
            List<DatedStep> steps, Experience experience, Instant reportedAt) {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("an example adoption needs at least one step");
        }
        Instant now = clock.instant();
        Instant previous = null;
        for (DatedStep step : steps) {
            if (step.at().isAfter(now) || (previous != null && step.at().isBefore(previous))) {
                throw new IllegalArgumentException("example steps must be in order and not in the future: " + steps);
            }
            previous = step.at();
        }
        if (experience != null && (reportedAt == null || reportedAt.isBefore(previous) || reportedAt.isAfter(now))) {
            throw new IllegalArgumentException("an example report must come after the last step and not in the future");
        }
        DatedStep first = steps.get(0);
        Adoption adoption = record(actor, solutionId, first.status(), adoptedVersion, departments, first.at());
        for (DatedStep step : steps.subList(1, steps.size())) {
            adoption = change(actor, adoption.id(), null, step.status(), step.reason(), null, null, step.at());
        }
        if (experience != null) {
            report(actor, adoption.id(), experience, reportedAt);
        }
        return adoption;
    }

    /** The municipality's adoption of the solution, if it recorded one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Adoption> find(String kommunkod, UUID solutionId) {
        return adoptions.findBySolutionIdAndMunicipalityCode(solutionId, kommunkod);
    }

    /** The current report, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<ExperienceReport> currentReport(UUID adoptionId) {
        return reports.findFirstByAdoptionIdOrderByRevisionDesc(get(adoptionId).id());
    }

    /** The current report of each of the given adoptions that has one, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, ExperienceReport> currentReports(Collection<Adoption> of) {
        Map<UUID, ExperienceReport> current = new HashMap<>();
        if (!of.isEmpty()) {
            reports.findCurrentByAdoptionIdIn(of.stream().map(Adoption::id).toList())
                    .forEach(r -> current.put(r.adoptionId(), r));
        }
        return current;
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    public List<ExperienceReport> reportHistory(UUID adoptionId) {
        return reports.findByAdoptionIdOrderByRevisionDesc(get(adoptionId).id());
    }

    /**
     * Stated vs reported effort, ratings, badges, adopters by SKR group and county, and recent reports of a solution
     * the actor may see. The API and the solution page both show this one computation.
     */
    @Transactional(readOnly = true)
    public SolutionExperience experienceOf(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        List<Adoption> all = adoptions.findBySolutionIdOrderByCreatedAtAsc(solutionId);
        Map<UUID, ExperienceReport> currentByAdoption = currentReports(all);
        List<Experience> current = all.stream().map(a -> currentByAdoption.get(a.id()))
                .filter(java.util.Objects::nonNull).map(ExperienceReport::experience).toList();
        Map<AdoptionStatus, Long> counts = new java.util.EnumMap<>(AdoptionStatus.class);
        for (AdoptionStatus status : AdoptionStatus.values()) {
            counts.put(status, all.stream().filter(a -> a.status() == status).count());
        }
        Map<String, Municipality> adopters = new HashMap<>();
        municipalities.findAllByKommunkodIn(all.stream().map(Adoption::municipalityCode).toList())
                .forEach(m -> adopters.put(m.kommunkod(), m));
        java.util.Set<String> groups = new java.util.TreeSet<>();
        all.stream().filter(a -> a.status() == AdoptionStatus.IMPLEMENTING || a.status() == AdoptionStatus.IN_PRODUCTION)
                .map(a -> adopters.get(a.municipalityCode())).filter(java.util.Objects::nonNull)
                .forEach(m -> groups.add(m.skrGroup().name()));
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
        List<Adoption> active = all.stream().filter(a -> a.status() != AdoptionStatus.DISCONTINUED).toList();
        var bySkrGroup = SolutionExperience.AdopterCount.tally(active.stream().map(a -> adopters.get(a.municipalityCode()))
                .filter(java.util.Objects::nonNull).map(m -> new String[] { m.skrGroup().name(), m.skrGroupName() }).toList());
        var byCounty = SolutionExperience.AdopterCount.tally(active.stream().map(a -> adopters.get(a.municipalityCode()))
                .filter(java.util.Objects::nonNull).map(m -> new String[] { m.countyCode(), m.countyName() }).toList());
        List<SolutionExperience.RecentReport> recent = all.stream().filter(a -> currentByAdoption.containsKey(a.id()))
                .map(a -> {
                    ExperienceReport r = currentByAdoption.get(a.id());
                    Municipality m = adopters.get(a.municipalityCode());
                    return new SolutionExperience.RecentReport(a.id(), a.municipalityCode(),
                            m == null ? a.municipalityCode() : m.name(), a.status(), r.reportedAt(), r.revision(),
                            r.experience());
                })
                .sorted(java.util.Comparator.comparing(SolutionExperience.RecentReport::reportedAt).reversed())
                .limit(RECENT_REPORTS).toList();
        return new SolutionExperience(counts, stated, reported, ratings, recommend, TrustBadges.award(facts),
                bySkrGroup, byCounty, recent);
    }

    /** How many of the latest experience reports a solution shows. */
    static final int RECENT_REPORTS = 5;

    @Transactional(readOnly = true)
    public Adoption get(UUID adoptionId) {
        return adoptions.findById(adoptionId).orElseThrow(() -> new NotFoundException("Adoption", adoptionId));
    }

    /**
     * An adoption the actor may see: one of a solution the actor may see (the rule of {@link #forSolution}: published,
     * or the actor's own municipality's, or any for an admin), or the actor's own municipality's adoption. Otherwise
     * not found, as the solution itself: a withdrawn solution's adoptions and reports are not public.
     */
    @Transactional(readOnly = true)
    public Adoption get(Actor actor, UUID adoptionId) {
        Adoption adoption = get(adoptionId);
        if (!visible(actor, List.of(adoption)).contains(adoption)) {
            throw new NotFoundException("Adoption", adoptionId);
        }
        return adoption;
    }

    /** {@link #currentReport(UUID)} of an adoption the actor may see ({@link #get(Actor, UUID)}). */
    @Transactional(readOnly = true)
    public java.util.Optional<ExperienceReport> currentReport(Actor actor, UUID adoptionId) {
        return reports.findFirstByAdoptionIdOrderByRevisionDesc(get(actor, adoptionId).id());
    }

    /** {@link #reportHistory(UUID)} of an adoption the actor may see ({@link #get(Actor, UUID)}). */
    @Transactional(readOnly = true)
    public List<ExperienceReport> reportHistory(Actor actor, UUID adoptionId) {
        return reports.findByAdoptionIdOrderByRevisionDesc(get(actor, adoptionId).id());
    }

    /** The municipality's adoptions that the actor may see ({@link #get(Actor, UUID)}). */
    @Transactional(readOnly = true)
    public List<Adoption> forMunicipality(Actor actor, String kommunkod) {
        return visible(actor, forMunicipality(kommunkod));
    }

    private List<Adoption> visible(Actor actor, List<Adoption> of) {
        java.util.Set<UUID> solutions = catalog.visibleTo(actor, of.stream().map(Adoption::solutionId).toList());
        return of.stream().filter(a -> solutions.contains(a.solutionId())
                || actor != null && actor.worksFor(a.municipalityCode())).toList();
    }

    @Transactional(readOnly = true)
    public List<AdoptionStatusChange> history(UUID adoptionId) {
        return history.findByAdoptionIdOrderByChangedAtAscIdAsc(get(adoptionId).id());
    }

    /**
     * Since when each adoption has been in its current status: the time of its latest status change, or its creation
     * when none is recorded. One query whatever the number of adoptions.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Instant> statusSince(Collection<Adoption> of) {
        Map<UUID, Instant> since = new HashMap<>();
        of.forEach(a -> since.put(a.id(), a.createdAt()));
        if (!of.isEmpty()) {
            history.latestChangeFor(of.stream().map(Adoption::id).toList())
                    .forEach(row -> since.put((UUID) row[0], (Instant) row[1]));
        }
        return since;
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
