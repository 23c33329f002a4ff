package se.delbart.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.delbart.catalog.Benefit;
import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.Contact;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Fit;
import se.delbart.catalog.IdealTypeFit;
import se.delbart.catalog.Links;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.Outcome;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionType;
import se.delbart.catalog.SupportModel;
import se.delbart.shared.IdealType;
import se.delbart.shared.web.SwedishAmount;

/**
 * The publish/edit form as the browser sends it: flat, mutable and forgiving (lists are one per line, tags are
 * comma-separated) so that whatever the user typed can be shown again. {@link #toDetails()} makes the domain value;
 * the catalogue validates it.
 */
public class SolutionForm {

    static final int CONTACT_ROWS = 3;
    static final int OUTCOME_ROWS = 3;

    private Long version;

    // Om lösningen
    private String name;
    private String summary;
    private String description;
    private String problem;
    private String features;
    private SolutionType solutionType;
    private Maturity status;
    private Set<Domain> domains = new LinkedHashSet<>();
    private String tags;
    private Origin origin = Origin.LOCAL;
    private String initiator;
    private String licence;
    private String sourceCode;
    private String documentation;
    private String website;

    // Passar för
    private boolean pragmatic;
    private String pragmaticReason;
    private boolean operational;
    private String operationalReason;
    private boolean strategic;
    private String strategicReason;
    private CompetenceNeeded competenceNeeded;
    private Set<String> provenInGroups = new LinkedHashSet<>();
    private String dependencies;
    private boolean personalData;
    private boolean dpiaDone;

    // Insats
    private Integer implementationDaysMin;
    private Integer implementationDaysMax;
    private Integer adaptationDaysMin;
    private Integer adaptationDaysMax;
    @SwedishAmount
    private Long oneOffCostSek;
    @SwedishAmount
    private Long yearlyCostSek;
    private Integer timeToValueWeeks;
    private SupportModel support;

    // Nytta
    private String operationalBenefit;
    private String citizenBenefit;
    private List<OutcomeRow> outcomes = rows(OUTCOME_ROWS, OutcomeRow::new);

    // Kontakter
    private List<ContactRow> contacts = rows(CONTACT_ROWS, ContactRow::new);

    public static SolutionForm of(SolutionDetails d, long version) {
        SolutionForm f = new SolutionForm();
        f.version = version;
        f.name = d.name();
        f.summary = d.summary();
        f.description = d.description();
        f.problem = d.problem();
        f.features = String.join("\n", d.features());
        f.solutionType = d.solutionType();
        f.status = d.status();
        f.domains = new LinkedHashSet<>(d.domains());
        f.tags = String.join(", ", d.tags());
        f.origin = d.origin();
        f.initiator = d.initiator();
        f.licence = d.licence();
        f.sourceCode = d.links().sourceCode();
        f.documentation = d.links().documentation();
        f.website = d.links().website();
        Fit fit = d.fit();
        for (IdealTypeFit t : fit.idealTypes()) {
            switch (t.type()) {
                case PRAGMATIC -> { f.pragmatic = true; f.pragmaticReason = t.reason(); }
                case OPERATIONAL -> { f.operational = true; f.operationalReason = t.reason(); }
                case STRATEGIC -> { f.strategic = true; f.strategicReason = t.reason(); }
            }
        }
        f.competenceNeeded = fit.competenceNeeded();
        f.provenInGroups = new LinkedHashSet<>(fit.provenInGroups());
        f.dependencies = String.join("\n", fit.dependencies());
        f.personalData = fit.personalData();
        f.dpiaDone = fit.dpiaDone();
        Effort e = d.effort();
        if (e.implementationDays() != null) {
            f.implementationDaysMin = e.implementationDays().min();
            f.implementationDaysMax = e.implementationDays().max();
        }
        if (e.adaptationDays() != null) {
            f.adaptationDaysMin = e.adaptationDays().min();
            f.adaptationDaysMax = e.adaptationDays().max();
        }
        f.oneOffCostSek = e.oneOffCostSek();
        f.yearlyCostSek = e.yearlyCostSek();
        f.timeToValueWeeks = e.timeToValueWeeks();
        f.support = e.support();
        f.operationalBenefit = d.benefit().operational();
        f.citizenBenefit = d.benefit().citizen();
        List<Outcome> outcomes = d.benefit().outcomes();
        f.outcomes = rows(Math.max(OUTCOME_ROWS, outcomes.size()), OutcomeRow::new);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            OutcomeRow row = f.outcomes.get(i);
            row.metric = o.metric();
            row.value = o.value();
            row.unit = o.unit();
            row.period = o.period();
        }
        List<Contact> contacts = d.contacts();
        f.contacts = rows(Math.max(CONTACT_ROWS, contacts.size()), ContactRow::new);
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            ContactRow row = f.contacts.get(i);
            row.name = c.name();
            row.role = c.role();
            row.email = c.email();
            row.phone = c.phone();
        }
        return f;
    }

    /** The domain value. Empty rows are left out; a half-filled row is kept so that validation can point at it. */
    public SolutionDetails toDetails() {
        List<IdealTypeFit> fits = new ArrayList<>();
        for (IdealType type : checkedIdealTypes()) {
            fits.add(new IdealTypeFit(type, reasonFor(type)));
        }
        Fit fit = new Fit(fits, competenceNeeded, provenInGroups, lines(dependencies), personalData, dpiaDone);
        Effort effort = new Effort(range(implementationDaysMin, implementationDaysMax),
                range(adaptationDaysMin, adaptationDaysMax), oneOffCostSek, yearlyCostSek, timeToValueWeeks, support);
        Benefit benefit = new Benefit(operationalBenefit, citizenBenefit,
                outcomes.stream().filter(r -> !r.isEmpty()).map(OutcomeRow::toOutcome).toList());
        return new SolutionDetails(name, summary, description, problem, lines(features),
                new Links(sourceCode, documentation, website), licence, solutionType, status, domains,
                tags == null ? Set.of() : Arrays.stream(tags.split(",")).collect(Collectors.toCollection(LinkedHashSet::new)),
                origin, initiator, contacts.stream().filter(r -> !r.isEmpty()).map(ContactRow::toContact).toList(),
                fit, effort, benefit);
    }

    /** The checked ideal types in the order {@link Fit} keeps them (the enum's order). */
    List<IdealType> checkedIdealTypes() {
        List<IdealType> checked = new ArrayList<>();
        for (IdealType type : EnumSet.allOf(IdealType.class)) {
            if (isChecked(type)) {
                checked.add(type);
            }
        }
        return checked;
    }

    /** Read-only: the group the ideal-type checkboxes form, so that errors can be put on it. */
    public List<IdealType> getIdealTypes() {
        return checkedIdealTypes();
    }

    private boolean isChecked(IdealType type) {
        return switch (type) {
            case PRAGMATIC -> pragmatic;
            case OPERATIONAL -> operational;
            case STRATEGIC -> strategic;
        };
    }

    private String reasonFor(IdealType type) {
        return switch (type) {
            case PRAGMATIC -> pragmaticReason;
            case OPERATIONAL -> operationalReason;
            case STRATEGIC -> strategicReason;
        };
    }

    /** The form field of an ideal type's reason, e.g. {@code pragmaticReason}. */
    static String reasonField(IdealType type) {
        return switch (type) {
            case PRAGMATIC -> "pragmaticReason";
            case OPERATIONAL -> "operationalReason";
            case STRATEGIC -> "strategicReason";
        };
    }

    private static DayRange range(Integer min, Integer max) {
        return min == null && max == null ? null : new DayRange(min, max);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> List<T> rows(int n, java.util.function.Supplier<T> row) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(row.get());
        }
        return list;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** One measured result row. */
    public static class OutcomeRow {
        private String metric;
        private BigDecimal value;
        private String unit;
        private String period;

        boolean isEmpty() {
            return blank(metric) && value == null && blank(unit) && blank(period);
        }

        Outcome toOutcome() {
            return new Outcome(metric, value, unit, period);
        }

        public String getMetric() { return metric; }
        public void setMetric(String metric) { this.metric = metric; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
    }

    /** One contact person row. */
    public static class ContactRow {
        private String name;
        private String role;
        private String email;
        private String phone;

        boolean isEmpty() {
            return blank(name) && blank(role) && blank(email) && blank(phone);
        }

        Contact toContact() {
            return new Contact(name, role, email, phone);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    // Accessors for data binding and the template.
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getFeatures() { return features; }
    public void setFeatures(String features) { this.features = features; }
    public SolutionType getSolutionType() { return solutionType; }
    public void setSolutionType(SolutionType solutionType) { this.solutionType = solutionType; }
    public Maturity getStatus() { return status; }
    public void setStatus(Maturity status) { this.status = status; }
    public Set<Domain> getDomains() { return domains; }
    public void setDomains(Set<Domain> domains) { this.domains = domains == null ? new LinkedHashSet<>() : domains; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public Origin getOrigin() { return origin; }
    public void setOrigin(Origin origin) { this.origin = origin; }
    public String getInitiator() { return initiator; }
    public void setInitiator(String initiator) { this.initiator = initiator; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public String getDocumentation() { return documentation; }
    public void setDocumentation(String documentation) { this.documentation = documentation; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public boolean isPragmatic() { return pragmatic; }
    public void setPragmatic(boolean pragmatic) { this.pragmatic = pragmatic; }
    public String getPragmaticReason() { return pragmaticReason; }
    public void setPragmaticReason(String pragmaticReason) { this.pragmaticReason = pragmaticReason; }
    public boolean isOperational() { return operational; }
    public void setOperational(boolean operational) { this.operational = operational; }
    public String getOperationalReason() { return operationalReason; }
    public void setOperationalReason(String operationalReason) { this.operationalReason = operationalReason; }
    public boolean isStrategic() { return strategic; }
    public void setStrategic(boolean strategic) { this.strategic = strategic; }
    public String getStrategicReason() { return strategicReason; }
    public void setStrategicReason(String strategicReason) { this.strategicReason = strategicReason; }
    public CompetenceNeeded getCompetenceNeeded() { return competenceNeeded; }
    public void setCompetenceNeeded(CompetenceNeeded competenceNeeded) { this.competenceNeeded = competenceNeeded; }
    public Set<String> getProvenInGroups() { return provenInGroups; }
    public void setProvenInGroups(Set<String> provenInGroups) { this.provenInGroups = provenInGroups == null ? new LinkedHashSet<>() : provenInGroups; }
    public String getDependencies() { return dependencies; }
    public void setDependencies(String dependencies) { this.dependencies = dependencies; }
    public boolean isPersonalData() { return personalData; }
    public void setPersonalData(boolean personalData) { this.personalData = personalData; }
    public boolean isDpiaDone() { return dpiaDone; }
    public void setDpiaDone(boolean dpiaDone) { this.dpiaDone = dpiaDone; }
    public Integer getImplementationDaysMin() { return implementationDaysMin; }
    public void setImplementationDaysMin(Integer v) { this.implementationDaysMin = v; }
    public Integer getImplementationDaysMax() { return implementationDaysMax; }
    public void setImplementationDaysMax(Integer v) { this.implementationDaysMax = v; }
    public Integer getAdaptationDaysMin() { return adaptationDaysMin; }
    public void setAdaptationDaysMin(Integer v) { this.adaptationDaysMin = v; }
    public Integer getAdaptationDaysMax() { return adaptationDaysMax; }
    public void setAdaptationDaysMax(Integer v) { this.adaptationDaysMax = v; }
    public Long getOneOffCostSek() { return oneOffCostSek; }
    public void setOneOffCostSek(Long oneOffCostSek) { this.oneOffCostSek = oneOffCostSek; }
    public Long getYearlyCostSek() { return yearlyCostSek; }
    public void setYearlyCostSek(Long yearlyCostSek) { this.yearlyCostSek = yearlyCostSek; }
    public Integer getTimeToValueWeeks() { return timeToValueWeeks; }
    public void setTimeToValueWeeks(Integer timeToValueWeeks) { this.timeToValueWeeks = timeToValueWeeks; }
    public SupportModel getSupport() { return support; }
    public void setSupport(SupportModel support) { this.support = support; }
    public String getOperationalBenefit() { return operationalBenefit; }
    public void setOperationalBenefit(String operationalBenefit) { this.operationalBenefit = operationalBenefit; }
    public String getCitizenBenefit() { return citizenBenefit; }
    public void setCitizenBenefit(String citizenBenefit) { this.citizenBenefit = citizenBenefit; }
    public List<OutcomeRow> getOutcomes() { return outcomes; }
    public void setOutcomes(List<OutcomeRow> outcomes) { this.outcomes = outcomes; }
    public List<ContactRow> getContacts() { return contacts; }
    public void setContacts(List<ContactRow> contacts) { this.contacts = contacts; }
}
