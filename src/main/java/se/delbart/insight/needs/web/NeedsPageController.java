package se.delbart.insight.needs.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.delbart.insight.needs.SupportByType;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.shared.export.Downloads;

/** The analysts' pages on unmet needs ({@code /insikter/behov}) and support by ideal type ({@code /insikter/typer}). */
@Controller
class NeedsPageController {

    static final String UNMET_NEEDS = "omatta-behov";
    static final String SUPPORT_BY_TYPE = "stod-per-idealtyp";

    private final UnmetNeeds needs;
    private final SupportByType support;
    private final NeedsViews views;
    private final MessageSource messages;

    NeedsPageController(UnmetNeeds needs, SupportByType support, NeedsViews views, MessageSource messages) {
        this.needs = needs;
        this.support = support;
        this.views = views;
        this.messages = messages;
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
    String supportByType(Model model) {
        model.addAttribute("report", support.report());
        model.addAttribute("types", se.delbart.shared.IdealType.values());
        return "insight/types/types";
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
