package se.delbart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.path.Checklists;
import se.delbart.path.ImplementationPaths;
import se.delbart.path.PathRevision;
import se.delbart.path.StepProposal;

/**
 * The demo's example implementation paths: at least 8 published solutions with 4–10 steps as example data, two of
 * Ånge's adoptions with partly ticked checklists and actual days, one proposal pending, and seeded only once.
 * Shares DemoAdoptionsTest's context (same properties, same in-memory database).
 */
@SpringBootTest(properties = { "delbart.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:demo-adoptions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class DemoPathsTest {

    private static final String ANGE = "2260";

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    DemoPaths demoPaths;

    @Autowired
    ImplementationPaths paths;

    @Autowired
    Checklists checklists;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    SolutionCatalog catalog;

    private Map<String, UUID> published() {
        Map<String, String> names = seeder.entries().stream()
                .collect(Collectors.toMap(e -> e.publisher() + "|" + e.solution().name(), DemoEntry::key));
        return catalog.publishedPage(0, 500).stream().filter(Solution::isExample)
                .filter(s -> names.containsKey(s.publisherCode() + "|" + s.name()))
                .collect(Collectors.toMap(s -> names.get(s.publisherCode() + "|" + s.name()), Solution::id));
    }

    @Test
    void examplePathsChecklistsAndAProposalAreSeededOnce() {
        Map<String, UUID> published = published();
        List<PathRevision> current = demoPaths.read().paths().stream()
                .map(p -> paths.current(null, published.get(p.solution())).orElseThrow()).toList();
        assertThat(current).hasSizeGreaterThanOrEqualTo(8).allSatisfy(r -> {
            assertThat(r.example()).isTrue();
            assertThat(r.path().steps()).hasSizeBetween(4, 10);
        });

        List<Checklists.AdoptionChecklist> ange = demoPaths.read().checklists().stream()
                .filter(c -> c.municipality().equals(ANGE))
                .map(c -> adoptions.find(ANGE, published.get(c.solution())).orElseThrow())
                .map(a -> checklists.find(a).orElseThrow()).toList();
        assertThat(ange).hasSize(2).allSatisfy(c -> {
            assertThat(c.checklist().done()).isBetween(1, c.checklist().total() - 1);
            assertThat(c.checklist().items()).anySatisfy(i -> assertThat(i.tick().actualDays()).isPositive());
        });
        long pending = published.values().stream().flatMap(id -> paths.proposals(null, id).stream())
                .filter(p -> p.status() == StepProposal.Status.PENDING).count();
        assertThat(pending).isEqualTo(1);

        // a second start adds nothing
        demoPaths.seed(published);
        assertThat(paths.current(null, current.get(0).solutionId()).orElseThrow().revision()).isEqualTo(1);
        Adoption first = ange.get(0).adoption();
        assertThat(checklists.find(first).orElseThrow().checklist().done()).isEqualTo(ange.get(0).checklist().done());
        assertThat(published.values().stream().flatMap(id -> paths.proposals(null, id).stream()).count()).isEqualTo(1);
    }
}
