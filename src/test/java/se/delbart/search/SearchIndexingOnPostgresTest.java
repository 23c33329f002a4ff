package se.delbart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.PostgresTest;

/**
 * The whole application on real PostgreSQL: every entity validates against the migrations (incl. Spring Modulith's
 * event publication table), and a publish travels through the persistent event registry into the index.
 */
@PostgresTest
@SpringBootTest
@ActiveProfiles("test")
class SearchIndexingOnPostgresTest {

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    SolutionSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishedSolutionIsIndexedAndItsCompletedEventPublicationRemoved() {
        String word = SearchTestWords.unique();
        Actor editor = new Actor("pg-indexing", Role.EDITOR, "2281");
        UUID id = catalog.create(editor, SolutionFixtures.withSummary(SolutionFixtures.complete("Postgres " + word),
                "Sammanfattning " + word)).id();
        catalog.publish(editor, id, null);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> search.search(SearchQuery.of(word)).hits().stream().anyMatch(h -> h.id().equals(id)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Long.class, "%" + id + "%"))
                .as("completed publications are deleted (completion-mode delete)").isZero());
    }
}
