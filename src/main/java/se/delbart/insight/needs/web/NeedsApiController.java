package se.delbart.insight.needs.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import se.delbart.insight.needs.SupportByType;
import se.delbart.insight.needs.TypeSupportAnalysis;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.shared.export.Downloads;

/** Unmet needs and support by ideal type as JSON and CSV, for ANALYST and ADMIN (SecurityConfig). */
@RestController
@RequestMapping("/api/v1/insights")
class NeedsApiController {

    private final UnmetNeeds needs;
    private final SupportByType support;
    private final NeedsViews views;

    NeedsApiController(UnmetNeeds needs, SupportByType support, NeedsViews views) {
        this.needs = needs;
        this.support = support;
        this.views = views;
    }

    /** Groups of declared needs and unanswered searches shared by at least 3 municipalities. */
    @Operation(operationId = "listUnmetNeeds", summary = "Needs no published solution meets",
            description = "Declared needs that no published solution answers and searches that found nothing, grouped; a group shows only when at least 3 municipalities share it. Answered and met needs are listed apart." + " Also as CSV: append `.csv` to the address, or send `Accept: text/csv`.")
    @GetMapping("/unmet-needs")
    NeedsViews.UnmetNeedsView unmetNeeds() {
        return NeedsViews.UnmetNeedsView.of(needs.report());
    }

    @Operation(operationId = "listUnmetNeedsCsv", summary = "Unmet needs as CSV",
            description = "The unmet needs as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark).")
    @GetMapping(path = { "/unmet-needs.csv", "/unmet-needs" }, produces = "text/csv")
    ResponseEntity<byte[]> unmetNeedsCsv() {
        return Downloads.csv(views.unmetNeedsTable(needs.report()), NeedsPageController.UNMET_NEEDS);
    }

    /** What pragmatic, operational and strategic municipalities adopt, ask for and report. */
    @Operation(operationId = "getSupportByType", summary = "Support by ideal type",
            description = "What pragmatic, operational and strategic municipalities adopt, ask for and report, from at least 3 municipalities a figure." + " Also as CSV: append `.csv` to the address, or send `Accept: text/csv`.")
    @GetMapping("/support-by-type")
    TypeSupportAnalysis.Report supportByType() {
        return support.report();
    }

    @Operation(operationId = "getSupportByTypeCsv", summary = "Support by ideal type as CSV",
            description = "Support by ideal type as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark).")
    @GetMapping(path = { "/support-by-type.csv", "/support-by-type" }, produces = "text/csv")
    ResponseEntity<byte[]> supportByTypeCsv() {
        return Downloads.csv(views.supportTable(support.report()), NeedsPageController.SUPPORT_BY_TYPE);
    }
}
