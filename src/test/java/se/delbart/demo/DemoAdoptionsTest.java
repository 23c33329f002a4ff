package se.delbart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.SolutionExperience;
import se.delbart.adoption.TrustBadge;
import se.delbart.adoption.TrustBadges;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.Municipalities;

/**
 * The demo's example adoptions: consistent with the example solutions, seeded through the adoption registry with
 * their dated history, earning badges, leaving Ånge free to adopt Sundsvall's solutions, and seeded only once.
 * Runs on its own in-memory database so that the demo users do not meet other tests' accounts.
 */
@SpringBootTest(properties = { "delbart.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:demo-adoptions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class DemoAdoptionsTest {

    private static final String SUNDSVALL = "2281";
    private static final String ANGE = "2260";

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    AdoptionRegistry registry;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    Municipalities municipalities;

    @Test
    void everyExampleAdoptionIsConsistentWithItsSolution() {
        Map<String, DemoEntry> solutions = seeder.entries().stream()
                .collect(Collectors.toMap(DemoEntry::key, Function.identity()));
        Set<String> pairs = new HashSet<>();
        for (DemoAdoption a : seeder.adoptionEntries()) {
            DemoEntry solution = solutions.get(a.solution());
            assertThat(solution).as(a.solution()).isNotNull();
            assertThat(solution.lifecycle()).as(a.solution()).isEqualTo(Lifecycle.PUBLISHED);
            assertThat(a.municipality()).as("the publisher never adopts its own").isNotEqualTo(solution.publisher());
            assertThat(municipalities.existsById(a.municipality())).as(a.municipality()).isTrue();
            assertThat(pairs.add(a.solution() + a.municipality())).as("one adoption per municipality").isTrue();
            int previous = solution.publishedDaysAgo();
            AdoptionStatus status = null;
            for (DemoAdoption.Step step : a.steps()) {
                assertThat(step.daysAgo()).as(a + ": after publication, in order").isLessThanOrEqualTo(previous);
                assertThat(status == null || status.canMoveTo(step.status())).as(a.toString()).isTrue();
                previous = step.daysAgo();
                status = step.status();
            }
            if (a.report() != null) {
                assertThat(a.steps().stream().anyMatch(s -> s.status().ordinal() >= AdoptionStatus.IMPLEMENTING.ordinal()))
                        .as(a + ": reports come from real use").isTrue();
                assertThat(a.reportedDaysAgo()).as(a.toString()).isLessThanOrEqualTo(previous);
            }
        }
    }

    @Test
    void seededAdoptionsEarnBadgesAndLeaveSundsvallSolutionsFreeForAnge() {
        List<Solution> sundsvalls = publishedOf(SUNDSVALL);
        Solution eArchive = sundsvalls.stream().filter(s -> s.name().contains("e-arkivering")).findFirst().orElseThrow();
        SolutionExperience experience = registry.experienceOf(null, eArchive.id());

        assertThat(experience.badges()).extracting(TrustBadge::code).contains(TrustBadges.IN_PRODUCTION,
                TrustBadges.SPREAD_ACROSS_GROUPS, TrustBadges.EFFORT_AS_STATED);
        assertThat(experience.reported().implementationDays().n()).isEqualTo(3);
        assertThat(experience.adoptersBySkrGroup()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(experience.recentReports()).isNotEmpty();

        List<Solution> adoptedByOthersNotAnge = sundsvalls.stream()
                .filter(s -> !registry.forSolution(null, s.id()).isEmpty())
                .filter(s -> registry.find(ANGE, s.id()).isEmpty()).toList();
        assertThat(adoptedByOthersNotAnge).hasSizeGreaterThanOrEqualTo(2);

        // several solutions earn each adoption badge
        Map<String, Long> badgeCounts = publishedOf(null).stream()
                .flatMap(s -> registry.experienceOf(null, s.id()).badges().stream())
                .collect(Collectors.groupingBy(TrustBadge::code, Collectors.counting()));
        assertThat(badgeCounts.get(TrustBadges.IN_PRODUCTION)).isGreaterThanOrEqualTo(10);
        assertThat(badgeCounts.get(TrustBadges.SPREAD_ACROSS_GROUPS)).isGreaterThanOrEqualTo(3);
        assertThat(badgeCounts.get(TrustBadges.EFFORT_AS_STATED)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void historyIsDatedInThePastWithReasonsForDiscontinued() {
        List<Adoption> all = publishedOf(null).stream().flatMap(s -> registry.forSolution(null, s.id()).stream()).toList();
        assertThat(all).hasSize(seeder.adoptionEntries().size());
        assertThat(all).extracting(Adoption::status).contains(AdoptionStatus.values());
        assertThat(all).filteredOn(a -> a.status() == AdoptionStatus.DISCONTINUED)
                .allSatisfy(a -> assertThat(a.discontinuedReason()).isNotBlank());
        Instant yearAgo = Instant.now().minus(Duration.ofDays(365));
        assertThat(all).filteredOn(a -> a.createdAt().isBefore(yearAgo)).hasSizeGreaterThan(10);
        Adoption old = all.stream().filter(a -> a.createdAt().isBefore(yearAgo)).findFirst().orElseThrow();
        assertThat(registry.history(old.id())).allSatisfy(step -> assertThat(step.changedAt()).isBefore(Instant.now()))
                .first().satisfies(step -> assertThat(step.changedAt()).isEqualTo(old.createdAt()));
    }

    @Test
    void seedingAgainAddsNothing() {
        int before = countAll();
        seeder.run(null);
        assertThat(countAll()).isEqualTo(before).isEqualTo(seeder.adoptionEntries().size());
    }

    private int countAll() {
        return publishedOf(null).stream().mapToInt(s -> registry.forSolution(null, s.id()).size()).sum();
    }

    private List<Solution> publishedOf(String kommunkod) {
        return catalog.publishedPage(0, 100).stream()
                .filter(s -> kommunkod == null || s.publisherCode().equals(kommunkod)).toList();
    }

}
