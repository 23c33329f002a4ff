package se.delbart.insight.needs.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    @GetMapping("/unmet-needs")
    NeedsViews.UnmetNeedsView unmetNeeds() {
        return NeedsViews.UnmetNeedsView.of(needs.report());
    }

    @GetMapping(path = { "/unmet-needs.csv", "/unmet-needs" }, produces = "text/csv")
    ResponseEntity<byte[]> unmetNeedsCsv() {
        return Downloads.csv(views.unmetNeedsTable(needs.report()), NeedsPageController.UNMET_NEEDS);
    }

    /** What pragmatic, operational and strategic municipalities adopt, ask for and report. */
    @GetMapping("/support-by-type")
    TypeSupportAnalysis.Report supportByType() {
        return support.report();
    }

    @GetMapping(path = { "/support-by-type.csv", "/support-by-type" }, produces = "text/csv")
    ResponseEntity<byte[]> supportByTypeCsv() {
        return Downloads.csv(views.supportTable(support.report()), NeedsPageController.SUPPORT_BY_TYPE);
    }
}
