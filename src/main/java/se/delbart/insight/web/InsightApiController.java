package se.delbart.insight.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.delbart.insight.DiffusionView;
import se.delbart.insight.InsightProperties;
import se.delbart.insight.NationalInsight;
import se.delbart.insight.OverlapGroup;
import se.delbart.insight.ScaleCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * National insight as JSON and CSV (ANALYST and ADMIN, see the security configuration): the same data as the pages
 * under /insikter. Each list is also served as CSV at the same address with ".csv" appended.
 */
@RestController
@RequestMapping("/api/v1/insights")
class InsightApiController {

    private final NationalInsight insight;

    InsightApiController(NationalInsight insight) {
        this.insight = insight;
    }

    /** The filters applied, the scale settings (raw weights and saturations) and the candidates, best first. */
    record ScaleCandidates(String domain, String group, InsightProperties.Scale weights,
            List<ScaleCandidate> candidates) {
    }

    record Overlaps(String domain, double similarityThreshold, List<OverlapGroup> groups) {
    }

    @Operation(operationId = "listScaleCandidates", summary = "Solutions that could be scaled up nationally",
            description = "Published solutions ranked by how well they could serve many municipalities, with the weights used and each score's parts." + " Also as CSV: append `.csv` to the address, or send `Accept: text/csv`.")
    @GetMapping("/scale-candidates")
    ScaleCandidates scaleCandidates(@Parameter(description = "Only this area (a domain code).", schema = @Schema(allowableValues = { "utbildning", "vard-och-omsorg",
                    "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice",
                    "intern-administration", "it-och-infrastruktur" }))
            @RequestParam(required = false) String domain,
            @Parameter(description = "Only adopters in this SKR group.", schema = @Schema(allowableValues = { "A1", "A2", "B3", "B4", "B5", "C6",
                    "C7", "C8", "C9" }))
            @RequestParam(required = false) String group) {
        var d = InsightParams.domain(domain);
        var g = InsightParams.group(group);
        return new ScaleCandidates(d == null ? null : d.code(), g == null ? null : g.name(),
                insight.properties().scale(), insight.scaleCandidates(d, g));
    }

    @Operation(operationId = "listScaleCandidatesCsv", summary = "Scale candidates as CSV",
            description = "The scale candidates as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark).")
    @GetMapping(path = { "/scale-candidates.csv", "/scale-candidates" }, produces = "text/csv")
    ResponseEntity<byte[]> scaleCandidatesCsv(@Parameter(description = "Only this area (a domain code).", schema = @Schema(allowableValues = { "utbildning", "vard-och-omsorg",
                    "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice",
                    "intern-administration", "it-och-infrastruktur" }))
            @RequestParam(required = false) String domain,
            @Parameter(description = "Only adopters in this SKR group.", schema = @Schema(allowableValues = { "A1", "A2", "B3", "B4", "B5", "C6",
                    "C7", "C8", "C9" }))
            @RequestParam(required = false) String group) {
        return InsightCsv.scaleCandidates(
                insight.scaleCandidates(InsightParams.domain(domain), InsightParams.group(group)));
    }

    @Operation(operationId = "listOverlaps", summary = "Local efforts that overlap",
            description = "Groups of local solutions from different municipalities that solve much the same problem, above the similarity threshold." + " Also as CSV: append `.csv` to the address, or send `Accept: text/csv`.")
    @GetMapping("/overlaps")
    Overlaps overlaps(@Parameter(description = "Only this area (a domain code).", schema = @Schema(allowableValues = { "utbildning", "vard-och-omsorg",
                    "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice",
                    "intern-administration", "it-och-infrastruktur" }))
            @RequestParam(required = false) String domain) {
        var d = InsightParams.domain(domain);
        return new Overlaps(d == null ? null : d.code(), insight.properties().overlap().similarity(),
                insight.overlaps(d));
    }

    @Operation(operationId = "listOverlapsCsv", summary = "Overlapping efforts as CSV",
            description = "The overlap groups as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark).")
    @GetMapping(path = { "/overlaps.csv", "/overlaps" }, produces = "text/csv")
    ResponseEntity<byte[]> overlapsCsv(@Parameter(description = "Only this area (a domain code).", schema = @Schema(allowableValues = { "utbildning", "vard-och-omsorg",
                    "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice",
                    "intern-administration", "it-och-infrastruktur" }))
            @RequestParam(required = false) String domain) {
        return InsightCsv.overlaps(insight.overlaps(InsightParams.domain(domain)));
    }

    @Operation(operationId = "getDiffusion", summary = "How solutions spread over time",
            description = "Cumulative adoptions per month, one series per SKR group and the total, for all solutions, an area or one solution; with a row per area and per solution." + " Also as CSV: append `.csv` to the address, or send `Accept: text/csv`.")
    @GetMapping("/diffusion")
    DiffusionView diffusion(@Parameter(description = "Only this area (a domain code).", schema = @Schema(allowableValues = { "utbildning", "vard-och-omsorg",
                    "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice",
                    "intern-administration", "it-och-infrastruktur" }))
            @RequestParam(required = false) String domain,
            @Parameter(description = "Only this solution (its id).", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String solution, @Parameter(description = "What is counted: adoptions in production, or in any status.", schema = @Schema(allowableValues = { "IN_PRODUCTION", "ANY" }, defaultValue = "IN_PRODUCTION"))
            @RequestParam(required = false) String measure) {
        return insight.diffusion(InsightParams.domain(domain), InsightParams.solution(solution),
                InsightParams.measure(measure));
    }

    @Operation(operationId = "getDiffusionCsv", summary = "Diffusion curve as CSV",
            description = "The diffusion curve as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark).")
    @GetMapping(path = { "/diffusion.csv", "/diffusion" }, produces = "text/csv")
    ResponseEntity<byte[]> diffusionCsv(@Parameter(description = "Only this area (a domain code).", schema = @Schema(allowableValues = { "utbildning", "vard-och-omsorg",
                    "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice",
                    "intern-administration", "it-och-infrastruktur" }))
            @RequestParam(required = false) String domain,
            @Parameter(description = "Only this solution (its id).", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String solution, @Parameter(description = "What is counted: adoptions in production, or in any status.", schema = @Schema(allowableValues = { "IN_PRODUCTION", "ANY" }, defaultValue = "IN_PRODUCTION"))
            @RequestParam(required = false) String measure) {
        return InsightCsv.diffusion(insight.diffusion(InsightParams.domain(domain), InsightParams.solution(solution),
                InsightParams.measure(measure)).curve());
    }
}
