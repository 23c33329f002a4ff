package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.delbart.catalog.Domain;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.search.SearchResult;
import se.delbart.search.SolutionSearch;
import se.delbart.web.PageTest;

/**
 * Overlapping local efforts through the real search index (the test profile's embedded Lucene adapter): three
 * municipalities publish solutions about the same invented subject; a fourth publishes something else in the same
 * domain. The three form one group, the fourth stays out.
 */
class OverlapSearchIntegrationTest extends PageTest {

    @Autowired
    NationalInsight insight;

    @Autowired
    SolutionSearch search;

    private static SolutionDetails about(String name, String summary, String description, String tag) {
        SolutionDetails d = SolutionFixtures.complete(name);
        return new SolutionDetails(name, summary, description, description, List.of(summary), d.links(), d.licence(),
                d.solutionType(), d.status(), Set.of(Domain.KULTUR_OCH_FRITID), Set.of(tag), d.origin(), d.initiator(),
                d.contacts(), d.fit(), d.effort(), d.benefit());
    }

    private boolean similar(UUID id, UUID... others) {
        List<UUID> hits = search.moreLikeThis(id, 5).stream().map(SearchResult.Hit::id).toList();
        return hits.containsAll(List.of(others));
    }

    @Test
    void threeMunicipalitiesWithTheSameSubjectFormOneGroup() {
        Random random = new Random();
        String w = random.ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        String lamp = w + "lykta";
        String pump = w + "pump";
        String valve = w + "ventil";
        Solution ange = published("2260", about("Bokning av " + lamp + " för föreningar " + w,
                lamp + " och " + pump + " bokas digitalt", "Föreningar bokar " + lamp + ", " + pump + " och " + valve
                        + " i kommunens lokaler.", lamp));
        Solution ornskoldsvik = published("2284", about("Digital " + lamp + "bokning " + w,
                "Boka " + lamp + " och " + valve + " själv", "Invånare bokar " + lamp + " och " + valve
                        + " med " + pump + " direkt i en e-tjänst.", lamp));
        Solution timra = published("2262", about("Mall för " + lamp + " och " + pump + " " + w,
                "Planera " + pump + " och " + lamp, "En mall för " + pump + ", " + valve + " och " + lamp + ".", lamp));
        Solution other = published("1287", about("Biblioteksappen med lånekort " + w.toUpperCase(),
                "Lånekort i mobilen för biblioteket", "Låntagare visar lånekortet i appen vid utlåning.", "bibliotek"));

        await().atMost(Duration.ofSeconds(30)).until(() -> similar(ange.id(), ornskoldsvik.id(), timra.id())
                && similar(ornskoldsvik.id(), ange.id(), timra.id()) && similar(timra.id(), ange.id(), ornskoldsvik.id())
                && search.moreLikeThis(other.id(), 1) != null && search.count() > 0);

        // overlaps follow a change one background computation later (SimilarityNeighbourhood)
        List<OverlapGroup> groups = await().atMost(Duration.ofSeconds(30))
                .until(() -> insight.overlaps(Domain.KULTUR_OCH_FRITID), found -> found.stream()
                        .anyMatch(g -> g.members().stream().anyMatch(m -> m.solutionId().equals(ange.id()))));

        OverlapGroup group = groups.stream()
                .filter(g -> g.members().stream().anyMatch(m -> m.solutionId().equals(ange.id()))).findFirst()
                .orElseThrow(() -> new AssertionError("no group with Ånge's solution in " + groups));
        assertThat(group.members()).extracting(OverlapGroup.Member::solutionId)
                .contains(ange.id(), ornskoldsvik.id(), timra.id()).doesNotContain(other.id());
        assertThat(group.municipalities()).isGreaterThanOrEqualTo(3);
        assertThat(group.sharedDomains()).contains("kultur-och-fritid");
        assertThat(group.commonTerms()).contains(lamp);
        assertThat(group.headline()).endsWith("kommuner har byggt egna lösningar för " + lamp);
        assertThat(group.members()).allSatisfy(m -> assertThat(m.implementationDays()).isNotNull());
        assertThat(groups).noneMatch(g -> g.members().stream().anyMatch(m -> m.solutionId().equals(other.id()))
                && g.members().stream().anyMatch(m -> m.solutionId().equals(ange.id())));
    }
}
