package se.delbart.insight.needs.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.delbart.insight.Csv;
import se.delbart.insight.needs.NeedGroup;
import se.delbart.insight.needs.TypeSupportAnalysis;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/** JSON shapes and CSV documents of unmet needs and support by type, shared by the pages and the API. */
@Component
class NeedsViews {

    private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv");

    /** A group as the API shows it: counts and breakdowns only, never which municipalities. */
    record GroupView(String kind, String key, String domain, List<String> terms, int municipalities, int needs,
            int searches, Map<IdealType, Integer> byIdealType, Map<SkrGroup, Integer> bySkrGroup,
            int estimatedIdealTypes) {
        static GroupView of(NeedGroup g) {
            return new GroupView(g.kind().name(), g.key(), g.domain(), g.terms(), g.municipalities(), g.needs(),
                    g.searches(), g.byType(), g.bySkrGroup(), g.estimatedTypes());
        }
    }

    /** Unmet needs (and unanswered searches) by domain and terms; answered and met needs apart, by terms. */
    record UnmetNeedsView(int minimumMunicipalities, java.time.LocalDate searchesSince, List<GroupView> byDomain,
            List<GroupView> byTerms, List<GroupView> answeredByTerms, List<GroupView> metByTerms,
            Map<UnmetNeeds.NeedStatus, Integer> declaredNeeds) {
        static UnmetNeedsView of(UnmetNeeds.Report r) {
            return new UnmetNeedsView(r.k(), r.searchesSince(), r.byDomain().stream().map(GroupView::of).toList(),
                    r.byTerms().stream().map(GroupView::of).toList(),
                    r.answeredByTerms().stream().map(GroupView::of).toList(),
                    r.metByTerms().stream().map(GroupView::of).toList(), r.needs());
        }
    }

    private final MessageSource messages;

    NeedsViews(MessageSource messages) {
        this.messages = messages;
    }

    Csv unmetNeedsCsv(UnmetNeeds.Report report) {
        Csv csv = Csv.withHeader("grupp", "nyckel", "omrade", "termer", "kommuner", "behov", "sokningar_utan_svar",
                "pragmatiska", "operativa", "strategiska", "uppskattad_idealtyp", "A1", "A2", "B3", "B4", "B5", "C6",
                "C7", "C8", "C9");
        for (List<NeedGroup> groups : List.of(report.byDomain(), report.byTerms())) {
            for (NeedGroup g : groups) {
                Object[] row = new Object[20];
                row[0] = g.kind() == NeedGroup.Kind.DOMAIN ? "omrade" : "termer";
                row[1] = g.key();
                row[2] = g.domain() == null ? null : domain(g.domain());
                row[3] = String.join(" ", g.terms());
                row[4] = g.municipalities();
                row[5] = g.needs();
                row[6] = g.searches();
                int i = 7;
                for (IdealType t : IdealType.values()) {
                    row[i++] = g.byType().getOrDefault(t, 0);
                }
                row[i++] = g.estimatedTypes();
                for (SkrGroup s : SkrGroup.values()) {
                    row[i++] = g.bySkrGroup().getOrDefault(s, 0);
                }
                csv.row(row);
            }
        }
        return csv;
    }

    Csv supportCsv(TypeSupportAnalysis.Report report) {
        Csv csv = Csv.withHeader("aspekt", "kategori", "idealtyp", "varde", "n", "dold_under_3_kommuner");
        report.municipalities().forEach((type, c) -> {
            csv.row("kommuner_sjalvskattade", "", type.name(), null, c.declared(), "");
            csv.row("kommuner_uppskattade", "", type.name(), null, c.estimated(), "");
            csv.row("kommuner_som_infor", "", type.name(), null, c.adopters(), "");
        });
        rows(csv, "infort_omrade_andel_procent", report.adoptedDomains());
        rows(csv, "infort_ursprung_andel_procent", report.adoptedOrigins());
        rows(csv, "infort_insats_andel_procent", report.adoptedEffort());
        rows(csv, "efterfragat_omrade_kommuner", report.askedDomains());
        rows(csv, "efterfragat_term_kommuner", report.askedTerms());
        rows(csv, "rapporterat", report.reported());
        return csv;
    }

    private static void rows(Csv csv, String aspect, List<TypeSupportAnalysis.Row> rows) {
        for (TypeSupportAnalysis.Row row : rows) {
            row.cells().forEach((type, cell) -> csv.row(aspect, row.key(), type.name(),
                    cell.hidden() ? null : cell.value(), cell.hidden() ? null : cell.n(), cell.hidden() ? "ja" : ""));
        }
    }

    private String domain(String code) {
        return messages.getMessage("domain." + code, null, code, SWEDISH);
    }
}
