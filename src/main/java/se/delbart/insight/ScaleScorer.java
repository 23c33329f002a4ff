package se.delbart.insight;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import se.delbart.adoption.Experience;
import se.delbart.adoption.Figures;
import se.delbart.catalog.DayRange;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SupportModel;
import se.delbart.shared.IdealType;

/**
 * The scale-candidate score in plain Java. Each component is 0..1; the score is their weighted sum (weights from
 * {@link InsightProperties.Scale}, divided by their sum). A component without data (no reports yet) is 0: the score
 * rewards evidence.
 * <ul>
 * <li>SPREAD: the mean of four parts, each capped at its saturation: adopters in production, their distinct SKR
 * groups, their distinct counties, and the distinct dominant ideal types of their profiles (of 3).</li>
 * <li>MOMENTUM: recent / (all + prior), counting adoptions not discontinued; recent = started in the last
 * {@code momentumMonths} months.</li>
 * <li>BENEFIT: (mean of the reports' operational and citizen ratings − 1) / 4.</li>
 * <li>EFFORT_REALISM: 1 when the median reported implementation days lie within the stated maximum, else stated
 * maximum / reported median.</li>
 * <li>ADAPTATION: 1 − days / cap, days being the median reported adaptation days, or the stated maximum when none
 * is reported.</li>
 * <li>MAINTENANCE: the support model (publisher or vendor 1, community 0.5, none 0), averaged with
 * (mean support rating − 1) / 4 when adopters rated the support.</li>
 * <li>LOCAL_ORIGIN: local 1, joint 0.5, national 0 — the study asks national actors to spread what municipalities
 * built themselves.</li>
 * <li>LOCAL_WINS: municipalities whose portfolio prioritised the solution over a national alternative for the same
 * need (counted from 3, the portfolio's k ≥ 3 rule), capped at {@code localWinsSaturation}.</li>
 * </ul>
 */
public final class ScaleScorer {

    private final InsightProperties.Scale settings;

    public ScaleScorer(InsightProperties.Scale settings) {
        this.settings = settings;
    }

    ScaleCandidate score(SolutionFacts solution, List<Adopter> adopters, Instant now) {
        return score(solution, adopters, now, 0);
    }

    /** {@code localWins}: municipalities that prioritised it over a national alternative (0 below 3). */
    ScaleCandidate score(SolutionFacts solution, List<Adopter> adopters, Instant now, int localWins) {
        List<Adopter> inProduction = adopters.stream().filter(Adopter::inProduction).toList();
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> counties = new TreeSet<>();
        Map<IdealType, Integer> types = new EnumMap<>(IdealType.class);
        int selfAssessed = 0;
        for (Adopter a : inProduction) {
            groups.add(a.skrGroup());
            counties.add(a.countyCode());
            types.merge(a.idealType(), 1, Integer::sum);
            if (!a.profileEstimated()) {
                selfAssessed++;
            }
        }
        int estimated = inProduction.size() - selfAssessed;
        double spread = (capped(inProduction.size(), settings.productionSaturation())
                + capped(groups.size(), settings.groupSaturation()) + capped(counties.size(), settings.countySaturation())
                + types.size() / 3.0) / 4;

        Instant since = now.atOffset(ZoneOffset.UTC).minusMonths(settings.momentumMonths()).toInstant();
        List<Adopter> active = adopters.stream().filter(Adopter::active).toList();
        int recent = (int) active.stream().filter(a -> !a.startedAt().isBefore(since)).count();
        int earlier = active.size() - recent;
        double momentum = recent / (active.size() + settings.momentumPrior());

        List<Experience> reports = adopters.stream().map(Adopter::report).filter(Objects::nonNull).toList();
        Double rating = reports.isEmpty() ? null
                : reports.stream().mapToDouble(r -> (r.operationalRating() + r.citizenRating()) / 2.0).average()
                        .orElseThrow();
        double benefit = rating == null ? 0 : (rating - 1) / 4;

        DayRange stated = solution.implementationDays();
        Figures reportedImpl = Figures.of(reports.stream().map(Experience::implementationDays).toList());
        double realism = 0;
        if (reportedImpl.n() > 0 && stated != null) {
            double median = reportedImpl.median();
            realism = median <= stated.max() ? 1 : stated.max() / median;
        }

        Figures reportedAdapt = Figures.of(reports.stream().map(Experience::adaptationDays).toList());
        Double adaptationDays = reportedAdapt.n() > 0 ? reportedAdapt.median()
                : solution.adaptationDays() == null ? null : (double) solution.adaptationDays().max();
        double adaptation = adaptationDays == null ? 0
                : 1 - Math.min(adaptationDays, settings.adaptationDaysCap()) / settings.adaptationDaysCap();

        List<Integer> supportRatings = reports.stream().map(Experience::supportRating).filter(Objects::nonNull).toList();
        Double supportRating = supportRatings.isEmpty() ? null
                : supportRatings.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double model = supportValue(solution.support());
        double maintenance = supportRating == null ? model : (model + (supportRating - 1) / 4) / 2;

        double local = originValue(solution.origin());

        ScaleCandidate.Facts facts = new ScaleCandidate.Facts(inProduction.size(), List.copyOf(groups),
                List.copyOf(counties), types, selfAssessed, estimated, recent, earlier, rating, reports.size(),
                stated == null ? null : stated.min(), stated == null ? null : stated.max(), reportedImpl.median(),
                reportedImpl.n(), adaptationDays, reportedAdapt.n() > 0, solution.support(), supportRating,
                supportRatings.size());
        Map<ScaleComponent, Double> values = new EnumMap<>(ScaleComponent.class);
        values.put(ScaleComponent.SPREAD, spread);
        values.put(ScaleComponent.MOMENTUM, momentum);
        values.put(ScaleComponent.BENEFIT, benefit);
        values.put(ScaleComponent.EFFORT_REALISM, realism);
        values.put(ScaleComponent.ADAPTATION, adaptation);
        values.put(ScaleComponent.MAINTENANCE, maintenance);
        values.put(ScaleComponent.LOCAL_ORIGIN, local);
        values.put(ScaleComponent.LOCAL_WINS, capped(localWins, settings.localWinsSaturation()));
        List<ScaleCandidate.Part> parts = new ArrayList<>();
        double score = 0;
        for (ScaleComponent c : ScaleComponent.values()) {
            double weight = settings.weight(c);
            double points = weight * values.get(c);
            score += points;
            parts.add(new ScaleCandidate.Part(c, round(values.get(c)), round(weight), round(points),
                    detail(c, facts, solution, localWins, false), detail(c, facts, solution, localWins, true)));
        }
        return new ScaleCandidate(solution.id(), solution.name(), solution.publisherCode(), solution.publisherName(),
                solution.domainCodes(), solution.origin(), round(score), parts, facts, reason(facts, false),
                reason(facts, true));
    }

    static double capped(int count, int saturation) {
        return saturation <= 0 ? 1 : Math.min(count, saturation) / (double) saturation;
    }

    static double supportValue(SupportModel support) {
        if (support == null) {
            return 0;
        }
        return switch (support) {
            case PUBLISHER, VENDOR -> 1;
            case COMMUNITY -> 0.5;
            case NONE -> 0;
        };
    }

    static double originValue(Origin origin) {
        if (origin == null) {
            return 0;
        }
        return switch (origin) {
            case LOCAL -> 1;
            case JOINT -> 0.5;
            case NATIONAL -> 0;
        };
    }

    /** Four decimals: enough for the page and the API, stable in tests. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** "I drift hos 4 kommuner i 3 kommungrupper och 2 län; 3 nya senaste året; betyg 4,3 (n=5)". */
    static String reason(ScaleCandidate.Facts f, boolean en) {
        List<String> parts = new ArrayList<>();
        if (f.inProduction() == 0) {
            parts.add(en ? "Not in production anywhere yet" : "Inte i drift hos någon kommun ännu");
        } else if (en) {
            parts.add("In production in " + Phrases.count(f.inProduction(), "municipality", "municipalities") + " in "
                    + Phrases.count(f.skrGroups().size(), "SKR group", "SKR groups") + " and "
                    + Phrases.count(f.counties().size(), "county", "counties"));
        } else {
            parts.add("I drift hos " + Phrases.count(f.inProduction(), "kommun", "kommuner") + " i "
                    + Phrases.count(f.skrGroups().size(), "kommungrupp", "kommungrupper") + " och "
                    + f.counties().size() + " län");
        }
        parts.add(en ? f.recentAdoptions() + " new in the last year"
                : Phrases.count(f.recentAdoptions(), "ny", "nya") + " senaste året");
        if (f.rating() != null) {
            parts.add((en ? "rating " : "betyg ") + Phrases.decimal(f.rating(), en) + " (n=" + f.ratingN() + ")");
        } else {
            parts.add(en ? "no ratings yet" : "inga betyg ännu");
        }
        String line = String.join("; ", parts);
        return line.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + line.substring(1);
    }

    private static String detail(ScaleComponent c, ScaleCandidate.Facts f, SolutionFacts s, int localWins,
            boolean en) {
        return switch (c) {
            case SPREAD -> spreadDetail(f, en);
            case MOMENTUM -> en ? f.recentAdoptions() + " started in the last year, " + f.earlierAdoptions() + " before"
                    : f.recentAdoptions() + " påbörjade senaste året, " + f.earlierAdoptions() + " tidigare";
            case BENEFIT -> f.rating() == null ? (en ? "No experience reports" : "Inga erfarenhetsrapporter")
                    : (en ? "Operational and citizen benefit rated " : "Verksamhets- och invånarnytta betygsatt ")
                            + Phrases.decimal(f.rating(), en) + (en ? " of 5 (n=" : " av 5 (n=") + f.ratingN() + ")";
            case EFFORT_REALISM -> f.reportedImplementationN() == 0 || f.statedImplementationMax() == null
                    ? (en ? "No reported implementation effort" : "Ingen rapporterad införandeinsats")
                    : (en ? "Reported median " : "Rapporterad median ")
                            + Phrases.number(f.reportedImplementationMedian(), en) + " "
                            + personDays(f.reportedImplementationMedian(), en) + (en ? " against stated " : " mot angivna ")
                            + f.statedImplementationMin() + "–" + f.statedImplementationMax() + " (n="
                            + f.reportedImplementationN() + ")";
            case ADAPTATION -> f.adaptationDays() == null ? (en ? "Adaptation not stated" : "Anpassning ej angiven")
                    : (f.adaptationReported() ? (en ? "Reported median " : "Rapporterad median ")
                            : (en ? "Stated at most " : "Angivet högst "))
                            + Phrases.number(f.adaptationDays(), en) + " " + personDays(f.adaptationDays(), en)
                            + (en ? " of local adaptation" : " lokal anpassning");
            case MAINTENANCE -> (en ? "Support: " : "Stöd: ") + supportName(s.support(), en)
                    + (f.supportRating() == null ? ""
                            : (en ? ", rated " : ", betyg ") + Phrases.decimal(f.supportRating(), en) + " (n="
                                    + f.supportRatingN() + ")");
            case LOCAL_ORIGIN -> originName(s.origin(), en);
            case LOCAL_WINS -> localWins == 0
                    ? (en ? "Not prioritised over a national alternative in at least 3 portfolios"
                            : "Inte prioriterad framför ett nationellt alternativ i minst 3 portföljer")
                    : (en ? "Prioritised over a national alternative in " + Phrases.count(localWins, "municipality",
                            "municipalities") + "' portfolios"
                            : "Prioriterad framför ett nationellt alternativ i " + localWins + " kommuners portföljer");
        };
    }

    /** "1 persondag", "2 persondagar": the unit agrees with the figure. */
    private static String personDays(Number days, boolean en) {
        boolean one = days != null && days.doubleValue() == 1.0;
        return en ? (one ? "person-day" : "person-days") : (one ? "persondag" : "persondagar");
    }

    private static String spreadDetail(ScaleCandidate.Facts f, boolean en) {
        StringBuilder s = new StringBuilder();
        s.append(en ? "In production: " : "I drift: ").append(f.inProduction());
        s.append(en ? "; SKR groups: " : "; kommungrupper: ")
                .append(f.skrGroups().isEmpty() ? "–" : String.join(", ", f.skrGroups()));
        s.append(en ? "; counties: " : "; län: ").append(f.counties().size());
        s.append(en ? "; ideal types: " : "; idealtyper: ");
        if (f.idealTypes().isEmpty()) {
            s.append('–');
        } else {
            List<String> types = new ArrayList<>();
            f.idealTypes().forEach((type, n) -> types.add(typeName(type, en) + " " + n));
            s.append(String.join(", ", types));
            s.append(en ? " (" + f.selfAssessedProfiles() + " self-assessed, " + f.estimatedProfiles() + " estimated)"
                    : " (" + f.selfAssessedProfiles() + " självskattade, " + f.estimatedProfiles() + " uppskattade)");
        }
        return s.toString();
    }

    static String typeName(IdealType type, boolean en) {
        return switch (type) {
            case PRAGMATIC -> en ? "pragmatic" : "pragmatisk";
            case OPERATIONAL -> en ? "operational" : "operationell";
            case STRATEGIC -> en ? "strategic" : "strategisk";
        };
    }

    private static String supportName(SupportModel support, boolean en) {
        if (support == null) {
            return en ? "not stated" : "ej angivet";
        }
        return switch (support) {
            case PUBLISHER -> en ? "the publisher" : "utgivaren";
            case VENDOR -> en ? "a vendor" : "en leverantör";
            case COMMUNITY -> en ? "a community" : "en community";
            case NONE -> en ? "none" : "inget";
        };
    }

    private static String originName(Origin origin, boolean en) {
        if (origin == null) {
            return en ? "Origin not stated" : "Ursprung ej angivet";
        }
        return switch (origin) {
            case LOCAL -> en ? "Built by one municipality (bottom-up)" : "Byggd av en kommun (underifrån)";
            case JOINT -> en ? "Built by municipalities together" : "Byggd av kommuner i samverkan";
            case NATIONAL -> en ? "A national initiative" : "Ett nationellt initiativ";
        };
    }
}
