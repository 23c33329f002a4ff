package se.delbart.insight.needs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.delbart.insight.needs.CapacityGaps;
import se.delbart.insight.needs.SupportByType;
import se.delbart.insight.needs.TypeSupportAnalysis;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;
import se.delbart.shared.chart.BarChart;
import se.delbart.shared.export.Downloads;

/**
 * The analysts' pages on unmet needs ({@code /insikter/behov}), support by ideal type ({@code /insikter/typer}) and
 * capacity gaps ({@code /insikter/kapacitet}).
 */
@Controller
class NeedsPageController {

    static final String UNMET_NEEDS = "omatta-behov";
    static final String SUPPORT_BY_TYPE = "stod-per-idealtyp";
    static final String CAPACITY_GAPS = "kapacitetsluckor";

    private final UnmetNeeds needs;
    private final SupportByType support;
    private final NeedsViews views;
    private final MessageSource messages;

    private final CapacityGaps gaps;

    NeedsPageController(UnmetNeeds needs, SupportByType support, NeedsViews views, MessageSource messages,
            CapacityGaps gaps) {
        this.gaps = gaps;
        this.needs = needs;
        this.support = support;
        this.views = views;
        this.messages = messages;
    }

    /** Solutions municipalities want that no confirmed provider hosts or supports: what national actors could fill. */
    @GetMapping("/insikter/kapacitet")
    String capacityGaps(Model model) {
        model.addAttribute("gaps", gaps.report());
        model.addAttribute("types", IdealType.values());
        model.addAttribute("groups", SkrGroup.values());
        return "insight/needs/capacity";
    }

    @GetMapping(path = { "/insikter/kapacitet.csv", "/insikter/kapacitet" }, produces = "text/csv")
    ResponseEntity<byte[]> capacityGapsCsv() {
        return Downloads.csv(views.capacityTable(gaps.report()), CAPACITY_GAPS);
    }

    @GetMapping("/insikter/kapacitet.xlsx")
    ResponseEntity<byte[]> capacityGapsXlsx(Locale locale) {
        return Downloads.xlsx(views.capacityTable(gaps.report()), CAPACITY_GAPS,
                messages.getMessage("insightneeds.capacity.heading", null, "Delbart", locale), messages, locale);
    }

    @GetMapping("/insikter/behov")
    String unmetNeeds(Model model) {
        model.addAttribute("report", needs.report());
        return "insight/needs/needs";
    }

    @GetMapping(path = { "/insikter/behov.csv", "/insikter/behov" }, produces = "text/csv")
    ResponseEntity<byte[]> unmetNeedsCsv() {
        return Downloads.csv(views.unmetNeedsTable(needs.report()), UNMET_NEEDS);
    }

    @GetMapping("/insikter/behov.xlsx")
    ResponseEntity<byte[]> unmetNeedsXlsx(Locale locale) {
        return Downloads.xlsx(views.unmetNeedsTable(needs.report()), UNMET_NEEDS,
                messages.getMessage("insightneeds.needs.heading", null, "Delbart", locale), messages, locale);
    }

    @GetMapping("/insikter/typer")
    String supportByType(Model model, Locale locale) {
        TypeSupportAnalysis.Report report = support.report();
        model.addAttribute("report", report);
        model.addAttribute("charts", Map.of(
                "adoptedDomains", shareChart(report.adoptedDomains(), "domain.", locale),
                "adoptedOrigins", shareChart(report.adoptedOrigins(), "origin.", locale),
                "adoptedEffort", shareChart(report.adoptedEffort(), "insightneeds.effort.", locale)));
        model.addAttribute("types", IdealType.values());
        return "insight/types/types";
    }

    /**
     * One group of bars per category, one bar per ideal type: the share of the type's adoptions. A cell hidden for
     * privacy (fewer than k municipalities) has no bar.
     */
    private BarChart shareChart(List<TypeSupportAnalysis.Row> rows, String labelPrefix, Locale locale) {
        List<IdealType> types = List.of(IdealType.values());
        BarChart.Builder chart = BarChart.grouped(locale).max(100).unit(" %")
                .series(types.stream().map(t -> messages.getMessage("idealType." + t, null, locale)).toList());
        for (TypeSupportAnalysis.Row row : rows) {
            chart.row(messages.getMessage(labelPrefix + row.key(), null, row.key(), locale), types.stream()
                    .map(t -> row.cells().get(t))
                    .map(c -> c == null || c.hidden() ? null : c.value()).toList());
        }
        return chart.build(BarChart.WIDTH);
    }

    @GetMapping(path = { "/insikter/typer.csv", "/insikter/typer" }, produces = "text/csv")
    ResponseEntity<byte[]> supportByTypeCsv() {
        return Downloads.csv(views.supportTable(support.report()), SUPPORT_BY_TYPE);
    }

    @GetMapping("/insikter/typer.xlsx")
    ResponseEntity<byte[]> supportByTypeXlsx(Locale locale) {
        return Downloads.xlsx(views.supportTable(support.report()), SUPPORT_BY_TYPE,
                messages.getMessage("insightneeds.types.heading", null, "Delbart", locale), messages, locale);
    }
}
