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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.enums.Explode;

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
     * origin, skrGroup, county, openSource, adoptions, service} (repeat a parameter for several values: OR within a facet, AND across);
     * {@code sort} = relevance | newest | most-adopted; {@code page} (0-based), {@code size} (1–100).
     */
    @Operation(operationId = "searchSolutions", summary = "Search published solutions",
            description = """
                    Full-text search with Swedish analysis (stemming, compound words, synonyms, one typo in words of 5+ \
                    letters), facet filters and facet counts. Several values of one facet are OR-ed, different facets \
                    AND-ed. Hits carry `<mark>`-highlighted, HTML-escaped snippets. A search that finds nothing is \
                    counted, without the caller's identity, for the analysts' unmet needs.""")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "The words to search for; empty lists everything.",
            schema = @Schema(type = "string", maxLength = 500, example = "bygglovsansökan"))
    @Parameter(name = "domain", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Area code, e.g. `samhallsbyggnad`. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "utbildning", "vard-och-omsorg", "individ-och-familjeomsorg", "samhallsbyggnad", "kultur-och-fritid", "miljo-och-halsa", "medborgarservice", "intern-administration", "it-och-infrastruktur" })))
    @Parameter(name = "type", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Solution type. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "SOFTWARE", "INTEGRATION", "PROCESS", "TEMPLATE", "AI_MODEL", "SERVICE_AGREEMENT" })))
    @Parameter(name = "status", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Maturity. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "IDEA", "PILOT", "IN_PRODUCTION", "RETIRED" })))
    @Parameter(name = "effortLevel", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Derived effort level. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "LOW", "MEDIUM", "HIGH" })))
    @Parameter(name = "idealType", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Ideal type the solution fits. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "PRAGMATIC", "OPERATIONAL", "STRATEGIC" })))
    @Parameter(name = "competence", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Competence needed to run it. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "NONE", "BASIC_IT", "IT_DEPARTMENT", "DEVELOPERS" })))
    @Parameter(name = "origin", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Who made it. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "LOCAL", "NATIONAL", "JOINT" })))
    @Parameter(name = "skrGroup", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "The publisher's SKR municipality group. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "A1", "A2", "B3", "B4", "B5", "C6", "C7", "C8", "C9" })))
    @Parameter(name = "county", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "The publisher's two-digit county code, e.g. `22`. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "openSource", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Whether the source code is open. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "true", "false" })))
    @Parameter(name = "adoptions", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "How many municipalities run it in production. Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "0", "1-2", "3-9", "10-plus" })))
    @Parameter(name = "service", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Whether a confirmed provider both hosts and supports it for other municipalities (offered as a service). Repeat for several values (OR).", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "true", "false" })))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order of the hits.",
            schema = @Schema(type = "string", allowableValues = { "relevance", "newest", "most-adopted" },
                    defaultValue = "relevance"))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, counted from 0.",
            schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "10000", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page.",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    @GetMapping("/search")
    SearchResponse search(se.delbart.shared.Actor actor, @RequestParam MultiValueMap<String, String> params) {
        SearchQuery query = SearchRequests.parse(params);
        SearchResult result = latency.record(() -> search.search(query));
        unanswered.searched(actor, query, result);
        return SearchResponse.of(query, result);
    }

    @Operation(operationId = "suggestSearchTerms", summary = "Type-ahead suggestions",
            description = "Names and tags of published solutions that start with the typed prefix; an empty prefix gives an empty list.")
    @GetMapping("/search/suggest")
    List<Suggestion> suggest(
            @Parameter(description = "What the user typed so far.", example = "skol") @RequestParam(name = "q", defaultValue = "") String prefix,
            @Parameter(description = "How many suggestions.", schema = @Schema(minimum = "1", maximum = "20", defaultValue = "8"))
            @RequestParam(defaultValue = "8") int limit) {
        if (limit < 1 || limit > 20) {
            throw new InvalidInputException(List.of(new FieldProblem("limit", "must be from 1 to 20")));
        }
        return prefix.isBlank() ? List.of() : search.suggest(prefix.strip(), limit);
    }

    @Operation(operationId = "startReindex", summary = "Rebuild the search index",
            description = """
                    Starts rebuilding the search index from the database in the background and answers at once with the \
                    progress (202). The new index replaces the old one atomically when done; searches keep working.""")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/admin/search/reindex")
    ResponseEntity<SearchIndexMaintenance.ReindexStatus> reindex() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(maintenance.startReindex());
    }

    @Operation(operationId = "getReindexStatus", summary = "Progress of the search index rebuild",
            description = "Whether a rebuild runs, how far it got, and when the last one finished.")
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
