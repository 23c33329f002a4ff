package se.delbart.adoption.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.AdoptionStatusChange;
import se.delbart.adoption.ExperienceReport;
import se.delbart.adoption.Figures;
import se.delbart.adoption.SolutionExperience;
import se.delbart.adoption.TrustBadge;
import se.delbart.adoption.TrustBadges;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.SwedishTime;
import se.delbart.shared.chart.BarChart;

/**
 * Read models of the adoption pages and of the solution page's adoption section, each built in one read-only
 * transaction. The figures come from {@link AdoptionRegistry#experienceOf}, the same computation the API returns.
 */
@Component
@Transactional(readOnly = true)
class AdoptionPages {

    static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final AdoptionRegistry registry;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final MessageSource messages;

    AdoptionPages(AdoptionRegistry registry, SolutionCatalog catalog, Municipalities municipalities,
            MessageSource messages) {
        this.registry = registry;
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    Section section(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        SolutionExperience experience = registry.experienceOf(actor, solutionId);
        List<Adoption> adoptions = registry.forSolution(actor, solutionId);
        Map<String, String> names = names(adoptions.stream().map(Adoption::municipalityCode).toList());
        Map<UUID, Instant> since = registry.statusSince(adoptions);
        List<AdopterRow> adopters = adoptions.stream()
                .map(a -> new AdopterRow(a.id(), a.municipalityCode(), names.getOrDefault(a.municipalityCode(),
                        a.municipalityCode()), a.status(), local(since.get(a.id()))))
                .sorted(java.util.Comparator.comparing(AdopterRow::status).thenComparing(AdopterRow::name))
                .toList();
        boolean staff = actor != null && actor.role().belongsToMunicipality();
        boolean publisher = staff && actor.worksFor(solution.publisherCode());
        Optional<Adoption> own = staff ? registry.find(actor.municipalityCode(), solutionId) : Optional.empty();
        boolean canAdopt = staff && !publisher && own.isEmpty() && solution.isPublished();
        List<Comparison> comparison = comparison(experience);
        return new Section(solutionId, solution.name(), experience, comparison, badges(experience),
                bars(experience.adoptersBySkrGroup(), experience.maxAdopters()),
                bars(experience.adoptersByCounty(), experience.maxAdopters()), adopters,
                experience.recentReports().stream().map(r -> new ReportRow(r.municipalityName(), r.status(),
                        local(r.reportedAt()), r.experience())).toList(),
                own.map(Adoption::id).orElse(null), own.map(Adoption::municipalityCode).orElse(null), canAdopt,
                publisher, effortChart(comparison, LocaleContextHolder.getLocale()));
    }

    /**
     * The person-day figures as grouped bars: the publisher's lowest and highest estimate beside the median the
     * adopters reported. Null when there is nothing to draw.
     */
    BarChart effortChart(List<Comparison> comparison, Locale locale) {
        List<Comparison> days = comparison.stream().filter(c -> "days".equals(c.unit()))
                .filter(c -> c.statedMin() != null || c.reported().n() > 0).toList();
        if (days.isEmpty()) {
            return null;
        }
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        BarChart.Builder chart = BarChart.grouped(locale)
                .format(value -> messages.getMessage("adoption.unit.days", new Object[] { number.format(value), value },
                        locale))
                .series(messages.getMessage("adoption.chart.effort.statedMin", null, locale),
                        messages.getMessage("adoption.chart.effort.statedMax", null, locale),
                        messages.getMessage("adoption.chart.effort.reported", null, locale));
        for (Comparison c : days) {
            chart.row(messages.getMessage("adoption.effort." + c.key(), null, locale),
                    java.util.Arrays.asList(c.statedMin(), c.statedMax(), c.reported().median()));
        }
        return chart.build(BarChart.WIDTH);
    }

    /**
     * What the first screen offers: visitors log in, staff of another municipality show interest, a municipality that
     * already adopted it writes to the publisher; nothing for the publisher, analysts and admins, or an unpublished
     * solution.
     */
    Optional<Interest> interest(Actor actor, UUID solutionId) {
        Solution solution = catalog.get(actor, solutionId);
        if (!solution.isPublished()) {
            return Optional.empty();
        }
        if (actor == null) {
            return Optional.of(new Interest(solutionId, true, false, null));
        }
        if (!actor.role().belongsToMunicipality() || actor.worksFor(solution.publisherCode())) {
            return Optional.empty();
        }
        boolean adopted = registry.find(actor.municipalityCode(), solutionId).isPresent();
        return Optional.of(new Interest(solutionId, false, !adopted, adopted ? actor.municipalityCode() : null));
    }

    /** @param ownMunicipality the actor's municipality when it already adopted the solution, for its thread */
    record Interest(UUID solutionId, boolean visitor, boolean canAdopt, String ownMunicipality) {
    }

    Page page(Actor actor, UUID adoptionId) {
        Adoption a = registry.get(actor, adoptionId);
        String solutionName = solutionName(a.solutionId());
        boolean canEdit = actor != null && actor.role().belongsToMunicipality() && actor.worksFor(a.municipalityCode());
        List<Step> history = registry.history(adoptionId).stream()
                .map(c -> new Step(c.from(), c.to(), local(c.changedAt()), c.reason(), c.correction())).toList();
        Optional<ExperienceReport> report = registry.currentReport(adoptionId);
        List<AdoptionStatus> next = Arrays.stream(AdoptionStatus.values()).filter(a.status()::canMoveTo).toList();
        List<AdoptionStatus> corrections = Arrays.stream(AdoptionStatus.values()).filter(a.status()::canCorrectTo)
                .toList();
        return new Page(a.id(), a.version(), a.solutionId(), solutionName, a.municipalityCode(),
                names(List.of(a.municipalityCode())).getOrDefault(a.municipalityCode(), a.municipalityCode()),
                a.status(), local(since(a)), a.departments().stream().sorted().toList(), a.adoptedVersion(),
                a.discontinuedReason(), history, report.map(ExperienceReport::experience).orElse(null),
                report.map(r -> local(r.reportedAt())).orElse(null), report.map(ExperienceReport::revision).orElse(0),
                canEdit, next, corrections, a.status().ordinal() >= AdoptionStatus.IMPLEMENTING.ordinal());
    }

    List<OwnRow> ours(Actor actor) {
        if (actor == null || !actor.role().belongsToMunicipality()) {
            return List.of();
        }
        List<Adoption> adoptions = registry.forMunicipality(actor.municipalityCode());
        Map<UUID, Instant> since = registry.statusSince(adoptions);
        Map<UUID, ExperienceReport> reports = registry.currentReports(adoptions);
        Map<UUID, String> names = catalog.publishedNames(adoptions.stream().map(Adoption::solutionId).toList());
        return adoptions.stream()
                .map(a -> new OwnRow(a.id(), a.solutionId(), names.get(a.solutionId()), a.status(),
                        local(since.get(a.id())), reports.containsKey(a.id())))
                .toList();
    }

    /** The solution's name while it is published; null once withdrawn (the adoption stays visible). */
    String solutionName(UUID solutionId) {
        return catalog.findPublished(solutionId).map(Solution::name).orElse(null);
    }

    String municipalityName(String kommunkod) {
        return names(List.of(kommunkod)).getOrDefault(kommunkod, kommunkod);
    }

    private Instant since(Adoption a) {
        List<AdoptionStatusChange> history = registry.history(a.id());
        return history.isEmpty() ? a.createdAt() : history.get(history.size() - 1).changedAt();
    }

    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        municipalities.findAllByKommunkodIn(codes).forEach(m -> names.put(m.kommunkod(), m.name()));
        return names;
    }

    private static ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(SWEDEN);
    }

    /** Stated effort beside the reported figures, one row per figure. */
    static List<Comparison> comparison(SolutionExperience e) {
        Effort s = e.stated();
        var r = e.reported();
        return List.of(
                new Comparison("implementationDays", "days", s.implementationDays() == null ? null : s.implementationDays().min().longValue(),
                        s.implementationDays() == null ? null : s.implementationDays().max().longValue(), r.implementationDays()),
                new Comparison("adaptationDays", "days", s.adaptationDays() == null ? null : s.adaptationDays().min().longValue(),
                        s.adaptationDays() == null ? null : s.adaptationDays().max().longValue(), r.adaptationDays()),
                new Comparison("oneOffCost", "sek", s.oneOffCostSek(), s.oneOffCostSek(), r.oneOffCostSek()),
                new Comparison("yearlyCost", "sek", s.yearlyCostSek(), s.yearlyCostSek(), r.yearlyCostSek()),
                new Comparison("timeToValue", "weeks", s.timeToValueWeeks() == null ? null : s.timeToValueWeeks().longValue(),
                        s.timeToValueWeeks() == null ? null : s.timeToValueWeeks().longValue(), r.weeksToFirstValue()));
    }

    /** Each badge with the arguments of its facts sentence, in the order the messages expect. */
    static List<BadgeView> badges(SolutionExperience e) {
        return e.badges().stream().map(AdoptionPages::badge).toList();
    }

    private static BadgeView badge(TrustBadge b) {
        Map<String, Object> f = b.facts();
        Object[] args = switch (b.code()) {
            case TrustBadges.IN_PRODUCTION -> new Object[] { f.get("municipalities") };
            case TrustBadges.SPREAD_ACROSS_GROUPS -> new Object[] { String.join(", ",
                    ((java.util.Collection<?>) f.get("groups")).stream().map(String::valueOf).toList()) };
            case TrustBadges.EFFORT_AS_STATED -> new Object[] { f.get("stated"), f.get("median"), f.get("n") };
            case TrustBadges.MAINTAINED -> new Object[] {
                    f.get("lastChanged") instanceof Instant i ? i.atZone(SWEDEN).toLocalDate().toString() : f.get("lastChanged"),
                    f.get("contacts") };
            case TrustBadges.OPEN_SOURCE -> new Object[] { f.get("licence"), f.get("sourceCode") };
            default -> new Object[0];
        };
        return new BadgeView(b.code(), b.rule(), args);
    }

    static List<Bar> bars(List<SolutionExperience.AdopterCount> counts, long max) {
        return counts.stream().map(c -> new Bar(c.code(), c.name(), c.adopters(),
                max == 0 ? 0 : (int) Math.round(c.adopters() * 10.0 / max))).toList();
    }

    record Section(UUID solutionId, String solutionName, SolutionExperience experience, List<Comparison> comparison,
            List<BadgeView> badges, List<Bar> bySkrGroup, List<Bar> byCounty, List<AdopterRow> adopters,
            List<ReportRow> reports, UUID ownAdoption, String ownMunicipality, boolean canAdopt, boolean publisher,
            BarChart effortChart) {
    }

    /** One figure: stated min–max (min = max for single amounts) beside the reports' median, range and n. */
    record Comparison(String key, String unit, Long statedMin, Long statedMax, Figures reported) {
    }

    record BadgeView(String code, String rule, Object[] args) {
        /** The i-th argument of the badge's name and facts messages, or null. */
        public Object arg(int i) {
            return i < args.length ? args[i] : null;
        }
    }

    /** A bar of the adopters chart; {@code tenths} is its length in tenths of the longest bar. */
    record Bar(String code, String name, long adopters, int tenths) {
    }

    record AdopterRow(UUID adoptionId, String kommunkod, String name, AdoptionStatus status, ZonedDateTime since) {
    }

    record ReportRow(String municipality, AdoptionStatus status, ZonedDateTime reportedAt,
            se.delbart.adoption.Experience experience) {
    }

    record Step(AdoptionStatus from, AdoptionStatus to, ZonedDateTime at, String reason, boolean correction) {
    }

    record Page(UUID id, long version, UUID solutionId, String solutionName, String kommunkod, String municipalityName,
            AdoptionStatus status, ZonedDateTime since, List<String> departments, String adoptedVersion,
            String discontinuedReason, List<Step> history, se.delbart.adoption.Experience report,
            ZonedDateTime reportedAt, int reportRevision, boolean canEdit, List<AdoptionStatus> nextStatuses,
            List<AdoptionStatus> corrections, boolean canReport) {
    }

    record OwnRow(UUID adoptionId, UUID solutionId, String solutionName, AdoptionStatus status, ZonedDateTime since,
            boolean reported) {
    }

}
