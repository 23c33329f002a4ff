package se.delbart.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
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
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.IdealType;
import se.delbart.shared.InvalidStateException;

/**
 * A digital solution a municipality shares. The aggregate root of the catalogue: its lifecycle
 * (DRAFT → PUBLISHED → WITHDRAWN, and back to PUBLISHED) is guarded here, and each change registers a domain event.
 * <p>
 * Its value collections load eagerly, so that the aggregate is complete outside the transaction (open-in-view is
 * off): one query per collection for up to {@link #COLLECTION_BATCH} loaded solutions (batch fetching, by their ids).
 * Not subselect fetching: Hibernate's subselect repeats the loading query without its page limits, so every page of a
 * paged read loaded the collections of every matching solution: rebuilding the search index from 100k solutions had
 * not finished after 8½ minutes, mostly garbage collection (docs/benchmarks.md, session 6).
 */
@Entity
@Table(name = "solution")
public class Solution extends AbstractAggregateRoot<Solution> {

    /** How many solutions' collections one query loads: a page of the largest paged read (500). */
    static final int COLLECTION_BATCH = 500;

    @Id
    private UUID id;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    private Lifecycle lifecycle;

    /** The publishing municipality's kommunkod. A plain value: the municipality module owns municipalities. */
    @Column(name = "publisher_code")
    private String publisherCode;

    private String name;
    private String summary;
    private String description;
    private String problem;
    private String licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "solution_type")
    private SolutionType solutionType;

    @Enumerated(EnumType.STRING)
    private Maturity maturity;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private String initiator;

    @Column(name = "source_code_url")
    private String sourceCodeUrl;
    @Column(name = "documentation_url")
    private String documentationUrl;
    @Column(name = "website_url")
    private String websiteUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_feature", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderColumn(name = "position")
    @Column(name = "feature")
    private List<String> features = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_domain", joinColumns = @JoinColumn(name = "solution_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain")
    private Set<Domain> domains = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_tag", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_contact", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    // fit
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_ideal_type", joinColumns = @JoinColumn(name = "solution_id"))
    @MapKeyColumn(name = "ideal_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "reason")
    private Map<IdealType, String> idealTypes = new java.util.HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "competence_needed")
    private CompetenceNeeded competenceNeeded;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_proven_group", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "group_code")
    private Set<String> provenInGroups = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_dependency", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderColumn(name = "position")
    @Column(name = "dependency")
    private List<String> dependencies = new ArrayList<>();

    @Column(name = "personal_data")
    private boolean personalData;
    @Column(name = "dpia_done")
    private boolean dpiaDone;

    // effort
    @Column(name = "impl_days_min")
    private Integer implDaysMin;
    @Column(name = "impl_days_max")
    private Integer implDaysMax;
    @Column(name = "adapt_days_min")
    private Integer adaptDaysMin;
    @Column(name = "adapt_days_max")
    private Integer adaptDaysMax;
    @Column(name = "one_off_cost_sek")
    private Long oneOffCostSek;
    @Column(name = "yearly_cost_sek")
    private Long yearlyCostSek;
    @Column(name = "time_to_value_weeks")
    private Integer timeToValueWeeks;
    @Enumerated(EnumType.STRING)
    private SupportModel support;
    /** Stored copy of the derived level so that lists can filter on it; always recomputed on change. */
    @Enumerated(EnumType.STRING)
    @Column(name = "effort_level")
    private EffortLevel effortLevel;

    // benefit
    @Column(name = "operational_benefit")
    private String operationalBenefit;
    @Column(name = "citizen_benefit")
    private String citizenBenefit;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = Solution.COLLECTION_BATCH)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "solution_outcome", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderColumn(name = "position")
    private List<Outcome> outcomes = new ArrayList<>();

    /** Demo content shown with an "Exempeldata" notice. */
    private boolean example;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Solution() {
    }

    /** A new draft published by the municipality {@code publisherCode}. */
    public static Solution draft(UUID id, String publisherCode, SolutionDetails details, Instant now) {
        Solution solution = new Solution();
        solution.id = id;
        solution.publisherCode = publisherCode;
        solution.lifecycle = Lifecycle.DRAFT;
        solution.createdAt = now;
        solution.updatedAt = now;
        solution.apply(details);
        return solution;
    }

    /**
     * Replaces the stated details. Returns the JSON names of the fields that changed (empty: nothing changed).
     */
    public Set<String> update(SolutionDetails details, Instant now) {
        Set<String> changed = details().changedFields(details);
        if (!changed.isEmpty()) {
            apply(details);
            touch(now);
            if (lifecycle == Lifecycle.PUBLISHED) {
                registerEvent(new SolutionChanged(id, publisherCode, changed));
            }
        }
        return changed;
    }

    /**
     * Makes the solution public. Allowed from DRAFT and WITHDRAWN, and only when the metadata a peer needs to judge
     * fit and effort is there.
     */
    public void publish(Instant now) {
        if (lifecycle == Lifecycle.PUBLISHED) {
            throw new InvalidStateException("The solution is already published.");
        }
        List<FieldProblem> missing = missingForPublication();
        if (!missing.isEmpty()) {
            throw new InvalidStateException(
                    "The solution cannot be published until peers can judge its fit and effort.", missing);
        }
        lifecycle = Lifecycle.PUBLISHED;
        publishedAt = now;
        withdrawnAt = null;
        touch(now);
        registerEvent(new SolutionPublished(id, publisherCode));
    }

    /** Takes a published solution out of the public catalogue. Its history and data stay. */
    public void withdraw(Instant now) {
        if (lifecycle != Lifecycle.PUBLISHED) {
            throw new InvalidStateException(
                    "Only a published solution can be withdrawn; this one is " + lifecycle + ".");
        }
        lifecycle = Lifecycle.WITHDRAWN;
        withdrawnAt = now;
        touch(now);
        registerEvent(new SolutionWithdrawn(id, publisherCode));
    }

    /** What publishing needs beyond what a draft needs: the fit and effort a pragmatic municipality asks for. */
    public List<FieldProblem> missingForPublication() {
        List<FieldProblem> missing = new ArrayList<>();
        if (idealTypes.isEmpty()) {
            missing.add(new FieldProblem("fit.idealTypes",
                    "state at least one ideal type the solution suits, with a reason"));
        }
        if (competenceNeeded == null) {
            missing.add(new FieldProblem("fit.competenceNeeded", "state the competence an adopter needs"));
        }
        if (implDaysMax == null) {
            missing.add(new FieldProblem("effort.implementationDays",
                    "state the implementation effort in person-days"));
        }
        if (adaptDaysMax == null) {
            missing.add(new FieldProblem("effort.adaptationDays", "state the local adaptation effort in person-days"));
        }
        if (support == null) {
            missing.add(new FieldProblem("effort.support", "state who supports adopters"));
        }
        if (operationalBenefit == null && citizenBenefit == null) {
            missing.add(new FieldProblem("benefit", "describe the operational or the citizen benefit"));
        }
        return missing;
    }

    /** See {@link se.delbart.shared.Versioning}: every change moves updatedAt forward, so the version moves once. */
    private void touch(Instant now) {
        updatedAt = se.delbart.shared.Versioning.nextUpdate(updatedAt, now);
    }

    /** Events registered and not yet published (visible for tests in this package). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    public void markAsExample() {
        this.example = true;
    }

    private void apply(SolutionDetails d) {
        name = d.name();
        summary = d.summary();
        description = d.description();
        problem = d.problem();
        licence = d.licence();
        solutionType = d.solutionType();
        maturity = d.status();
        origin = d.origin();
        initiator = d.initiator();
        sourceCodeUrl = d.links().sourceCode();
        documentationUrl = d.links().documentation();
        websiteUrl = d.links().website();
        replace(features, d.features());
        replace(domains, d.domains());
        replace(tags, d.tags());
        replace(contacts, d.contacts());
        Fit fit = d.fit();
        idealTypes.clear();
        fit.idealTypes().forEach(f -> idealTypes.put(f.type(), f.reason()));
        competenceNeeded = fit.competenceNeeded();
        replace(provenInGroups, fit.provenInGroups());
        replace(dependencies, fit.dependencies());
        personalData = fit.personalData();
        dpiaDone = fit.dpiaDone();
        Effort effort = d.effort();
        implDaysMin = effort.implementationDays() == null ? null : effort.implementationDays().min();
        implDaysMax = effort.implementationDays() == null ? null : effort.implementationDays().max();
        adaptDaysMin = effort.adaptationDays() == null ? null : effort.adaptationDays().min();
        adaptDaysMax = effort.adaptationDays() == null ? null : effort.adaptationDays().max();
        oneOffCostSek = effort.oneOffCostSek();
        yearlyCostSek = effort.yearlyCostSek();
        timeToValueWeeks = effort.timeToValueWeeks();
        support = effort.support();
        effortLevel = effort.level();
        Benefit benefit = d.benefit();
        operationalBenefit = benefit.operational();
        citizenBenefit = benefit.citizen();
        replace(outcomes, benefit.outcomes());
    }

    private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> source) {
        target.clear();
        target.addAll(source);
    }

    /** The stated details as one value. */
    public SolutionDetails details() {
        List<IdealTypeFit> fits = idealTypes.entrySet().stream()
                .map(e -> new IdealTypeFit(e.getKey(), e.getValue())).toList();
        Fit fit = new Fit(fits, competenceNeeded, provenInGroups, dependencies, personalData, dpiaDone);
        Effort effort = new Effort(range(implDaysMin, implDaysMax), range(adaptDaysMin, adaptDaysMax), oneOffCostSek,
                yearlyCostSek, timeToValueWeeks, support);
        Benefit benefit = new Benefit(operationalBenefit, citizenBenefit, List.copyOf(outcomes));
        return new SolutionDetails(name, summary, description, problem, List.copyOf(features),
                new Links(sourceCodeUrl, documentationUrl, websiteUrl), licence, solutionType, maturity,
                Set.copyOf(domains), Set.copyOf(tags), origin, initiator, List.copyOf(contacts), fit, effort, benefit);
    }

    private static DayRange range(Integer min, Integer max) {
        return min == null && max == null ? null : new DayRange(min, max);
    }

    public UUID id() {
        return id;
    }

    /** The optimistic-locking version; the API's ETag. 0 for a new solution. */
    public long version() {
        return version == null ? 0 : version;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public boolean isPublished() {
        return lifecycle == Lifecycle.PUBLISHED;
    }

    public String publisherCode() {
        return publisherCode;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public EffortLevel effortLevel() {
        return effortLevel;
    }

    public boolean isExample() {
        return example;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
