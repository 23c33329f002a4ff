package se.delbart.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.delbart.search.Facet;
import se.delbart.search.SearchIndexMaintenance;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SolutionSearch;
import se.delbart.search.Suggestion;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/** Full-text search over published solutions, type-ahead suggestions, and the admin reindex. */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

    private final SolutionSearch search;
    private final SearchIndexMaintenance maintenance;
    /** Search latency as seen by the API, a histogram in Prometheus (application.yml). */
    private final io.micrometer.core.instrument.Timer latency;

    private final UnansweredSearchReporter unanswered;

    SearchApiController(SolutionSearch search, SearchIndexMaintenance maintenance,
            io.micrometer.core.instrument.MeterRegistry meters, UnansweredSearchReporter unanswered) {
        this.search = search;
        this.unanswered = unanswered;
        this.maintenance = maintenance;
        this.latency = io.micrometer.core.instrument.Timer.builder("delbart.search.latency")
                .description("Time to answer GET /api/v1/search").register(meters);
    }

    /**
     * Searches. Parameters: {@code q}; facet filters {@code domain, type, status, effortLevel, idealType, competence,
     * origin, skrGroup, county, openSource} (repeat a parameter for several values: OR within a facet, AND across);
     * {@code sort} = relevance | newest | most-adopted; {@code page} (0-based), {@code size} (1–100).
     */
    @GetMapping("/search")
    SearchResponse search(se.delbart.shared.Actor actor, @RequestParam MultiValueMap<String, String> params) {
        SearchQuery query = SearchRequests.parse(params);
        SearchResult result = latency.record(() -> search.search(query));
        unanswered.searched(actor, query, result);
        return SearchResponse.of(query, result);
    }

    @GetMapping("/search/suggest")
    List<Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String prefix,
            @RequestParam(defaultValue = "8") int limit) {
        if (limit < 1 || limit > 20) {
            throw new InvalidInputException(List.of(new FieldProblem("limit", "must be from 1 to 20")));
        }
        return prefix.isBlank() ? List.of() : search.suggest(prefix.strip(), limit);
    }

    @PostMapping("/admin/search/reindex")
    ResponseEntity<SearchIndexMaintenance.ReindexStatus> reindex() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(maintenance.startReindex());
    }

    @GetMapping("/admin/search/reindex")
    SearchIndexMaintenance.ReindexStatus reindexStatus() {
        return maintenance.status();
    }

    /** JSON shape of a search: hits, paging like the rest of the API, and facets by parameter name. */
    record SearchResponse(String query, List<HitView> hits, PageView page, Map<String, List<SearchResult.FacetCount>> facets) {

        static SearchResponse of(SearchQuery query, SearchResult result) {
            Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
            for (Facet facet : Facet.values()) {
                facets.put(facet.param(), result.facets().getOrDefault(facet, List.of()));
            }
            long totalPages = (result.total() + query.size() - 1) / query.size();
            return new SearchResponse(query.text(), result.hits().stream().map(HitView::of).toList(),
                    new PageView(query.size(), query.page(), result.total(), totalPages), facets);
        }
    }

    record HitView(UUID id, String name, String summary, PublisherView publisher, float score,
            Map<String, List<String>> highlights) {
        static HitView of(SearchResult.Hit hit) {
            return new HitView(hit.id(), hit.name(), hit.summary(),
                    new PublisherView(hit.publisherCode(), hit.publisherName()), hit.score(), hit.highlights());
        }
    }

    record PublisherView(String kommunkod, String name) {
    }

    record PageView(int size, int number, long totalElements, long totalPages) {
    }
}
