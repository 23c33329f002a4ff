package se.delbart.insight.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.delbart.catalog.Domain;
import se.delbart.insight.DiffusionCurve;
import se.delbart.insight.DiffusionMeasure;
import se.delbart.insight.DiffusionView;
import se.delbart.insight.NationalInsight;
import se.delbart.insight.ScaleCandidate;
import se.delbart.insight.ScaleComponent;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.chart.BarChart;
import se.delbart.shared.export.Downloads;

/**
 * The analyst's pages under /insikter (ANALYST and ADMIN, see the security configuration), each with a CSV download
 * at the same address plus ".csv" (pages use the session; the API under /api/v1/insights uses tokens).
 */
@Controller
class InsightPageController {

    private final NationalInsight insight;
    private final MessageSource messages;

    InsightPageController(NationalInsight insight, MessageSource messages) {
        this.insight = insight;
        this.messages = messages;
    }

    @GetMapping("/insikter")
    String index() {
        return "insight/index";
    }

    @GetMapping("/insikter/skalning")
    String scale(@RequestParam(required = false) String domain, @RequestParam(required = false) String group,
            Model model, Locale locale) {
        Domain d = InsightParams.domain(domain);
        SkrGroup g = InsightParams.group(group);
        List<ScaleCandidate> candidates = insight.scaleCandidates(d, g);
        model.addAttribute("candidates", candidates);
        model.addAttribute("chart", scaleChart(candidates, locale));
        model.addAttribute("weights", insight.properties().scale());
        model.addAttribute("components", ScaleComponent.values());
        filters(model, d);
        model.addAttribute("group", g);
        model.addAttribute("groups", SkrGroup.values());
        downloads(model, "/insikter/skalning", "domain", d == null ? null : d.code(), "group",
                g == null ? null : g.name());
        return "insight/scale";
    }

    /** The first candidates' scores as stacked bars of their components' points (0–100 in all). */
    private BarChart scaleChart(List<ScaleCandidate> candidates, Locale locale) {
        List<ScaleComponent> components = List.of(ScaleComponent.values());
        BarChart.Builder chart = BarChart.stacked(locale).max(100).series(components.stream()
                .map(c -> messages.getMessage("insight.component." + c, null, locale)).toList());
        candidates.stream().limit(CHART_ROWS).forEach(c -> chart.row(c.name(),
                components.stream().map(k -> c.part(k).points() * 100).toList()));
        return chart.build(BarChart.WIDTH);
    }

    static final int CHART_ROWS = 15;

    @GetMapping(path = { "/insikter/skalning.csv", "/insikter/skalning" }, produces = "text/csv")
    ResponseEntity<byte[]> scaleCsv(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String group) {
        return InsightCsv.scaleCandidates(
                insight.scaleCandidates(InsightParams.domain(domain), InsightParams.group(group)));
    }

    @GetMapping("/insikter/skalning.xlsx")
    ResponseEntity<byte[]> scaleXlsx(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String group, Locale locale) {
        return Downloads.xlsx(InsightCsv.scaleTable(insight.scaleCandidates(InsightParams.domain(domain),
                InsightParams.group(group))), InsightCsv.SCALE, sheet("insight.scale.heading", locale), messages, locale);
    }

    @GetMapping("/insikter/overlapp")
    String overlaps(@RequestParam(required = false) String domain, Model model) {
        Domain d = InsightParams.domain(domain);
        model.addAttribute("groups", insight.overlaps(d));
        model.addAttribute("computedAt", insight.overlapsComputedAt());
        model.addAttribute("threshold", insight.properties().overlap().similarity());
        filters(model, d);
        downloads(model, "/insikter/overlapp", "domain", d == null ? null : d.code());
        return "insight/overlap";
    }

    @GetMapping(path = { "/insikter/overlapp.csv", "/insikter/overlapp" }, produces = "text/csv")
    ResponseEntity<byte[]> overlapsCsv(@RequestParam(required = false) String domain) {
        return InsightCsv.overlaps(insight.overlaps(InsightParams.domain(domain)));
    }

    @GetMapping("/insikter/overlapp.xlsx")
    ResponseEntity<byte[]> overlapsXlsx(@RequestParam(required = false) String domain, Locale locale) {
        return Downloads.xlsx(InsightCsv.overlapsTable(insight.overlaps(InsightParams.domain(domain))),
                InsightCsv.OVERLAPS, sheet("insight.overlap.heading", locale), messages, locale);
    }

    @GetMapping("/insikter/spridning")
    String diffusion(@RequestParam(required = false) String domain, @RequestParam(required = false) String solution,
            @RequestParam(required = false) String measure, Model model, Locale locale) {
        Domain d = InsightParams.domain(domain);
        UUID s = InsightParams.solution(solution);
        DiffusionMeasure m = InsightParams.measure(measure);
        DiffusionView view = insight.diffusion(d, s, m);
        model.addAttribute("view", view);
        model.addAttribute("curve", view.curve());
        model.addAttribute("chart", view.curve().isEmpty() ? null
                : LineChart.of(view.curve(), messages.getMessage("insight.diffusion.total", null, "Totalt", locale)));
        filters(model, d);
        model.addAttribute("solution", s == null ? null : s.toString());
        model.addAttribute("measure", m);
        model.addAttribute("measures", DiffusionMeasure.values());
        downloads(model, "/insikter/spridning", "domain", d == null ? null : d.code(),
                "solution", s == null ? null : s.toString(), "measure", m.name());
        return "insight/diffusion";
    }

    @GetMapping(path = { "/insikter/spridning.csv", "/insikter/spridning" }, produces = "text/csv")
    ResponseEntity<byte[]> diffusionCsv(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String solution, @RequestParam(required = false) String measure) {
        return InsightCsv.diffusion(insight.diffusion(InsightParams.domain(domain), InsightParams.solution(solution),
                InsightParams.measure(measure)).curve());
    }

    @GetMapping("/insikter/spridning.xlsx")
    ResponseEntity<byte[]> diffusionXlsx(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String solution, @RequestParam(required = false) String measure,
            Locale locale) {
        DiffusionCurve curve = insight.diffusion(InsightParams.domain(domain), InsightParams.solution(solution),
                InsightParams.measure(measure)).curve();
        return Downloads.xlsx(InsightCsv.diffusionTable(curve), InsightCsv.diffusionName(curve),
                sheet("insight.diffusion.heading", locale), messages, locale);
    }

    private String sheet(String titleKey, Locale locale) {
        return messages.getMessage(titleKey, null, "Delbart", locale);
    }

    private static void filters(Model model, Domain domain) {
        model.addAttribute("domain", domain);
        model.addAttribute("domains", Domain.values());
    }

    /** The CSV and XLSX addresses with the page's filters (name, value pairs; null values are left out). */
    private static void downloads(Model model, String path, String... nameValues) {
        model.addAttribute("csvUrl", url(path + ".csv", nameValues));
        model.addAttribute("xlsxUrl", url(path + ".xlsx", nameValues));
    }

    private static String url(String path, String... nameValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                uri.queryParam(nameValues[i], nameValues[i + 1]);
            }
        }
        return uri.encode().build().toUriString();
    }
}
