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

    @GetMapping("/scale-candidates")
    ScaleCandidates scaleCandidates(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String group) {
        var d = InsightParams.domain(domain);
        var g = InsightParams.group(group);
        return new ScaleCandidates(d == null ? null : d.code(), g == null ? null : g.name(),
                insight.properties().scale(), insight.scaleCandidates(d, g));
    }

    @GetMapping(path = { "/scale-candidates.csv", "/scale-candidates" }, produces = "text/csv")
    ResponseEntity<byte[]> scaleCandidatesCsv(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String group) {
        return InsightCsv.scaleCandidates(
                insight.scaleCandidates(InsightParams.domain(domain), InsightParams.group(group)));
    }

    @GetMapping("/overlaps")
    Overlaps overlaps(@RequestParam(required = false) String domain) {
        var d = InsightParams.domain(domain);
        return new Overlaps(d == null ? null : d.code(), insight.properties().overlap().similarity(),
                insight.overlaps(d));
    }

    @GetMapping(path = { "/overlaps.csv", "/overlaps" }, produces = "text/csv")
    ResponseEntity<byte[]> overlapsCsv(@RequestParam(required = false) String domain) {
        return InsightCsv.overlaps(insight.overlaps(InsightParams.domain(domain)));
    }

    @GetMapping("/diffusion")
    DiffusionView diffusion(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String solution, @RequestParam(required = false) String measure) {
        return insight.diffusion(InsightParams.domain(domain), InsightParams.solution(solution),
                InsightParams.measure(measure));
    }

    @GetMapping(path = { "/diffusion.csv", "/diffusion" }, produces = "text/csv")
    ResponseEntity<byte[]> diffusionCsv(@RequestParam(required = false) String domain,
            @RequestParam(required = false) String solution, @RequestParam(required = false) String measure) {
        return InsightCsv.diffusion(insight.diffusion(InsightParams.domain(domain), InsightParams.solution(solution),
                InsightParams.measure(measure)).curve());
    }
}
