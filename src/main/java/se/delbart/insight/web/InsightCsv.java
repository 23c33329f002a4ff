package se.delbart.insight.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;

import se.delbart.catalog.DayRange;
import se.delbart.insight.DiffusionCurve;
import se.delbart.insight.OverlapGroup;
import se.delbart.insight.ScaleCandidate;
import se.delbart.insight.ScaleComponent;
import se.delbart.shared.export.Downloads;
import se.delbart.shared.export.Table;

/**
 * The insight lists as tables: CSV for the API and the pages' download links, XLSX for the pages. File names are
 * {@link #SCALE}, {@link #OVERLAPS} and {@link #diffusionName}.
 */
final class InsightCsv {

    static final String SCALE = "skalningskandidater";
    static final String OVERLAPS = "overlappande-insatser";

    private InsightCsv() {
    }

    static ResponseEntity<byte[]> scaleCandidates(List<ScaleCandidate> candidates) {
        return Downloads.csv(scaleTable(candidates), SCALE);
    }

    static Table scaleTable(List<ScaleCandidate> candidates) {
        Table csv = Table.withColumns("rank", "solution_id", "name", "publisher_code", "publisher", "domains", "origin",
                "score", "spread", "momentum", "benefit", "effort_realism", "adaptation", "maintenance",
                "local_origin", "local_wins", "in_production", "skr_groups", "counties", "adopter_ideal_types",
                "self_assessed_profiles", "estimated_profiles", "recent_adoptions", "earlier_adoptions", "rating",
                "rating_n", "reason");
        int rank = 1;
        for (ScaleCandidate c : candidates) {
            var f = c.facts();
            csv.row(rank++, c.solutionId(), c.name(), c.publisherCode(), c.publisherName(), String.join(";", c.domains()),
                    c.origin(), c.score(), c.part(ScaleComponent.SPREAD).value(), c.part(ScaleComponent.MOMENTUM).value(),
                    c.part(ScaleComponent.BENEFIT).value(), c.part(ScaleComponent.EFFORT_REALISM).value(),
                    c.part(ScaleComponent.ADAPTATION).value(), c.part(ScaleComponent.MAINTENANCE).value(),
                    c.part(ScaleComponent.LOCAL_ORIGIN).value(), c.part(ScaleComponent.LOCAL_WINS).value(),
                    f.inProduction(), String.join(";", f.skrGroups()),
                    f.counties().size(), types(f), f.selfAssessedProfiles(), f.estimatedProfiles(), f.recentAdoptions(),
                    f.earlierAdoptions(), f.rating() == null ? null : Math.round(f.rating() * 10) / 10.0, f.ratingN(),
                    c.reason());
        }
        return csv;
    }

    private static String types(ScaleCandidate.Facts f) {
        StringBuilder s = new StringBuilder();
        f.idealTypes().forEach((type, n) -> s.append(s.isEmpty() ? "" : ";").append(type).append('=').append(n));
        return s.toString();
    }

    static ResponseEntity<byte[]> overlaps(List<OverlapGroup> groups) {
        return Downloads.csv(overlapsTable(groups), OVERLAPS);
    }

    static Table overlapsTable(List<OverlapGroup> groups) {
        Table csv = Table.withColumns("group", "headline", "municipalities", "solution_id", "name", "publisher_code",
                "publisher", "type", "domains", "implementation_days_min", "implementation_days_max",
                "adaptation_days_min", "adaptation_days_max", "one_off_cost_sek", "yearly_cost_sek", "shared_domains",
                "common_terms");
        int n = 1;
        for (OverlapGroup g : groups) {
            for (OverlapGroup.Member m : g.members()) {
                csv.row(n, g.headline(), g.municipalities(), m.solutionId(), m.name(), m.publisherCode(),
                        m.publisherName(), m.type(), String.join(";", m.domains()), min(m.implementationDays()),
                        max(m.implementationDays()), min(m.adaptationDays()), max(m.adaptationDays()),
                        m.oneOffCostSek(), m.yearlyCostSek(), String.join(";", g.sharedDomains()),
                        String.join(";", g.commonTerms()));
            }
            n++;
        }
        return csv;
    }

    private static Integer min(DayRange range) {
        return range == null ? null : range.min();
    }

    private static Integer max(DayRange range) {
        return range == null ? null : range.max();
    }

    static ResponseEntity<byte[]> diffusion(DiffusionCurve curve) {
        return Downloads.csv(diffusionTable(curve), diffusionName(curve));
    }

    static String diffusionName(DiffusionCurve curve) {
        String scope = curve.scope().replaceAll("[^A-Za-z0-9-]", "");
        return "spridning-" + scope + "-" + curve.measure().name().toLowerCase(Locale.ROOT);
    }

    /** One row per month: the cumulative count per SKR group, then the total. */
    static Table diffusionTable(DiffusionCurve curve) {
        String[] header = new String[curve.series().size() + 2];
        header[0] = "month";
        for (int i = 0; i < curve.series().size(); i++) {
            header[i + 1] = curve.series().get(i).group();
        }
        header[header.length - 1] = "total";
        Table csv = Table.withColumns(header);
        for (int m = 0; m < curve.months().size(); m++) {
            Object[] row = new Object[header.length];
            row[0] = curve.months().get(m);
            for (int i = 0; i < curve.series().size(); i++) {
                row[i + 1] = curve.series().get(i).values().get(m);
            }
            row[row.length - 1] = curve.total().get(m);
            csv.row(row);
        }
        return csv;
    }
}
