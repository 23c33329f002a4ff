package se.delbart.portfolio;

import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.SolutionExperience;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.Need;
import se.delbart.profile.Profiles;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.IdealType;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.PlainText;
import se.delbart.shared.StaleVersionException;
import se.delbart.shared.SwedishTime;
import java.util.HashSet;


/**
 * The portfolio's use cases: propose, assess at department and municipality level, decide and follow an initiative;
 * compare initiatives; keep the municipality's departments, goals, weights and budgets; grant the manager permission.
 * Uses the catalogue, adoptions, profiles and the municipality registry only through their public APIs.
 */
@Service
public class Portfolio {

    /** Departments a municipality starts with until it keeps its own list (the usual Swedish förvaltningar). */
    static final List<String> DEFAULT_DEPARTMENTS = List.of("Kommunstyrelseförvaltningen",
            "Barn- och utbildningsförvaltningen", "Socialförvaltningen", "Samhällsbyggnadsförvaltningen",
            "Kultur- och fritidsförvaltningen");
    static final int MAX_INITIATIVES = 2_000;
    static final int MAX_NOTE = 500;
    static final int MAX_RISKS = 2000;
    static final int MAX_MOTIVATION = 2000;
    static final int MAX_INACTION_NOTE = 1000;
    static final long MAX_SEK = 10_000_000_000L;
    static final int MAX_DAYS = 100_000;
    static final int MAX_WEEKS = 520;
    static final int MIN_COMPARE = 2;
    static final int MAX_COMPARE = 4;

    private final Initiatives initiatives;
    private final InitiativeChanges changes;
    private final PortfolioSettingsStore settings;
    private final PortfolioManagers managers;
    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final Profiles profiles;
    private final Municipalities municipalities;
    private final Clock clock;

    Portfolio(Initiatives initiatives, InitiativeChanges changes, PortfolioSettingsStore settings,
            PortfolioManagers managers, SolutionCatalog catalog, AdoptionRegistry adoptions, Profiles profiles,
            Municipalities municipalities, Clock clock) {
        this.initiatives = initiatives;
        this.changes = changes;
        this.settings = settings;
        this.managers = managers;
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.profiles = profiles;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** The municipality's settings, or the defaults until it saves its own. */
    @Transactional(readOnly = true)
    public PortfolioSetup setup(Actor actor, String kommunkod) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        return setupOf(kommunkod);
    }

    PortfolioSetup setupOf(String kommunkod) {
        PortfolioSettings s = settings.findById(kommunkod).orElseGet(() -> PortfolioSettings.defaults(kommunkod));
        PortfolioSetup setup = s.setup();
        if (s.isNew() && setup.departments().isEmpty()) {
            return new PortfolioSetup(DEFAULT_DEPARTMENTS, setup.goals(), setup.budgets(), setup.horizonYears(),
                    setup.dayRateSek(), setup.weights(), 0);
        }
        return setup;
    }

    /** The portfolio's initiatives matching the filter, newest first, each valued (without per-solution lookups). */
    @Transactional(readOnly = true)
    public List<InitiativeView> list(Actor actor, String kommunkod, InitiativeFilter filter) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        Context ctx = context(actor, kommunkod);
        return ctx.all.stream().filter(filter::matches).map(i -> view(ctx, i, false)).toList();
    }

    /** One initiative with its references (stated and reported adaptation, peers that run the solution). */
    @Transactional(readOnly = true)
    public InitiativeView get(Actor actor, String kommunkod, UUID id) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        Context ctx = context(actor, kommunkod);
        return view(ctx, find(kommunkod, id), true);
    }

    /** 2–4 initiatives of the same portfolio side by side, in the order asked. */
    @Transactional(readOnly = true)
    public List<InitiativeView> compare(Actor actor, String kommunkod, List<UUID> ids) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() < MIN_COMPARE || distinct.size() > MAX_COMPARE) {
            throw new InvalidInputException(List.of(new FieldProblem("id",
                    "choose " + MIN_COMPARE + "–" + MAX_COMPARE + " different initiatives to compare")));
        }
        Context ctx = context(actor, kommunkod);
        return distinct.stream().map(id -> view(ctx, find(kommunkod, id), true)).toList();
    }

    @Transactional(readOnly = true)
    public List<InitiativeChange> history(Actor actor, String kommunkod, UUID id) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        return changes.findByInitiativeIdOrderByChangedAtAscVersionAsc(find(kommunkod, id).id());
    }

    @Transactional(readOnly = true)
    public BudgetView budget(Actor actor, String kommunkod) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        return BudgetView.of(initiatives.findByKommunkodOrderByCreatedAtDescIdAsc(kommunkod), setupOf(kommunkod),
                currentYear());
    }

    /** The municipality's ideal-type mix, which chooses the guidance. */
    @Transactional(readOnly = true)
    public IdealTypeProfile profile(Actor actor, String kommunkod) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        return profiles.profileOf(kommunkod);
    }

    /** The ideal types whose guidance applies to the municipality's mix (see {@link Guidance}). */
    @Transactional(readOnly = true)
    public Set<IdealType> guidanceTypes(Actor actor, String kommunkod) {
        IdealTypeProfile profile = profile(actor, kommunkod);
        return Guidance.applicable(profile.dominant(), profile.weights());
    }

    /** The municipality's declared needs, for linking an initiative to one. */
    @Transactional(readOnly = true)
    public List<Need> needs(Actor actor, String kommunkod) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        return profiles.needsOf(kommunkod);
    }

    /** Whether the actor holds the portfolio manager permission for its municipality. */
    @Transactional(readOnly = true)
    public boolean isManager(Actor actor, String kommunkod) {
        return actor != null && actor.worksFor(kommunkod)
                && managers.existsById(new PortfolioManager.Key(kommunkod, actor.username()));
    }

    // --- writing -------------------------------------------------------------------------------------------------

    @Transactional
    public Initiative propose(Actor actor, String kommunkod, InitiativeDetails details) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        if (initiatives.countByKommunkod(kommunkod) >= MAX_INITIATIVES) {
            throw new InvalidInputException(List.of(new FieldProblem("title",
                    "a portfolio holds at most " + MAX_INITIATIVES + " initiatives")));
        }
        InitiativeDetails valid = validate(actor, kommunkod, details);
        Instant now = clock.instant();
        Initiative saved = initiatives.save(Initiative.propose(UUID.randomUUID(), kommunkod, valid, actor.username(),
                now));
        record(saved, InitiativeChanged.Action.PROPOSED, actor, now, null, null);
        return saved;
    }

    @Transactional
    public Initiative edit(Actor actor, String kommunkod, UUID id, Long expectedVersion, InitiativeDetails details) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        Initiative initiative = find(kommunkod, id);
        checkVersion(initiative, expectedVersion);
        InitiativeDetails valid = validate(actor, kommunkod, details);
        String changed = String.join(",", changedFields(initiative.details(), valid));
        Instant now = clock.instant();
        initiative.edit(valid, now);
        Initiative saved = initiatives.save(initiative);
        record(saved, InitiativeChanged.Action.EDITED, actor, now, changed, null);
        return saved;
    }

    @Transactional
    public Initiative assessDepartment(Actor actor, String kommunkod, UUID id, Long expectedVersion,
            DepartmentAssessment assessment) {
        PortfolioAccess.checkStaff(actor, existing(kommunkod));
        Initiative initiative = find(kommunkod, id);
        checkVersion(initiative, expectedVersion);
        validate(assessment);
        Instant now = clock.instant();
        initiative.assessAtDepartmentLevel(assessment, actor.username(), now);
        Initiative saved = initiatives.save(initiative);
        record(saved, InitiativeChanged.Action.DEPARTMENT_ASSESSED, actor, now, null, null);
        return saved;
    }

    @Transactional
    public Initiative assessMunicipality(Actor actor, String kommunkod, UUID id, Long expectedVersion,
            MunicipalityAssessment assessment) {
        PortfolioAccess.checkManager(actor, existing(kommunkod), isManager(actor, kommunkod));
        Initiative initiative = find(kommunkod, id);
        checkVersion(initiative, expectedVersion);
        validate(assessment, setupOf(kommunkod));
        Instant now = clock.instant();
        initiative.assessAtMunicipalityLevel(assessment, actor.username(), now);
        Initiative saved = initiatives.save(initiative);
        record(saved, InitiativeChanged.Action.MUNICIPALITY_ASSESSED, actor, now, null, null);
        return saved;
    }

    /**
     * Decides (PRIORITISED, DEFERRED, REJECTED) or stops: the portfolio manager's; starts or marks realised: any
     * staff member's.
     */
    @Transactional
    public Initiative move(Actor actor, String kommunkod, UUID id, Long expectedVersion, InitiativeStatus next,
            String motivation) {
        if (next == null) {
            throw new InvalidInputException(List.of(new FieldProblem("status", "must be given")));
        }
        if (motivation != null && motivation.length() > MAX_MOTIVATION) {
            throw new InvalidInputException(List.of(new FieldProblem("motivation",
                    "must be at most " + MAX_MOTIVATION + " characters")));
        }
        if (!PlainText.Validator.isPlain(motivation, true)) {
            throw new InvalidInputException(List.of(new FieldProblem("motivation", CONTROL_CHARACTERS)));
        }
        boolean decision = next.needsMotivation();
        if (decision) {
            PortfolioAccess.checkManager(actor, existing(kommunkod), isManager(actor, kommunkod));
        } else {
            PortfolioAccess.checkStaff(actor, existing(kommunkod));
        }
        Initiative initiative = find(kommunkod, id);
        checkVersion(initiative, expectedVersion);
        Instant now = clock.instant();
        initiative.moveTo(next, motivation, actor.username(), now);
        Initiative saved = initiatives.save(initiative);
        record(saved, InitiativeChanged.Action.STATUS_CHANGED, actor, now, null,
                motivation == null || motivation.isBlank() ? null : motivation.strip());
        return saved;
    }

    @Transactional
    public PortfolioSetup saveSetup(Actor actor, String kommunkod, Long expectedVersion, PortfolioSetup setup) {
        PortfolioAccess.checkManager(actor, existing(kommunkod), isManager(actor, kommunkod));
        validate(setup);
        PortfolioSettings current = settings.findById(kommunkod)
                .orElseGet(() -> PortfolioSettings.defaults(kommunkod));
        if (expectedVersion != null && !current.isNew() && expectedVersion != current.setup().version()) {
            throw new StaleVersionException(expectedVersion, current.setup().version());
        }
        current.change(setup, actor.username(), clock.instant());
        return settings.saveAndFlush(current).setup();
    }

    // --- the manager permission (administrators) ------------------------------------------------------------------

    @Transactional
    public void grantManager(Actor actor, String kommunkod, String username) {
        PortfolioAccess.checkAdmin(actor);
        existing(kommunkod);
        if (username == null || username.isBlank() || username.length() > 60) {
            throw new InvalidInputException(List.of(new FieldProblem("username", "must be given")));
        }
        PortfolioManager.Key key = new PortfolioManager.Key(kommunkod, username.strip());
        if (!managers.existsById(key)) {
            managers.save(new PortfolioManager(kommunkod, username.strip(), actor.username(), clock.instant()));
        }
    }

    @Transactional
    public void revokeManager(Actor actor, String kommunkod, String username) {
        PortfolioAccess.checkAdmin(actor);
        PortfolioManager.Key key = new PortfolioManager.Key(existing(kommunkod), username);
        if (managers.existsById(key)) {
            managers.deleteById(key);
        }
    }

    /** Every grant of the permission, by municipality and username: for administrators. */
    @Transactional(readOnly = true)
    public List<ManagerGrant> allManagers(Actor actor) {
        PortfolioAccess.checkAdmin(actor);
        return managers.findAllByOrderByKeyKommunkodAscKeyUsernameAsc().stream()
                .map(m -> new ManagerGrant(m.kommunkod(), m.username(), m.grantedBy(), m.grantedAt())).toList();
    }

    /** One grant of the portfolio manager permission. */
    public record ManagerGrant(String kommunkod, String username, String grantedBy, Instant grantedAt) {
    }

    /** The usernames holding the permission for a municipality: for administrators. */
    @Transactional(readOnly = true)
    public List<String> managers(Actor actor, String kommunkod) {
        PortfolioAccess.checkAdmin(actor);
        return managers.findByKeyKommunkodOrderByKeyUsernameAsc(existing(kommunkod)).stream()
                .map(PortfolioManager::username).toList();
    }

    // --- internals -----------------------------------------------------------------------------------------------

    /** What every view of one portfolio shares: settings, all initiatives, the type mix, and the reader's rights. */
    private record Context(Actor actor, String kommunkod, PortfolioSetup setup, List<Initiative> all,
            IdealType dominant, Set<IdealType> guidance, boolean manager, Map<UUID, String> solutionNames,
            Map<UUID, String> needTexts,
            List<Guidance.Sibling> siblings) {
    }

    private Context context(Actor actor, String kommunkod) {
        List<Initiative> all = initiatives.findByKommunkodOrderByCreatedAtDescIdAsc(kommunkod);
        Set<UUID> solutionIds = new LinkedHashSet<>();
        all.forEach(i -> i.solutionId().ifPresent(solutionIds::add));
        Map<UUID, String> names = solutionIds.isEmpty() ? Map.of() : catalog.publishedNames(solutionIds);
        Map<UUID, String> needs = new HashMap<>();
        profiles.needsOf(kommunkod).forEach(n -> needs.put(n.id(), n.text()));
        List<Guidance.Sibling> siblings = all.stream().map(i -> new Guidance.Sibling(i.id(), i.title(),
                Guidance.needKey(i.details()), i.details().solutionId(), i.departments(), i.status())).toList();
        IdealTypeProfile profile = profiles.profileOf(kommunkod);
        return new Context(actor, kommunkod, setupOf(kommunkod), all, profile.dominant(),
                Guidance.applicable(profile.dominant(), profile.weights()), isManager(actor, kommunkod), names, needs,
                siblings);
    }

    private InitiativeView view(Context ctx, Initiative i, boolean full) {
        Valuation valuation = Valuation.of(i, ctx.setup());
        AdaptationReference adaptation = AdaptationReference.NONE;
        List<String> peers = List.of();
        UUID solutionId = i.details().solutionId();
        if (full && solutionId != null && ctx.solutionNames().containsKey(solutionId)) {
            adaptation = adaptationOf(ctx.actor(), solutionId);
            if (ctx.guidance().contains(IdealType.PRAGMATIC)) {
                peers = peersRunning(ctx.kommunkod(), solutionId);
            }
        }
        Integer statedMax = adaptation.statedMaxDays();
        List<Advice> advice = Guidance.adviseOn(ctx.guidance(), i, valuation, full ? statedMax : null,
                ctx.siblings());
        String needText = i.details().needId() != null ? ctx.needTexts().get(i.details().needId())
                : i.details().needText();
        boolean open = !i.status().isClosed();
        return new InitiativeView(i, valuation, solutionId == null ? null : ctx.solutionNames().get(solutionId),
                needText, adaptation, advice, peers, i.status().allowsDepartmentAssessment(),
                ctx.manager() && i.status().allowsMunicipalityAssessment(), ctx.manager() && open);
    }

    /** The stated adaptation range and what adopters reported, for a published solution. */
    AdaptationReference adaptationOf(Actor actor, UUID solutionId) {
        SolutionExperience experience = adoptions.experienceOf(actor, solutionId);
        Effort stated = experience.stated();
        var reported = experience.reported().adaptationDays();
        return new AdaptationReference(
                stated == null || stated.adaptationDays() == null ? null : stated.adaptationDays().min(),
                stated == null || stated.adaptationDays() == null ? null : stated.adaptationDays().max(),
                reported.n(), reported.median(), reported.min(), reported.max());
    }

    /**
     * Municipalities like this one (the same dominant ideal type, or the same SKR group) that run the solution in
     * production: whom a pragmatic municipality can ask (recommendation 6).
     */
    private List<String> peersRunning(String kommunkod, UUID solutionId) {
        List<Adoption> running = adoptions.forSolution(null, solutionId).stream()
                .filter(a -> a.status() == AdoptionStatus.IN_PRODUCTION && !a.municipalityCode().equals(kommunkod))
                .toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<String, IdealTypeProfile> peers = profiles.allAsPeersOf(kommunkod);
        IdealType own = profiles.profileOf(kommunkod).dominant();
        Optional<Municipality> self = municipalities.findById(kommunkod);
        List<Municipality> adopters = municipalities.findAllByKommunkodIn(
                running.stream().map(Adoption::municipalityCode).toList());
        List<String> names = new ArrayList<>();
        for (Municipality m : adopters) {
            IdealTypeProfile p = peers.get(m.kommunkod());
            boolean sameType = p != null && p.dominant() == own;
            boolean sameGroup = self.map(s -> s.skrGroup() == m.skrGroup()).orElse(false);
            if (sameType || sameGroup) {
                names.add(m.name());
            }
        }
        names.sort(null);
        return names;
    }

    private Initiative find(String kommunkod, UUID id) {
        return initiatives.findById(id).filter(i -> i.kommunkod().equals(kommunkod))
                .orElseThrow(() -> new NotFoundException("Initiative", id));
    }

    private String existing(String kommunkod) {
        if (kommunkod == null || !municipalities.existsById(kommunkod)) {
            throw new NotFoundException("Municipality", kommunkod);
        }
        return kommunkod;
    }

    private static void checkVersion(Initiative initiative, Long expected) {
        if (expected != null && expected != initiative.version()) {
            throw new StaleVersionException(expected, initiative.version());
        }
    }

    private void record(Initiative saved, InitiativeChanged.Action action, Actor actor, Instant at, String fields,
            String motivation) {
        changes.save(new InitiativeChange(saved, action, actor.username(), at, fields, motivation));
    }

    private int currentYear() {
        return clock.instant().atZone(SwedishTime.ZONE).getYear();
    }

    private static List<String> changedFields(InitiativeDetails a, InitiativeDetails b) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) {
            fields.add("title");
        }
        if (!Objects.equals(a.description(), b.description())) {
            fields.add("description");
        }
        if (!Objects.equals(a.needId(), b.needId()) || !Objects.equals(a.needText(), b.needText())) {
            fields.add("need");
        }
        if (a.origin() != b.origin()) {
            fields.add("origin");
        }
        if (!Objects.equals(a.solutionId(), b.solutionId())) {
            fields.add("solution");
        }
        if (!a.departments().equals(b.departments())) {
            fields.add("departments");
        }
        if (a.budget() != b.budget()) {
            fields.add("budget");
        }
        return fields;
    }

    // --- validation ----------------------------------------------------------------------------------------------

    private InitiativeDetails validate(Actor actor, String kommunkod, InitiativeDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = strip(d.title());
        String description = strip(d.description());
        String needText = strip(d.needText());
        if (title == null) {
            problems.add(new FieldProblem("title", "must be given"));
        } else if (title.length() > InitiativeDetails.MAX_TITLE) {
            problems.add(new FieldProblem("title", "must be at most " + InitiativeDetails.MAX_TITLE + " characters"));
        }
        if (description != null && description.length() > InitiativeDetails.MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description",
                    "must be at most " + InitiativeDetails.MAX_DESCRIPTION + " characters"));
        }
        if (needText != null && needText.length() > InitiativeDetails.MAX_NEED_TEXT) {
            problems.add(new FieldProblem("needText",
                    "must be at most " + InitiativeDetails.MAX_NEED_TEXT + " characters"));
        }
        plain(problems, "title", title, false);
        plain(problems, "description", description, true);
        plain(problems, "needText", needText, false);
        if (d.needId() != null && profiles.needsOf(kommunkod).stream().noneMatch(n -> n.id().equals(d.needId()))) {
            problems.add(new FieldProblem("needId", "is not one of the municipality's declared needs"));
        }
        var origin = d.origin();
        if (d.solutionId() != null) {
            Optional<Solution> solution = catalog.findPublished(d.solutionId());
            if (solution.isEmpty()) {
                problems.add(new FieldProblem("solutionId", "is not a published solution"));
            } else if (origin == null) {
                origin = solution.get().details().origin();
            }
        }
        if (origin == null) {
            problems.add(new FieldProblem("origin", "must be NATIONAL, LOCAL or JOINT"));
        }
        if (d.budget() == null) {
            problems.add(new FieldProblem("budget", "must be DRIFT or UTVECKLING"));
        }
        List<String> allowed = setupOf(kommunkod).departments();
        List<String> departments = d.departments().stream().map(Portfolio::strip).filter(Objects::nonNull)
                .distinct().toList();
        if (departments.isEmpty()) {
            problems.add(new FieldProblem("departments", "name at least one responsible department"));
        }
        for (int k = 0; k < departments.size(); k++) {
            if (!allowed.contains(departments.get(k))) {
                problems.add(new FieldProblem("departments[" + k + "]",
                        "is not one of the municipality's departments " + allowed));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new InitiativeDetails(title, description, d.needId(), d.needId() == null ? needText : null, origin,
                d.solutionId(), departments, d.budget());
    }

    private static void validate(DepartmentAssessment a) {
        List<FieldProblem> problems = new ArrayList<>();
        a.scores().forEach((c, s) -> {
            plain(problems, "scores." + c + ".note", s.note(), false);
            if (s.note() != null && s.note().length() > MAX_NOTE) {
                problems.add(new FieldProblem("scores." + c + ".note", "must be at most " + MAX_NOTE + " characters"));
            }
        });
        sek(problems, "oneOffSek", a.oneOffSek());
        sek(problems, "yearlySek", a.yearlySek());
        sek(problems, "adaptationSek", a.adaptationSek());
        range(problems, "internalDays", a.internalDays(), MAX_DAYS);
        range(problems, "adaptationDays", a.adaptationDays(), MAX_DAYS);
        range(problems, "weeksToValue", a.weeksToValue(), MAX_WEEKS);
        plain(problems, "risks", a.risks(), true);
        if (a.risks() != null && a.risks().length() > MAX_RISKS) {
            problems.add(new FieldProblem("risks", "must be at most " + MAX_RISKS + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void validate(MunicipalityAssessment a, PortfolioSetup setup) {
        List<FieldProblem> problems = new ArrayList<>();
        a.goalScores().forEach((goal, score) -> {
            if (!setup.goals().contains(goal)) {
                problems.add(new FieldProblem("goalScores." + goal, "is not one of the municipality's goals "
                        + setup.goals()));
            }
            score(problems, "goalScores." + goal, score);
        });
        score(problems, "citizenValue", a.citizenValue());
        score(problems, "interoperability", a.interoperability());
        score(problems, "standards", a.standards());
        score(problems, "scalability", a.scalability());
        if (a.reachDepartments() != null && (a.reachDepartments() < 1 || a.reachDepartments() > 100)) {
            problems.add(new FieldProblem("reachDepartments", "must be 1–100 departments"));
        }
        plain(problems, "citizenNote", a.citizenNote(), false);
        plain(problems, "inactionNote", a.inactionNote(), true);
        if (a.citizenNote() != null && a.citizenNote().length() > MAX_NOTE) {
            problems.add(new FieldProblem("citizenNote", "must be at most " + MAX_NOTE + " characters"));
        }
        if (a.inactionNote() != null && a.inactionNote().length() > MAX_INACTION_NOTE) {
            problems.add(new FieldProblem("inactionNote", "must be at most " + MAX_INACTION_NOTE + " characters"));
        }
        sek(problems, "inactionSekPerYear", a.inactionSekPerYear());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void validate(PortfolioSetup s) {
        List<FieldProblem> problems = new ArrayList<>();
        names(problems, "departments", s.departments(), PortfolioSetup.MAX_DEPARTMENTS, 120);
        names(problems, "goals", s.goals(), PortfolioSetup.MAX_GOALS, 200);
        if (s.horizonYears() < 1 || s.horizonYears() > PortfolioSetup.MAX_HORIZON_YEARS) {
            problems.add(new FieldProblem("horizonYears", "must be 1–" + PortfolioSetup.MAX_HORIZON_YEARS));
        }
        if (s.dayRateSek() < 0 || s.dayRateSek() > 1_000_000) {
            problems.add(new FieldProblem("dayRateSek", "must be 0–1 000 000"));
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < s.budgets().size(); k++) {
            Budget b = s.budgets().get(k);
            if (b.year() < 2000 || b.year() > 2100) {
                problems.add(new FieldProblem("budgets[" + k + "].year", "must be 2000–2100"));
            }
            if (b.kind() == null) {
                problems.add(new FieldProblem("budgets[" + k + "].kind", "must be DRIFT or UTVECKLING"));
            }
            if (b.amountSek() < 0 || b.amountSek() > MAX_SEK) {
                problems.add(new FieldProblem("budgets[" + k + "].amountSek", "must be 0–" + MAX_SEK));
            }
            if (!seen.add(b.year() + "/" + b.kind())) {
                problems.add(new FieldProblem("budgets[" + k + "]", "the same year and budget is given twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void names(List<FieldProblem> problems, String field, List<String> names, int max, int length) {
        if (names.size() > max) {
            problems.add(new FieldProblem(field, "at most " + max));
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < names.size(); k++) {
            String n = names.get(k);
            if (n == null || n.isBlank() || n.length() > length || !PlainText.Validator.isPlain(n, false)) {
                problems.add(new FieldProblem(field + "[" + k + "]", "must be 1–" + length + " characters"));
            } else if (!seen.add(n.strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field + "[" + k + "]", "is given twice"));
            }
        }
    }

    private static void score(List<FieldProblem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > Criterion.MAX_SCORE)) {
            problems.add(new FieldProblem(field, "must be 0–" + Criterion.MAX_SCORE));
        }
    }

    private static void sek(List<FieldProblem> problems, String field, Long value) {
        if (value != null && (value < 0 || value > MAX_SEK)) {
            problems.add(new FieldProblem(field, "must be 0–" + MAX_SEK + " SEK"));
        }
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(new FieldProblem(field, "must be 0–" + max));
        }
    }

    static final String CONTROL_CHARACTERS = "must not contain control characters";

    private static void plain(List<FieldProblem> problems, String field, String value, boolean multiline) {
        if (!PlainText.Validator.isPlain(value, multiline)) {
            problems.add(new FieldProblem(field, CONTROL_CHARACTERS));
        }
    }

    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

}
