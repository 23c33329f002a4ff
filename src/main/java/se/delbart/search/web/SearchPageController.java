package se.delbart.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.delbart.municipality.County;
import se.delbart.municipality.Municipalities;
import se.delbart.search.Facet;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SolutionSearch;
import se.delbart.shared.InvalidInputException;

/** The search page: the query and the chosen facets live in the URL, so it works without JavaScript. */
@Controller
class SearchPageController {

    /** Message key prefix of each facet's values; COUNTY uses county names instead. */
    private static final Map<Facet, String> LABEL_PREFIX = Map.ofEntries(Map.entry(Facet.DOMAIN, "domain."),
            Map.entry(Facet.SOLUTION_TYPE, "solutionType."), Map.entry(Facet.STATUS, "status."),
            Map.entry(Facet.EFFORT_LEVEL, "effortLevel."), Map.entry(Facet.IDEAL_TYPE, "idealType."),
            Map.entry(Facet.COMPETENCE, "competence."), Map.entry(Facet.ORIGIN, "origin."),
            Map.entry(Facet.SKR_GROUP, "skrGroup."), Map.entry(Facet.OPEN_SOURCE, "search.openSource."),
            Map.entry(Facet.ADOPTIONS, "search.adoptions."), Map.entry(Facet.SERVICE, "search.service."));

    private final SolutionSearch search;
    private final MessageSource messages;
    private final Map<String, String> countyNames;
    private final UnansweredSearchReporter unanswered;

    SearchPageController(SolutionSearch search, MessageSource messages, Municipalities municipalities,
            UnansweredSearchReporter unanswered) {
        this.search = search;
        this.unanswered = unanswered;
        this.messages = messages;
        this.countyNames = municipalities.counties().stream()
                .collect(Collectors.toMap(County::code, County::name, (a, b) -> a, LinkedHashMap::new));
    }

    /** One facet as the page shows it: its values with labels, counts and whether each is chosen. */
    record FacetView(String param, String legendKey, List<Option> options) {
        record Option(String value, String label, long count, boolean selected) {
        }
    }

    @GetMapping("/sok")
    String search(se.delbart.shared.Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
        SearchQuery query;
        try {
            query = SearchRequests.parse(params);
        } catch (InvalidInputException e) {
            query = SearchRequests.parse(new LinkedMultiValueMap<>(Map.of("q", params.getOrDefault("q", List.of("")))));
            model.addAttribute("paramError", true);
        }
        SearchResult result = search.search(query);
        unanswered.searched(actor, query, result);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("facets", facets(query, result));
        model.addAttribute("snippets", result.hits().stream().collect(Collectors.toMap(SearchResult.Hit::id,
                SearchPageController::snippets, (a, b) -> a)));
        long totalPages = (result.total() + query.size() - 1) / query.size();
        model.addAttribute("totalPages", totalPages);
        model.addAttribute("previousUrl", query.page() > 0 ? pageUrl(params, query.page() - 1) : null);
        model.addAttribute("nextUrl", query.page() + 1 < totalPages ? pageUrl(params, query.page() + 1) : null);
        return "search/search";
    }

    /** Up to three highlighted fragments from the fields a result card does not already show (name, summary). */
    static List<String> snippets(SearchResult.Hit hit) {
        return SNIPPET_FIELDS.stream().flatMap(field -> hit.highlights().getOrDefault(field, List.of()).stream())
                .limit(3).toList();
    }

    private static final List<String> SNIPPET_FIELDS = List.of("description", "problem", "features", "tags");

    private List<FacetView> facets(SearchQuery query, SearchResult result) {
        List<FacetView> views = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> chosen = query.filters().getOrDefault(facet, Set.of());
            List<FacetView.Option> options = new ArrayList<>();
            result.facets().getOrDefault(facet, List.of()).forEach(count -> options.add(new FacetView.Option(
                    count.value(), label(facet, count.value()), count.count(), chosen.contains(count.value()))));
            // a chosen value with no matches stays visible so it can be unchosen
            chosen.stream().filter(v -> options.stream().noneMatch(o -> o.value().equals(v)))
                    .forEach(v -> options.add(new FacetView.Option(v, label(facet, v), 0, true)));
            if (!options.isEmpty()) {
                views.add(new FacetView(facet.param(), "search.facet." + facet.param(), options));
            }
        }
        return views;
    }

    private String label(Facet facet, String value) {
        if (facet == Facet.COUNTY) {
            return countyNames.getOrDefault(value, value);
        }
        return messages.getMessage(LABEL_PREFIX.get(facet) + value, null, value, LocaleContextHolder.getLocale());
    }

    private static String pageUrl(MultiValueMap<String, String> params, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/sok");
        params.forEach((name, values) -> {
            if (!"page".equals(name)) {
                uri.queryParam(name, values.toArray());
            }
        });
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
