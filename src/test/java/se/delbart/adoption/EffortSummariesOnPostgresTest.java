package se.delbart.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.PostgresTest;

/** The cards' effort summaries read on real PostgreSQL: only current reports count, drafts have none. */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EffortSummariesOnPostgresTest {

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry registry;

    @Autowired
    EffortSummaries summaries;

    @Test
    void medianOfTheCurrentReportsBesideTheStatedEffort() {
        Actor sundsvall = new Actor("pg-sundsvall", Role.EDITOR, "2281");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Solution published = catalog.publish(sundsvall,
                catalog.create(sundsvall, SolutionFixtures.complete("Summering " + marker)).id(), null);
        Solution draft = catalog.create(sundsvall, SolutionFixtures.complete("Summeringsutkast " + marker));
        Actor ange = new Actor("pg-ange", Role.MEMBER, "2260");
        Actor harnosand = new Actor("pg-harnosand", Role.MEMBER, "2280");
        Adoption first = registry.record(ange, published.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        registry.report(ange, first.id(), new Experience(20, 9, null, null, null, null, 4, 4, 4, null, true));
        registry.report(ange, first.id(), new Experience(6, 3, null, null, null, null, 4, 4, 4, null, true));
        Adoption second = registry.record(harnosand, published.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        registry.report(harnosand, second.id(), new Experience(8, null, 50_000L, null, null, null, 4, 4, 4, null, true));

        var result = summaries.of(List.of(published.id(), draft.id()));

        assertThat(result).containsOnlyKeys(published.id());
        EffortSummary summary = result.get(published.id());
        assertThat(summary.stated().implementationDays().toString()).isEqualTo("5–10");
        assertThat(summary.implementationDays()).isEqualTo(new Figures(2, 7.0, 6L, 8L));
        assertThat(summary.adaptationDays()).isEqualTo(new Figures(1, 3.0, 3L, 3L));
        assertThat(summary.oneOffCostSek()).isEqualTo(new Figures(1, 50_000.0, 50_000L, 50_000L));
        assertThat(summary.yearlyCostSek().n()).isZero();
    }
}
