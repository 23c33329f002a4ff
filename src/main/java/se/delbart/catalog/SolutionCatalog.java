package se.delbart.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.JoinType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.StaleVersionException;

/**
 * The catalogue's use cases: create, update, publish and withdraw solutions, read them as the actor may, and keep
 * an audit entry for every change. Guards on state live in {@link Solution}; who may do what in
 * {@link SolutionPermissions}.
 */
@Service
@Transactional
public class SolutionCatalog {

    /** Properties a list may be sorted by; anything else is a client error, not a 500. */
    static final Set<String> SORTABLE = Set.of("name", "publishedAt", "updatedAt", "createdAt");

    private final Solutions solutions;
    private final SolutionChanges changes;
    private final Municipalities municipalities;
    private final Validator validator;
    private final Clock clock;

    SolutionCatalog(Solutions solutions, SolutionChanges changes, Municipalities municipalities, Validator validator,
            Clock clock) {
        this.solutions = solutions;
        this.changes = changes;
        this.municipalities = municipalities;
        this.validator = validator;
        this.clock = clock;
    }

    /** Creates a draft for the editor's own municipality. The publisher is never taken from the input. */
    public Solution create(Actor actor, SolutionDetails details) {
        if (!SolutionPermissions.canCreate(actor)) {
            throw new NotPermittedException("Only a municipality's editors can publish solutions.");
        }
        validate(details);
        if (!municipalities.existsById(actor.municipalityCode())) {
            throw new NotFoundException("Municipality", actor.municipalityCode());
        }
        Instant now = clock.instant();
        Solution solution = solutions.saveAndFlush(Solution.draft(UUID.randomUUID(), actor.municipalityCode(), details, now));
        record(solution, actor, SolutionChange.Kind.CREATED, List.of("*"), now);
        return solution;
    }

    /** Replaces the details if {@code expectedVersion} is still current; returns the saved solution. */
    public Solution update(Actor actor, UUID id, long expectedVersion, SolutionDetails details) {
        Solution solution = editable(actor, id);
        checkVersion(solution, expectedVersion);
        validate(details);
        Instant now = clock.instant();
        Set<String> changed = solution.update(details, now);
        if (changed.isEmpty()) {
            return solution;
        }
        solution = solutions.saveAndFlush(solution);
        record(solution, actor, SolutionChange.Kind.UPDATED, changed, now);
        return solution;
    }

    /** Publishes; {@code expectedVersion} may be null when the caller does not send If-Match. */
    public Solution publish(Actor actor, UUID id, Long expectedVersion) {
        return transition(actor, id, expectedVersion, SolutionChange.Kind.PUBLISHED, Solution::publish);
    }

    /** Withdraws from the public catalogue; {@code expectedVersion} may be null as for {@link #publish}. */
    public Solution withdraw(Actor actor, UUID id, Long expectedVersion) {
        return transition(actor, id, expectedVersion, SolutionChange.Kind.WITHDRAWN, Solution::withdraw);
    }

    private Solution transition(Actor actor, UUID id, Long expectedVersion, SolutionChange.Kind kind,
            java.util.function.BiConsumer<Solution, Instant> change) {
        Solution solution = editable(actor, id);
        if (expectedVersion != null) {
            checkVersion(solution, expectedVersion);
        }
        Instant now = clock.instant();
        change.accept(solution, now);
        solution = solutions.saveAndFlush(solution);
        record(solution, actor, kind, List.of("lifecycle"), now);
        return solution;
    }

    /** Demo and import content: created as the given editor, published at {@code publishedAt} when asked. */
    public Solution createExample(Actor actor, SolutionDetails details, Lifecycle lifecycle, Instant publishedAt) {
        validate(details);
        Solution solution = Solution.draft(UUID.randomUUID(), actor.municipalityCode(), details, publishedAt);
        solution.markAsExample();
        solution = solutions.saveAndFlush(solution);
        record(solution, actor, SolutionChange.Kind.CREATED, List.of("*"), publishedAt);
        if (lifecycle != Lifecycle.DRAFT) {
            solution.publish(publishedAt);
            solution = solutions.saveAndFlush(solution);
            record(solution, actor, SolutionChange.Kind.PUBLISHED, List.of("lifecycle"), publishedAt);
        }
        if (lifecycle == Lifecycle.WITHDRAWN) {
            Instant now = clock.instant();
            solution.withdraw(now);
            solution = solutions.saveAndFlush(solution);
            record(solution, actor, SolutionChange.Kind.WITHDRAWN, List.of("lifecycle"), now);
        }
        return solution;
    }

    @Transactional(readOnly = true)
    public Solution get(Actor actor, UUID id) {
        return solutions.findById(id).filter(s -> SolutionPermissions.canView(actor, s))
                .orElseThrow(() -> new NotFoundException("Solution", id));
    }

    /**
     * Throws {@link NotFoundException} unless the solution exists and the actor may see it, like {@link #get}, but
     * with one small query instead of loading the solution and its collections.
     */
    @Transactional(readOnly = true)
    public void checkViewable(Actor actor, UUID id) {
        solutions.findVisibilityById(id)
                .filter(v -> SolutionPermissions.canView(actor, v.getLifecycle(), v.getPublisherCode()))
                .orElseThrow(() -> new NotFoundException("Solution", id));
    }

    @Transactional(readOnly = true)
    public Page<Solution> list(Actor actor, SolutionFilter filter, Pageable pageable) {
        return solutions.findAll(specification(actor, filter), sanitise(pageable));
    }

    @Transactional(readOnly = true)
    public Page<SolutionChange> history(Actor actor, UUID id, Pageable pageable) {
        get(actor, id);
        return changes.findBySolutionIdOrderByChangedAtDescIdDesc(id,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** The solution if it is published now; for modules that mirror the public catalogue (search). */
    @Transactional(readOnly = true)
    public java.util.Optional<Solution> findPublished(UUID id) {
        return solutions.findById(id).filter(Solution::isPublished);
    }

    /**
     * Those of the given solutions the actor may see ({@link SolutionPermissions#canView}), in one query: the rule
     * that modules showing things about solutions (adoptions, reports) apply as well.
     */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> visibleTo(Actor actor, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return solutions.findAll((root, q, cb) -> root.get("id").in(java.util.Set.copyOf(ids))).stream()
                .filter(s -> SolutionPermissions.canView(actor, s)).map(Solution::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Names of those of the given solutions that are published now, in one query (absent: not published). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> publishedNames(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            solutions.findNamesByIdInAndLifecycle(ids, Lifecycle.PUBLISHED)
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /** The stated effort of those of the given solutions that are published now, in one query (absent: not published). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, StatedEffort> publishedEfforts(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, StatedEffort> efforts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            solutions.findEffortsByIdInAndLifecycle(java.util.Set.copyOf(ids), Lifecycle.PUBLISHED).forEach(row ->
                    efforts.put((UUID) row[0], new StatedEffort((UUID) row[0], (EffortLevel) row[1], (Maturity) row[2],
                            range((Integer) row[3], (Integer) row[4]), range((Integer) row[5], (Integer) row[6]),
                            (Long) row[7], (Long) row[8])));
        }
        return efforts;
    }

    private static DayRange range(Integer min, Integer max) {
        return min == null || max == null ? null : new DayRange(min, max);
    }

    /** One page of published solutions in a stable order (oldest first), for rebuilding derived data. */
    @Transactional(readOnly = true)
    public Page<Solution> publishedPage(int page, int size) {
        return solutions.findAll((root, q, cb) -> cb.equal(root.get("lifecycle"), Lifecycle.PUBLISHED),
                PageRequest.of(page, size, Sort.by("createdAt", "id")));
    }

    /** Ids of solutions changed (in any lifecycle) at or after {@code since}. */
    @Transactional(readOnly = true)
    public List<UUID> changedSince(Instant since) {
        return solutions.findAll((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("updatedAt"), since),
                PageRequest.of(0, 10_000)).map(Solution::id).getContent();
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return solutions.count();
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return solutions.countByLifecycle(Lifecycle.PUBLISHED);
    }

    /** Validates the details against the bean constraints; field paths are the JSON names. */
    public void validate(SolutionDetails details) {
        Set<ConstraintViolation<SolutionDetails>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            violations.forEach(v -> problems.add(new FieldProblem(jsonPath(v.getPropertyPath().toString()), v.getMessage())));
            problems.sort(java.util.Comparator.comparing(FieldProblem::field));
            throw new InvalidInputException(problems);
        }
    }

    /** "initiatorGivenWhenNeeded" → "initiator", "fit.dpiaConsistent" → "fit.dpiaDone", "tags[].<iterable element>" → "tags". */
    static String jsonPath(String path) {
        String p = path.replaceAll("\\.<[^>]+>", "").replaceAll("\\[\\]", "");
        return switch (p) {
            case "initiatorGivenWhenNeeded" -> "initiator";
            case "fit.dpiaConsistent" -> "fit.dpiaDone";
            case "fit.idealTypesDistinct" -> "fit.idealTypes";
            default -> p.replace(".ordered", "");
        };
    }

    /** Throws unless the actor may change the solution. */
    public void checkCanEdit(Actor actor, Solution solution) {
        if (!SolutionPermissions.canEdit(actor, solution)) {
            throw new NotPermittedException("Only editors of the publishing municipality can change this solution.");
        }
    }

    private Solution editable(Actor actor, UUID id) {
        Solution solution = solutions.findById(id).filter(s -> SolutionPermissions.canView(actor, s))
                .orElseThrow(() -> new NotFoundException("Solution", id));
        checkCanEdit(actor, solution);
        return solution;
    }

    private static void checkVersion(Solution solution, long expectedVersion) {
        if (solution.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, solution.version());
        }
    }

    private void record(Solution solution, Actor actor, SolutionChange.Kind kind, java.util.Collection<String> fields,
            Instant at) {
        changes.save(new SolutionChange(solution.id(), solution.version(), at, actor.username(), kind, fields));
    }

    private static Specification<Solution> specification(Actor actor, SolutionFilter f) {
        List<Specification<Solution>> specs = new ArrayList<>();
        if (f.lifecycle() == null || f.lifecycle() == Lifecycle.PUBLISHED
                || !SolutionPermissions.canSeeUnpublishedOf(actor, f.municipality())) {
            specs.add((root, q, cb) -> cb.equal(root.get("lifecycle"), Lifecycle.PUBLISHED));
        } else {
            specs.add((root, q, cb) -> cb.equal(root.get("lifecycle"), f.lifecycle()));
        }
        if (f.municipality() != null) {
            specs.add((root, q, cb) -> cb.equal(root.get("publisherCode"), f.municipality()));
        }
        if (f.domain() != null) {
            specs.add((root, q, cb) -> {
                q.distinct(true);
                return cb.equal(root.join("domains", JoinType.INNER), f.domain());
            });
        }
        if (f.status() != null) {
            specs.add((root, q, cb) -> cb.equal(root.get("maturity"), f.status()));
        }
        if (f.type() != null) {
            specs.add((root, q, cb) -> cb.equal(root.get("solutionType"), f.type()));
        }
        if (f.effortLevel() != null) {
            specs.add((root, q, cb) -> cb.equal(root.get("effortLevel"), f.effortLevel()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            specs.add((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
                    cb.like(cb.lower(root.get("summary")), like, '\\')));
        }
        return Specification.allOf(specs);
    }

    private static Pageable sanitise(Pageable pageable) {
        Sort sort = pageable.getSort();
        List<FieldProblem> bad = new ArrayList<>();
        sort.forEach(order -> {
            if (!SORTABLE.contains(order.getProperty())) {
                bad.add(new FieldProblem("sort", "cannot sort by '" + order.getProperty() + "'; use one of " + SORTABLE));
            }
        });
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        if (sort.isUnsorted()) {
            sort = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("name"));
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }
}
