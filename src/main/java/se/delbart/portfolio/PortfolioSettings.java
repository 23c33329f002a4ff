package se.delbart.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.OptimisticLock;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.delbart.shared.Versioning;

/**
 * What a municipality keeps for its portfolio: its departments (förvaltningar), strategic goals, weights, horizon,
 * the SEK value of an internal person-day, and its DRIFT and UTVECKLING budgets per year.
 */
@Entity
@Table(name = "portfolio_settings")
class PortfolioSettings {

    static final int DEFAULT_HORIZON_YEARS = 3;
    /** An assumption each municipality should replace: about 700 SEK an hour with overheads, 8.5 hours a day. */
    static final long DEFAULT_DAY_RATE_SEK = 6_000;

    @Id
    private String kommunkod;

    @Version
    private Long version;

    @Column(name = "horizon_years")
    private int horizonYears;

    @Column(name = "day_rate_sek")
    private long dayRateSek;

    @Column(name = "w_time_saved")
    private int wTimeSaved;
    @Column(name = "w_less_admin")
    private int wLessAdmin;
    @Column(name = "w_service_quality")
    private int wServiceQuality;
    @Column(name = "w_work_environment")
    private int wWorkEnvironment;
    @Column(name = "w_goals")
    private int wGoals;
    @Column(name = "w_citizen")
    private int wCitizen;
    @Column(name = "w_interoperability")
    private int wInteroperability;
    @Column(name = "w_standards")
    private int wStandards;
    @Column(name = "w_scalability")
    private int wScalability;
    @Column(name = "w_reach")
    private int wReach;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_department", joinColumns = @JoinColumn(name = "kommunkod"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    @OptimisticLock(excluded = true)
    private List<String> departments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_goal", joinColumns = @JoinColumn(name = "kommunkod"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    @OptimisticLock(excluded = true)
    private List<String> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portfolio_budget", joinColumns = @JoinColumn(name = "kommunkod"))
    @OptimisticLock(excluded = true)
    private List<BudgetLine> budgets = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected PortfolioSettings() {
    }

    /** A year's budget of one kind. */
    @Embeddable
    static class BudgetLine {
        @Column(name = "budget_year")
        private int year;
        @Enumerated(EnumType.STRING)
        @Column(name = "budget_kind")
        private BudgetKind kind;
        @Column(name = "amount_sek")
        private long amountSek;

        protected BudgetLine() {
        }

        BudgetLine(int year, BudgetKind kind, long amountSek) {
            this.year = year;
            this.kind = kind;
            this.amountSek = amountSek;
        }

        Budget toBudget() {
            return new Budget(year, kind, amountSek);
        }
    }

    /** Settings not saved yet: the defaults. */
    static PortfolioSettings defaults(String kommunkod) {
        PortfolioSettings s = new PortfolioSettings();
        s.kommunkod = kommunkod;
        s.horizonYears = DEFAULT_HORIZON_YEARS;
        s.dayRateSek = DEFAULT_DAY_RATE_SEK;
        s.setWeights(Weights.DEFAULT);
        return s;
    }

    void change(PortfolioSetup setup, String by, Instant now) {
        this.departments = new ArrayList<>(setup.departments());
        this.goals = new ArrayList<>(setup.goals());
        this.budgets = new ArrayList<>(setup.budgets().stream()
                .map(b -> new BudgetLine(b.year(), b.kind(), b.amountSek())).toList());
        this.horizonYears = setup.horizonYears();
        this.dayRateSek = setup.dayRateSek();
        setWeights(setup.weights());
        this.updatedBy = by;
        this.updatedAt = Versioning.nextUpdate(updatedAt, now);
    }

    private void setWeights(Weights w) {
        wTimeSaved = w.of(Criterion.TIME_SAVED);
        wLessAdmin = w.of(Criterion.LESS_ADMIN);
        wServiceQuality = w.of(Criterion.SERVICE_QUALITY);
        wWorkEnvironment = w.of(Criterion.WORK_ENVIRONMENT);
        wGoals = w.of(Criterion.GOALS);
        wCitizen = w.of(Criterion.CITIZEN);
        wInteroperability = w.of(Criterion.INTEROPERABILITY);
        wStandards = w.of(Criterion.STANDARDS);
        wScalability = w.of(Criterion.SCALABILITY);
        wReach = w.of(Criterion.REACH);
    }

    PortfolioSetup setup() {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.TIME_SAVED, wTimeSaved);
        w.put(Criterion.LESS_ADMIN, wLessAdmin);
        w.put(Criterion.SERVICE_QUALITY, wServiceQuality);
        w.put(Criterion.WORK_ENVIRONMENT, wWorkEnvironment);
        w.put(Criterion.GOALS, wGoals);
        w.put(Criterion.CITIZEN, wCitizen);
        w.put(Criterion.INTEROPERABILITY, wInteroperability);
        w.put(Criterion.STANDARDS, wStandards);
        w.put(Criterion.SCALABILITY, wScalability);
        w.put(Criterion.REACH, wReach);
        return new PortfolioSetup(List.copyOf(departments), List.copyOf(goals),
                budgets.stream().map(BudgetLine::toBudget).sorted().toList(), horizonYears, dayRateSek,
                new Weights(w), version == null ? 0 : version);
    }

    String kommunkod() {
        return kommunkod;
    }

    boolean isNew() {
        return version == null;
    }
}
