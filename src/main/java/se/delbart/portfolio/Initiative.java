package se.delbart.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.catalog.Origin;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.Versioning;
import java.util.Optional;


/**
 * One initiative in a municipality's portfolio: a national offering, another municipality's solution or an own idea,
 * with its department-level and municipality-level assessments and the decision. The lifecycle
 * ({@link InitiativeStatus}) is guarded here; every change registers an event.
 */
@Entity
@Table(name = "portfolio_initiative")
public class Initiative extends AbstractAggregateRoot<Initiative> {

    static final int BATCH = 200;

    @Id
    private UUID id;

    @Version
    private Long version;

    private String kommunkod;
    private String title;
    private String description;

    @Column(name = "need_id")
    private UUID needId;

    @Column(name = "need_text")
    private String needText;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    @Column(name = "solution_id")
    private UUID solutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_kind")
    private BudgetKind budget;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_initiative_department", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @Column(name = "department")
    @BatchSize(size = BATCH)
    @OptimisticLock(excluded = true)
    private List<String> departments = new ArrayList<>();

    @Column(name = "l1_time_saved")
    private Integer timeSaved;
    @Column(name = "l1_time_saved_note")
    private String timeSavedNote;
    @Column(name = "l1_less_admin")
    private Integer lessAdmin;
    @Column(name = "l1_less_admin_note")
    private String lessAdminNote;
    @Column(name = "l1_service_quality")
    private Integer serviceQuality;
    @Column(name = "l1_service_quality_note")
    private String serviceQualityNote;
    @Column(name = "l1_work_environment")
    private Integer workEnvironment;
    @Column(name = "l1_work_environment_note")
    private String workEnvironmentNote;
    @Column(name = "one_off_sek")
    private Long oneOffSek;
    @Column(name = "yearly_sek")
    private Long yearlySek;
    @Column(name = "internal_days")
    private Integer internalDays;
    @Column(name = "adaptation_days")
    private Integer adaptationDays;
    @Column(name = "adaptation_sek")
    private Long adaptationSek;
    @Column(name = "weeks_to_value")
    private Integer weeksToValue;
    private String risks;
    @Column(name = "l1_assessed_at")
    private Instant departmentAssessedAt;
    @Column(name = "l1_assessed_by")
    private String departmentAssessedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_initiative_goal", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyColumn(name = "goal")
    @Column(name = "score")
    @BatchSize(size = BATCH)
    @OptimisticLock(excluded = true)
    private Map<String, Integer> goalScores = new LinkedHashMap<>();

    @Column(name = "citizen_value")
    private Integer citizenValue;
    @Column(name = "citizen_note")
    private String citizenNote;
    private Integer interoperability;
    private Integer standards;
    private Integer scalability;
    @Column(name = "reach_departments")
    private Integer reachDepartments;
    @Column(name = "inaction_note")
    private String inactionNote;
    @Column(name = "inaction_sek_per_year")
    private Long inactionSekPerYear;
    @Column(name = "l2_assessed_at")
    private Instant municipalityAssessedAt;
    @Column(name = "l2_assessed_by")
    private String municipalityAssessedBy;

    @Column(name = "decision_motivation")
    private String decisionMotivation;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Initiative() {
    }

    /** A new initiative, PROPOSED. */
    static Initiative propose(UUID id, String kommunkod, InitiativeDetails details, String by, Instant now) {
        Initiative i = new Initiative();
        i.id = id;
        i.kommunkod = kommunkod;
        i.status = InitiativeStatus.PROPOSED;
        i.apply(details);
        i.createdAt = now;
        i.createdBy = by;
        i.updatedAt = now;
        i.registerEvent(new InitiativeChanged(id, kommunkod, InitiativeChanged.Action.PROPOSED, i.status));
        return i;
    }

    /** Changes what the initiative is (title, need, source, departments, budget); not once it is closed. */
    void edit(InitiativeDetails details, Instant now) {
        requireOpen("edited");
        apply(details);
        touch(now, InitiativeChanged.Action.EDITED);
    }

    private void apply(InitiativeDetails d) {
        this.title = d.title();
        this.description = d.description();
        this.needId = d.needId();
        this.needText = d.needText();
        this.origin = d.origin();
        this.solutionId = d.solutionId();
        this.budget = d.budget();
        this.departments = new ArrayList<>(d.departments());
    }

    /** Level 1. Moves PROPOSED to ASSESSED; can be revised until the municipality level has decided. */
    void assessAtDepartmentLevel(DepartmentAssessment a, String by, Instant now) {
        if (!status.allowsDepartmentAssessment()) {
            throw new InvalidStateException("The department assessment cannot be changed when the initiative is "
                    + status + "; it can be written while PROPOSED, ASSESSED or DEFERRED");
        }
        timeSaved = value(a.score(Criterion.TIME_SAVED));
        timeSavedNote = note(a.score(Criterion.TIME_SAVED));
        lessAdmin = value(a.score(Criterion.LESS_ADMIN));
        lessAdminNote = note(a.score(Criterion.LESS_ADMIN));
        serviceQuality = value(a.score(Criterion.SERVICE_QUALITY));
        serviceQualityNote = note(a.score(Criterion.SERVICE_QUALITY));
        workEnvironment = value(a.score(Criterion.WORK_ENVIRONMENT));
        workEnvironmentNote = note(a.score(Criterion.WORK_ENVIRONMENT));
        oneOffSek = a.oneOffSek();
        yearlySek = a.yearlySek();
        internalDays = a.internalDays();
        adaptationDays = a.adaptationDays();
        adaptationSek = a.adaptationSek();
        weeksToValue = a.weeksToValue();
        risks = a.risks();
        departmentAssessedAt = now;
        departmentAssessedBy = by;
        if (status == InitiativeStatus.PROPOSED) {
            status = InitiativeStatus.ASSESSED;
        }
        touch(now, InitiativeChanged.Action.DEPARTMENT_ASSESSED);
    }

    /** Level 2: only after level 1, and not once the initiative is closed. */
    void assessAtMunicipalityLevel(MunicipalityAssessment a, String by, Instant now) {
        if (!status.allowsMunicipalityAssessment()) {
            throw new InvalidStateException(status == InitiativeStatus.PROPOSED
                    ? "The department assessment comes first: the initiative is still PROPOSED"
                    : "The initiative is " + status + " and can no longer be assessed");
        }
        goalScores = new LinkedHashMap<>(a.goalScores());
        citizenValue = a.citizenValue();
        citizenNote = a.citizenNote();
        interoperability = a.interoperability();
        standards = a.standards();
        scalability = a.scalability();
        reachDepartments = a.reachDepartments();
        inactionNote = a.inactionNote();
        inactionSekPerYear = a.inactionSekPerYear();
        municipalityAssessedAt = now;
        municipalityAssessedBy = by;
        touch(now, InitiativeChanged.Action.MUNICIPALITY_ASSESSED);
    }

    /**
     * A decision (PRIORITISED, DEFERRED, REJECTED) or a step (STARTED, REALISED, STOPPED). Decisions and stopping
     * need a motivation; an illegal step names what is allowed.
     */
    void moveTo(InitiativeStatus next, String motivation, String by, Instant now) {
        if (!status.canMoveTo(next)) {
            List<InitiativeStatus> allowed = allowedNext();
            throw new InvalidStateException("An initiative that is " + status + " cannot become " + next
                    + (allowed.isEmpty() ? "; it is closed" : "; allowed: " + allowed));
        }
        String why = motivation == null ? null : motivation.strip();
        if (next.needsMotivation() && (why == null || why.isEmpty())) {
            throw new InvalidStateException("A motivation is required to make the initiative " + next);
        }
        if (InitiativeStatus.DECISIONS.contains(next) || next == InitiativeStatus.STOPPED) {
            decisionMotivation = why;
            decidedBy = by;
            decidedAt = now;
        }
        status = next;
        touch(now, InitiativeChanged.Action.STATUS_CHANGED);
    }

    public List<InitiativeStatus> allowedNext() {
        List<InitiativeStatus> allowed = new ArrayList<>();
        for (InitiativeStatus s : InitiativeStatus.values()) {
            if (status.canMoveTo(s) && s != InitiativeStatus.ASSESSED) {
                allowed.add(s);
            }
        }
        return allowed;
    }

    private void requireOpen(String what) {
        if (status.isClosed()) {
            throw new InvalidStateException("The initiative is " + status + " and can no longer be " + what);
        }
    }

    private void touch(Instant now, InitiativeChanged.Action action) {
        updatedAt = Versioning.nextUpdate(updatedAt, now);
        registerEvent(new InitiativeChanged(id, kommunkod, action, status));
    }

    private static Integer value(Score s) {
        return s == null ? null : s.value();
    }

    private static String note(Score s) {
        return s == null ? null : s.note();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String kommunkod() {
        return kommunkod;
    }

    public InitiativeStatus status() {
        return status;
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(title, description, needId, needText, origin, solutionId, departments, budget);
    }

    public String title() {
        return title;
    }

    public Origin origin() {
        return origin;
    }

    public Optional<UUID> solutionId() {
        return Optional.ofNullable(solutionId);
    }

    public BudgetKind budget() {
        return budget;
    }

    public List<String> departments() {
        return List.copyOf(departments);
    }

    /** The department assessment, or empty before level 1 is done. */
    public Optional<DepartmentAssessment> departmentAssessment() {
        if (departmentAssessedAt == null) {
            return Optional.empty();
        }
        Map<Criterion, Score> scores = new EnumMap<>(Criterion.class);
        put(scores, Criterion.TIME_SAVED, timeSaved, timeSavedNote);
        put(scores, Criterion.LESS_ADMIN, lessAdmin, lessAdminNote);
        put(scores, Criterion.SERVICE_QUALITY, serviceQuality, serviceQualityNote);
        put(scores, Criterion.WORK_ENVIRONMENT, workEnvironment, workEnvironmentNote);
        return Optional.of(new DepartmentAssessment(scores, oneOffSek, yearlySek, internalDays,
                adaptationDays, adaptationSek, weeksToValue, risks));
    }

    private static void put(Map<Criterion, Score> scores, Criterion c, Integer value, String note) {
        if (value != null) {
            scores.put(c, new Score(value, note));
        }
    }

    /** The municipality-level assessment, or empty before it is done. */
    public Optional<MunicipalityAssessment> municipalityAssessment() {
        if (municipalityAssessedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new MunicipalityAssessment(goalScores, citizenValue, citizenNote,
                interoperability, standards, scalability, reachDepartments, inactionNote, inactionSekPerYear));
    }

    public Stamp departmentAssessedStamp() {
        return departmentAssessedAt == null ? null : new Stamp(departmentAssessedBy, departmentAssessedAt);
    }

    public Stamp municipalityAssessedStamp() {
        return municipalityAssessedAt == null ? null : new Stamp(municipalityAssessedBy, municipalityAssessedAt);
    }

    /** The latest decision (or stop) with its motivation, or null. */
    public Decision decision() {
        return decidedAt == null ? null : new Decision(decisionMotivation, decidedBy, decidedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The events registered and not yet published. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    /** Who did something, and when. */
    public record Stamp(String by, Instant at) {
    }

    /** A decision at municipality level: its motivation, who took it, and when. */
    public record Decision(String motivation, String by, Instant at) {
    }
}
