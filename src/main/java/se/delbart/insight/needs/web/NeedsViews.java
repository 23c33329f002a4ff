package se.delbart.insight.needs.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.delbart.insight.needs.CapacityGaps;
import se.delbart.insight.needs.NeedGroup;
import se.delbart.insight.needs.TypeSupportAnalysis;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;
import se.delbart.shared.export.Table;

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

    Table unmetNeedsTable(UnmetNeeds.Report report) {
        Table csv = Table.withColumns("kind", "key", "domain", "terms", "municipalities", "needs",
                "unanswered_searches", "pragmatic", "operational", "strategic", "estimated_ideal_type", "A1", "A2", "B3",
                "B4", "B5", "C6", "C7", "C8", "C9");
        for (List<NeedGroup> groups : List.of(report.byDomain(), report.byTerms())) {
            for (NeedGroup g : groups) {
                Object[] row = new Object[20];
                row[0] = g.kind() == NeedGroup.Kind.DOMAIN ? "domain" : "terms";
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

    /** One row per solution; a split of fewer than 3 municipalities is empty, with {@code hidden_under_3} true. */
    Table capacityTable(List<CapacityGaps.Gap> gaps) {
        List<String> keys = new java.util.ArrayList<>(List.of("solution_id", "solution", "publisher",
                "municipalities", "interested", "planning", "needs", "hosting_offered", "support_offered"));
        for (IdealType t : IdealType.values()) {
            keys.add(t.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (SkrGroup s : SkrGroup.values()) {
            keys.add(s.name());
        }
        keys.add("hidden_under_3_municipalities");
        Table csv = Table.withColumns(keys.toArray(String[]::new));
        for (CapacityGaps.Gap g : gaps) {
            List<Object> row = new java.util.ArrayList<>(List.of(g.solutionId().toString(), g.name(),
                    g.publisherName(), g.municipalities(), g.interested(), g.planning(), g.needs(), g.hostingOffered(),
                    g.supportOffered()));
            boolean hidden = false;
            for (IdealType t : IdealType.values()) {
                row.add(g.byType().get(t));
                hidden |= g.byType().get(t) == null;
            }
            for (SkrGroup s : SkrGroup.values()) {
                row.add(g.bySkrGroup().get(s));
                hidden |= g.bySkrGroup().get(s) == null;
            }
            row.add(hidden);
            csv.row(row.toArray());
        }
        return csv;
    }

    Table supportTable(TypeSupportAnalysis.Report report) {
        Table csv = Table.withColumns("aspect", "category", "ideal_type", "value", "n",
                "hidden_under_3_municipalities");
        report.municipalities().forEach((type, c) -> {
            csv.row("municipalities_self_assessed", "", type.name(), null, c.declared(), false);
            csv.row("municipalities_estimated", "", type.name(), null, c.estimated(), false);
            csv.row("municipalities_adopting", "", type.name(), null, c.adopters(), false);
        });
        rows(csv, "adopted_domain_share_percent", report.adoptedDomains());
        rows(csv, "adopted_origin_share_percent", report.adoptedOrigins());
        rows(csv, "adopted_effort_share_percent", report.adoptedEffort());
        rows(csv, "asked_domain_municipalities", report.askedDomains());
        rows(csv, "asked_term_municipalities", report.askedTerms());
        rows(csv, "reported", report.reported());
        return csv;
    }

    private static void rows(Table csv, String aspect, List<TypeSupportAnalysis.Row> rows) {
        for (TypeSupportAnalysis.Row row : rows) {
            row.cells().forEach((type, cell) -> csv.row(aspect, row.key(), type.name(),
                    cell.hidden() ? null : cell.value(), cell.hidden() ? null : cell.n(), cell.hidden()));
        }
    }

    private String domain(String code) {
        return messages.getMessage("domain." + code, null, code, SWEDISH);
    }
}
