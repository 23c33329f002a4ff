package se.delbart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import se.delbart.municipality.Municipalities;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.StaleVersionException;

/**
 * The persistence contract of the catalogue and the municipality registry, run once on H2 (PostgreSQL mode) and
 * once on real PostgreSQL: same migrations, same mappings, same queries.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ SolutionCatalog.class, CatalogPersistenceContract.Beans.class })
abstract class CatalogPersistenceContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        LocalValidatorFactoryBean validator() {
            return new LocalValidatorFactoryBean();
        }
    }

    static final Actor SUNDSVALL = new Actor("sundsvall", Role.EDITOR, "2281");
    static final Actor ANGE = new Actor("ange", Role.EDITOR, "2260");

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    Municipalities municipalities;

    @Autowired
    TestEntityManager entityManager;

    @Test
    void allMunicipalitiesAreThere() {
        assertThat(municipalities.count()).isEqualTo(290);
        var sundsvall = municipalities.findById("2281").orElseThrow();
        assertThat(sundsvall.name()).isEqualTo("Sundsvall");
        assertThat(sundsvall.skrGroup()).isEqualTo(SkrGroup.B3);
        assertThat(sundsvall.countyName()).isEqualTo("Västernorrlands län");
        assertThat(sundsvall.populationYear()).isEqualTo(2017);
        assertThat(municipalities.counties()).hasSize(21);
    }

    @Test
    void municipalitySearchIsCaseInsensitiveAndCombinesFilters() {
        var page = PageRequest.of(0, 50, Sort.by("name"));
        assertThat(municipalities.search("ÅNGE", null, null, page).map(m -> m.kommunkod()).getContent())
                .containsExactly("2260");
        assertThat(municipalities.search(null, "22", "B3", page).map(m -> m.name()).getContent())
                .containsExactly("Sundsvall");
        assertThat(municipalities.search(null, null, "A1", page).getTotalElements()).isEqualTo(3);
    }

    @Test
    void aSolutionSurvivesTheRoundTripWithAllItsCollections() {
        SolutionDetails details = SolutionFixtures.complete("Skolskjuts " + UUID.randomUUID());
        UUID id = catalog.create(SUNDSVALL, details).id();
        entityManager.clear();

        Solution loaded = catalog.get(SUNDSVALL, id);
        assertThat(loaded.details()).isEqualTo(details);
        assertThat(loaded.version()).isZero();
        assertThat(loaded.publisherCode()).isEqualTo("2281");
        assertThat(loaded.effortLevel()).isEqualTo(EffortLevel.LOW);
        assertThat(catalog.history(SUNDSVALL, id, PageRequest.of(0, 10)).getContent())
                .extracting(SolutionChange::kind).containsExactly(SolutionChange.Kind.CREATED);
    }

    @Test
    void updatesAreVersionedAndAudited() {
        SolutionDetails details = SolutionFixtures.complete("Skolskjuts " + UUID.randomUUID());
        UUID id = catalog.create(SUNDSVALL, details).id();
        entityManager.clear();

        Solution updated = catalog.update(SUNDSVALL, id, 0, SolutionFixtures.withSummary(details, "Ny sammanfattning"));
        entityManager.flush();
        entityManager.clear();
        assertThat(updated.version()).isEqualTo(1);
        assertThatThrownBy(() -> catalog.update(SUNDSVALL, id, 0, details)).isInstanceOf(StaleVersionException.class);

        Page<SolutionChange> history = catalog.history(SUNDSVALL, id, PageRequest.of(0, 10));
        assertThat(history.getContent()).extracting(SolutionChange::kind)
                .containsExactly(SolutionChange.Kind.UPDATED, SolutionChange.Kind.CREATED);
        assertThat(history.getContent().get(0).fields()).containsExactly("summary");

        // a change to a collection alone, within the same instant of the fixed clock, still moves the version
        SolutionDetails current = catalog.get(SUNDSVALL, id).details();
        SolutionDetails newTags = new SolutionDetails(current.name(), current.summary(), current.description(),
                current.problem(), current.features(), current.links(), current.licence(), current.solutionType(),
                current.status(), current.domains(), java.util.Set.of("ny-tagg"), current.origin(),
                current.initiator(), current.contacts(), current.fit(), current.effort(), current.benefit());
        assertThat(catalog.update(SUNDSVALL, id, 1, newTags).version()).isEqualTo(2);
        entityManager.flush();
        entityManager.clear();
        assertThat(catalog.get(SUNDSVALL, id).details().tags()).containsExactly("ny-tagg");
        assertThat(history.getContent().get(0).changedBy()).isEqualTo("sundsvall");
    }

    @Test
    void aPageOfPublishedSolutionsLoadsTheCollectionsOfThatPageOnly() {
        for (int i = 0; i < 6; i++) {
            UUID id = catalog.create(ANGE, SolutionFixtures.complete("Sida " + i + " " + UUID.randomUUID())).id();
            catalog.publish(ANGE, id, 0L);
        }
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManager.getEntityManager().getEntityManagerFactory()
                .unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            Page<Solution> page = catalog.publishedPage(0, 2);

            assertThat(page.getContent()).hasSize(2);
            assertThat(page.getContent()).allSatisfy(s -> assertThat(s.details().features()).isNotEmpty());
            // eight value collections per solution, for the two solutions of the page (subselect fetching loaded
            // them for all published solutions)
            assertThat(statistics.getCollectionLoadCount()).isEqualTo(2 * 8);
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2 + 8);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void listsShowPublishedSolutionsAndOwnDraftsOnly() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID published = catalog.create(ANGE, SolutionFixtures.complete("Publicerad " + marker)).id();
        catalog.publish(ANGE, published, 0L);
        UUID draft = catalog.create(ANGE, SolutionFixtures.complete("Utkast " + marker)).id();
        entityManager.flush();
        entityManager.clear();

        var page = PageRequest.of(0, 20);
        var anonymous = catalog.list(null, new SolutionFilter(null, null, null, null, null, null, marker), page);
        assertThat(anonymous.map(Solution::id).getContent()).containsExactly(published);

        var ownDrafts = catalog.list(ANGE,
                new SolutionFilter("2260", null, null, null, null, Lifecycle.DRAFT, marker), page);
        assertThat(ownDrafts.map(Solution::id).getContent()).containsExactly(draft);

        var othersDrafts = catalog.list(SUNDSVALL,
                new SolutionFilter("2260", null, null, null, null, Lifecycle.DRAFT, marker), page);
        assertThat(othersDrafts.map(Solution::id).getContent()).containsExactly(published);

        var byDomain = catalog.list(null, new SolutionFilter(null, Domain.UTBILDNING, Maturity.IN_PRODUCTION,
                SolutionType.SOFTWARE, EffortLevel.LOW, null, marker), page);
        assertThat(byDomain.map(Solution::id).getContent()).containsExactly(published);
        var otherDomain = catalog.list(null,
                new SolutionFilter(null, Domain.KULTUR_OCH_FRITID, null, null, null, null, marker), page);
        assertThat(otherDomain.getContent()).isEmpty();
    }

    @Test
    void publishedEffortsAreReadForPublishedSolutionsOnly() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID published = catalog.create(ANGE, SolutionFixtures.complete("Insats " + marker)).id();
        catalog.publish(ANGE, published, 0L);
        UUID draft = catalog.create(ANGE, SolutionFixtures.complete("Insatsutkast " + marker)).id();
        entityManager.flush();
        entityManager.clear();

        var efforts = catalog.publishedEfforts(java.util.List.of(published, draft));
        assertThat(efforts).containsOnlyKeys(published);
        assertThat(efforts.get(published)).isEqualTo(new StatedEffort(published, EffortLevel.LOW,
                Maturity.IN_PRODUCTION, new DayRange(5, 10), new DayRange(2, 5), 30_000L, 12_000L));
        assertThat(catalog.publishedEfforts(java.util.List.of())).isEmpty();
    }
}
