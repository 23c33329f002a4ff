package se.delbart.search.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.delbart.search.Facet;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.UnansweredSearch;
import se.delbart.shared.Actor;
import se.delbart.shared.SwedishTime;

/**
 * Tells the rest of the application about searches that found nothing useful ({@link UnansweredSearch}). Only the
 * first page of a search with text counts (paging through or a filter-only listing is not a new question). It never
 * breaks or slows a search: listeners must hand the event off quickly, and any failure is logged and swallowed here.
 */
@Component
class UnansweredSearchReporter {

    private static final Logger log = LoggerFactory.getLogger(UnansweredSearchReporter.class);
    static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final ApplicationEventPublisher events;
    private final UnansweredSearchProperties properties;
    private final Clock clock;

    UnansweredSearchReporter(ApplicationEventPublisher events, UnansweredSearchProperties properties, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    void searched(Actor actor, SearchQuery query, SearchResult result) {
        try {
            if (!isUnanswered(query, result, properties.enabled(), properties.minTopScore())) {
                return;
            }
            String municipality = actor != null && actor.role().belongsToMunicipality() ? actor.municipalityCode() : null;
            Set<String> domains = query.filters().getOrDefault(Facet.DOMAIN, Set.of());
            String domain = domains.size() == 1 ? domains.iterator().next() : null;
            events.publishEvent(new UnansweredSearch(query.text(), municipality, result.total(),
                    LocalDate.now(clock.withZone(SWEDEN)), domain));
        } catch (RuntimeException e) {
            log.warn("An unanswered search could not be reported: {}", e.toString());
        }
    }

    static boolean isUnanswered(SearchQuery query, SearchResult result, boolean enabled, double minTopScore) {
        if (!enabled || query.page() != 0 || UnansweredSearch.normalise(query.text()).isEmpty()) {
            return false;
        }
        if (result.total() == 0 || result.hits().isEmpty()) {
            return true;
        }
        float top = result.hits().stream().map(SearchResult.Hit::score).max(Float::compare).orElse(0f);
        // scores only mean something when ordered by relevance
        return minTopScore > 0 && query.sort() == se.delbart.search.SearchSort.RELEVANCE && top < minTopScore;
    }
}
