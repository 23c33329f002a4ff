package se.delbart.search.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import se.delbart.search.Facet;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchSort;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/** Reads a search from request parameters, the same way for the API and the page; bad values are field errors. */
final class SearchRequests {

    static final int DEFAULT_SIZE = 20;

    private SearchRequests() {
    }

    static SearchQuery parse(MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of());
            Set<String> clean = new LinkedHashSet<>();
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(clean::add);
            if (!clean.isEmpty()) {
                filters.put(facet, clean);
            }
        }
        SearchSort sort = SearchSort.RELEVANCE;
        String sortParam = params.getFirst("sort");
        if (sortParam != null && !sortParam.isBlank()) {
            try {
                sort = SearchSort.valueOf(sortParam.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sort", "must be relevance, newest or most-adopted"));
            }
        }
        int page = integer(params.getFirst("page"), 0, "page", 0, 10_000, problems);
        int size = integer(params.getFirst("size"), DEFAULT_SIZE, "size", 1, SearchQuery.MAX_SIZE, problems);
        String text = params.getFirst("q");
        if (text != null && text.length() > 500) {
            problems.add(new FieldProblem("q", "must be at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SearchQuery(text, filters, sort, page, size);
    }

    private static int integer(String value, int fallback, String name, int min, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
