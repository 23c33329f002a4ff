package se.delbart.insight.needs.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.delbart.insight.Csv;
import se.delbart.insight.needs.SupportByType;
import se.delbart.insight.needs.UnmetNeeds;

/** The analysts' pages on unmet needs ({@code /insikter/behov}) and support by ideal type ({@code /insikter/typer}). */
@Controller
class NeedsPageController {

    private final UnmetNeeds needs;
    private final SupportByType support;
    private final NeedsViews views;

    NeedsPageController(UnmetNeeds needs, SupportByType support, NeedsViews views) {
        this.needs = needs;
        this.support = support;
        this.views = views;
    }

    @GetMapping("/insikter/behov")
    String unmetNeeds(Model model) {
        model.addAttribute("report", needs.report());
        return "insight/needs/needs";
    }

    @GetMapping(path = { "/insikter/behov.csv", "/insikter/behov" }, produces = "text/csv")
    ResponseEntity<byte[]> unmetNeedsCsv() {
        return csv(views.unmetNeedsCsv(needs.report()), "omatta-behov.csv");
    }

    @GetMapping("/insikter/typer")
    String supportByType(Model model) {
        model.addAttribute("report", support.report());
        model.addAttribute("types", se.delbart.shared.IdealType.values());
        return "insight/types/types";
    }

    @GetMapping(path = { "/insikter/typer.csv", "/insikter/typer" }, produces = "text/csv")
    ResponseEntity<byte[]> supportByTypeCsv() {
        return csv(views.supportCsv(support.report()), "stod-per-idealtyp.csv");
    }

    static ResponseEntity<byte[]> csv(Csv csv, String filename) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(csv.bytes());
    }
}
