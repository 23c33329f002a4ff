package se.delbart.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.search.Facet;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchSort;
import se.delbart.search.UnansweredSearch;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/** When a search counts as unanswered, what the event carries (no user), and that a failing listener breaks nothing. */
class UnansweredSearchReporterTest {

    private static final SearchResult NOTHING = new SearchResult(0, List.of(), Map.of());

    private static SearchResult topScore(float score) {
        return new SearchResult(1, List.of(new SearchResult.Hit(UUID.randomUUID(), "n", "s", "2281", "Sundsvall", score,
                Map.of())), Map.of());
    }

    @Test
    void zeroHitsOnTheFirstPageOfATextSearchAreUnanswered() {
        assertThat(UnansweredSearchReporter.isUnanswered(SearchQuery.of("skolskjuts"), NOTHING, true, 0)).isTrue();
        assertThat(UnansweredSearchReporter.isUnanswered(SearchQuery.of("  "), NOTHING, true, 0)).isFalse();
        assertThat(UnansweredSearchReporter.isUnanswered(SearchQuery.of("skolskjuts").withPage(1, 20), NOTHING, true, 0))
                .isFalse();
        assertThat(UnansweredSearchReporter.isUnanswered(SearchQuery.of("skolskjuts"), NOTHING, false, 0)).isFalse();
    }

    @Test
    void aLowTopScoreCountsOnlyWhenAThresholdIsSetAndResultsAreByRelevance() {
        SearchQuery query = SearchQuery.of("skolskjuts");
        assertThat(UnansweredSearchReporter.isUnanswered(query, topScore(0.5f), true, 0)).isFalse();
        assertThat(UnansweredSearchReporter.isUnanswered(query, topScore(0.5f), true, 1.0)).isTrue();
        assertThat(UnansweredSearchReporter.isUnanswered(query, topScore(2f), true, 1.0)).isFalse();
        assertThat(UnansweredSearchReporter.isUnanswered(query.withSort(SearchSort.NEWEST), topScore(0.5f), true, 1.0))
                .isFalse();
    }

    @Test
    void theEventHasTheMunicipalityOfStaffOnlyTheDayAndOneDomain() {
        List<Object> published = new ArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);
        var reporter = new UnansweredSearchReporter(published::add, new UnansweredSearchProperties(null, null), clock);
        reporter.searched(new Actor("anna", Role.MEMBER, "2281"),
                SearchQuery.of("  Digital   SKOLSKJUTS ").withFilter(Facet.DOMAIN, "utbildning"), NOTHING);
        reporter.searched(new Actor("skr", Role.ANALYST, null), SearchQuery.of("e-arkiv"), NOTHING);
        reporter.searched(null, SearchQuery.of("e-arkiv").withFilter(Facet.DOMAIN, "utbildning", "vard-och-omsorg"),
                NOTHING);
        // Stockholm is an hour ahead of UTC in March: 23:30 UTC is already the 2nd there
        assertThat(published).containsExactly(
                new UnansweredSearch("digital skolskjuts", "2281", 0, LocalDate.of(2026, 3, 2), "utbildning"),
                new UnansweredSearch("e-arkiv", null, 0, LocalDate.of(2026, 3, 2), null),
                new UnansweredSearch("e-arkiv", null, 0, LocalDate.of(2026, 3, 2), null));
        assertThat(published.toString()).doesNotContain("anna");
    }

    @Test
    void aFailingListenerNeverBreaksTheSearch() {
        var reporter = new UnansweredSearchReporter(event -> {
            throw new IllegalStateException("database down");
        }, new UnansweredSearchProperties(true, 0.0), Clock.systemUTC());
        reporter.searched(null, SearchQuery.of("skolskjuts"), NOTHING);
    }

    @Test
    void textIsNormalisedAndCut() {
        assertThat(UnansweredSearch.normalise(" A\t b \n C ")).isEqualTo("a b c");
        assertThat(UnansweredSearch.normalise("x".repeat(300))).hasSize(UnansweredSearch.MAX_TEXT);
    }
}
