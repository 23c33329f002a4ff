package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.EffortSummaries;
import se.delbart.adoption.Experience;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

import jakarta.persistence.EntityManagerFactory;

/**
 * Every solution card shows the effort where the decision is made: level, implementation and adaptation days, one-off
 * and yearly cost and maturity, with the median adopters reported beside the stated figure. The same fragment in the
 * solution list, search hits, the start page, municipality pages, recommendations and similar solutions.
 */
class SolutionCardsPagesTest extends PageTest {

    private static final String SUNDSVALL = "2281";

    @Autowired
    AdoptionRegistry registry;

    @Autowired
    EffortSummaries summaries;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** Stated: implementation 5–10, adaptation 2–5 days, 30 000 kr once, 12 000 kr a year, in production. */
    private Solution reportedOn(String name) {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(name));
        int[][] reports = { { 7, 3 }, { 9, 4 }, { -1, 6 } };
        String[] adopters = { "2280", "2260", "2262" };
        for (int i = 0; i < reports.length; i++) {
            Actor staff = new Actor("cards-" + adopters[i], Role.MEMBER, adopters[i]);
            Adoption adoption = registry.record(staff, solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
            registry.report(staff, adoption.id(), new Experience(reports[i][0] < 0 ? null : reports[i][0],
                    reports[i][1], i == 0 ? 40_000L : null, null, null, null, 4, 4, 4, null, true));
        }
        return solution;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private static String facts(Element card) {
        Elements facts = card.select("dl.effort-facts");
        assertThat(facts).as("effort facts in " + card.outerHtml()).hasSize(1);
        // from the effort on (a card's own facts come first); the thousands separator is the locale's no-break space
        String text = facts.text().replaceAll("(\\d)[\\u00a0\\u202f ](\\d{3})", "$1 $2");
        return text.substring(Math.max(0, text.indexOf("Insats ")));
    }

    @Test
    void listSearchStartAndMunicipalityCardsShowStatedAndReportedEffort() throws Exception {
        String name = unique("Kortinsats");
        Solution solution = reportedOn(name);
        String expected = "Insats Låg insats Införande 5–10 persondagar, rapporterat 8 (n=2)"
                + " Lokal anpassning 2–5 persondagar, rapporterat 4 (n=3)"
                + " Engångskostnad 30 000 kr, rapporterat 40 000 kr (n=1)"
                + " Årlig kostnad 12 000 kr Status I drift";

        Element listCard = page(get("/losningar").param("q", name))
                .selectFirst("article.card:has(a[href=/losningar/" + solution.id() + "])");
        assertThat(facts(listCard)).isEqualTo(expected);

        // the search index follows the catalogue after the commit
        String hitSelector = "ol.result-list > li:has(a[href=/losningar/" + solution.id() + "])";
        await().atMost(Duration.ofSeconds(30)).until(() -> page(get("/sok").param("q", name)).selectFirst(hitSelector) != null);
        assertThat(facts(page(get("/sok").param("q", name)).selectFirst(hitSelector))).isEqualTo(expected);

        // the start page's newest (other tests publish too, so any of them)
        Elements newest = page(get("/")).select("section[aria-labelledby=newest-heading] article.card");
        assertThat(newest).isNotEmpty();
        newest.forEach(card -> assertThat(facts(card)).startsWith("Insats ").contains(" Status "));

        Elements municipalityCards = page(get("/kommuner/" + SUNDSVALL)).select("article.card");
        assertThat(municipalityCards).isNotEmpty();
        municipalityCards.forEach(card -> assertThat(card.select("dl.effort-facts")).hasSize(1));
        assertThat(facts(page(get("/kommuner/" + SUNDSVALL)).selectFirst("article.card:has(a[href=/losningar/"
                + solution.id() + "])"))).isEqualTo(expected);

        Element english = page(get("/losningar").param("q", name).param("lang", "en"))
                .selectFirst("article.card:has(a[href=/losningar/" + solution.id() + "])");
        assertThat(facts(english)).contains("5–10 person-days, reported 8 (n=2)", "2–5 person-days, reported 4 (n=3)",
                "SEK 40,000 (n=1)");
    }

    @Test
    void aHalfDayMedianKeepsItsDecimal() throws Exception {
        String name = unique("Halvdag");
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(name));
        for (String[] adopter : new String[][] { { "2280", "3" }, { "2260", "4" } }) {
            Actor staff = new Actor("cards-" + adopter[0], Role.MEMBER, adopter[0]);
            Adoption adoption = registry.record(staff, solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
            registry.report(staff, adoption.id(), new Experience(null, Integer.parseInt(adopter[1]), null, null, null,
                    null, 4, 4, 4, null, true));
        }
        Element card = page(get("/losningar").param("q", name))
                .selectFirst("article.card:has(a[href=/losningar/" + solution.id() + "])");
        assertThat(facts(card)).contains("2–5 persondagar, rapporterat 3,5 (n=2)")
                .contains("Införande 5–10 persondagar Lokal");
    }

    /**
     * A page's cards cost two queries however many there are: no query per card. Hibernate counts the statements of
     * every thread, and recording adoptions sets off background work (indexing, recommendations), so the count is the
     * least of several runs: that work only adds, a query per card would be in every run.
     */
    @Test
    void theSummariesOfAPageAreReadInTwoQueries() {
        List<UUID> one = List.of(reportedOn(unique("Fråga")).id());
        List<UUID> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(reportedOn(unique("Frågor")).id());
        }
        assertThat(statementsFor(() -> assertThat(summaries.of(one)).hasSize(1))).isEqualTo(2);
        assertThat(statementsFor(() -> assertThat(summaries.of(five)).hasSize(5)
                .allSatisfy((id, s) -> assertThat(s.adaptationDays().n()).isEqualTo(3)))).isEqualTo(2);
    }

    private long statementsFor(Runnable work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long least = Long.MAX_VALUE;
            for (int run = 0; run < 10 && least > 2; run++) {
                statistics.clear();
                work.run();
                least = Math.min(least, statistics.getPrepareStatementCount());
                Thread.sleep(200);
            }
            return least;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    void recommendationsAndSimilarSolutionsShowTheEffortCardFacts() throws Exception {
        String name = unique("Liknande skolskjuts");
        Solution solution = reportedOn(name);
        Solution twin = published(SUNDSVALL, SolutionFixtures.complete(name + " tvilling"));

        // similar solutions come from the search index and the recommender, which follow the catalogue after the commit
        String twinLink = ".similar-list > li:has(a[href=/losningar/" + twin.id() + "])";
        await().atMost(Duration.ofSeconds(30)).until(() -> page(get("/losningar/" + solution.id())).selectFirst(twinLink) != null);
        Elements similar = page(get("/losningar/" + solution.id())).select(".similar-list > li");
        assertThat(similar).isNotEmpty();
        similar.forEach(item -> assertThat(item.select("dl.effort-facts")).as(item.outerHtml()).hasSize(1));

        MockHttpSession ange = login(Role.MEMBER, "2260");
        Elements recommendations = page(get("/kommuner/2260/rekommendationer").session(ange)).select("li.recommendation");
        assertThat(recommendations).isNotEmpty();
        recommendations.forEach(r -> assertThat(r.select("dl.effort-facts")).as(r.outerHtml()).hasSize(1));
    }
}
