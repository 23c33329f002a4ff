package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.insight.cluster.ClusterProposer;
import se.delbart.insight.cluster.CollaborationClusters;
import se.delbart.insight.needs.MunicipalityDirectory;
import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.insight.needs.NeedGroup;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.profile.Profiles;
import se.delbart.profile.Visibility;
import se.delbart.shared.IdealType;
import se.delbart.web.PageTest;

/**
 * A municipality that keeps its profile private is counted in insight by its estimated type, never by its answers:
 * Simrishamn answers "strong capacity" (operational) privately, Ängelholm the same visibly to logged-in users. Both
 * adopt Kristianstad's solution; the scale candidate counts one self-assessed and one estimated adopter, and the
 * directory behind support by type, unmet needs and clusters shows Simrishamn as it was before it answered.
 */
class InsightPrivateProfilesTest extends PageTest {

    private static final String KRISTIANSTAD = "1290";
    private static final String SIMRISHAMN = "1291";
    private static final String ANGELHOLM = "1292";

    @Autowired
    NationalInsight insight;

    @Autowired
    MunicipalityDirectory directory;

    @Autowired
    Profiles profiles;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    UnmetNeeds needs;

    @Autowired
    CollaborationClusters clusters;

    @Test
    void aPrivateSelfAssessmentIsNeverCountedOnlyTheEstimate() {
        MunicipalityFacts before = directory.all().get(SIMRISHAMN);
        assertThat(before.estimated()).isTrue();
        // the test means something only if the private answers would change the type
        assertThat(before.type()).isNotEqualTo(IdealType.OPERATIONAL);

        profiles.save(editorOf(SIMRISHAMN), SIMRISHAMN, Map.of("capacity", "strong"), Visibility.PRIVATE, null);
        profiles.save(editorOf(ANGELHOLM), ANGELHOLM, Map.of("capacity", "strong"), Visibility.LOGGED_IN, null);
        assertThat(profiles.profileOf(SIMRISHAMN).dominant()).isEqualTo(IdealType.OPERATIONAL);

        Map<String, MunicipalityFacts> facts = directory.all();
        assertThat(facts.get(SIMRISHAMN).estimated()).isTrue();
        assertThat(facts.get(SIMRISHAMN).type()).isEqualTo(before.type());
        assertThat(facts.get(ANGELHOLM).estimated()).isFalse();
        assertThat(facts.get(ANGELHOLM).type()).isEqualTo(IdealType.OPERATIONAL);

        Solution solution = published(KRISTIANSTAD, SolutionFixtures.complete(unique("Privat profil")));
        adoptions.record(editorOf(SIMRISHAMN), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        adoptions.record(editorOf(ANGELHOLM), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        ScaleCandidate candidate = insight.scaleCandidates(null, null).stream()
                .filter(c -> c.solutionId().equals(solution.id())).findFirst().orElseThrow();
        assertThat(candidate.facts().selfAssessedProfiles()).isEqualTo(1);
        assertThat(candidate.facts().estimatedProfiles()).isEqualTo(1);
        assertThat(candidate.facts().idealTypes()).containsEntry(before.type(), 1)
                .containsEntry(IdealType.OPERATIONAL, 1);
        assertThat(candidate.components()).anySatisfy(
                part -> assertThat(part.detail()).contains("(1 självskattade, 1 uppskattade)"));
    }

    /**
     * Five municipalities declare the same need; Tanum keeps its profile private. The anonymous group of unmet needs
     * counts all five; the cluster proposal, which names its members, is built from the four others.
     */
    @Test
    void aPrivateMunicipalityIsNeverNamedInAClusterProposal() {
        String word = new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "planering";
        String tanum = "1435";
        List<String> visible = List.of("1401", "1419", "1421", "1427");
        profiles.save(editorOf("1401"), "1401", Map.of("capacity", "strong"), Visibility.LOGGED_IN, null);
        profiles.save(editorOf(tanum), tanum, Map.of(), Visibility.PRIVATE, null);
        for (String kod : visible) {
            profiles.addNeed(editorOf(kod), kod, "Gemensam " + word, Set.of());
        }
        profiles.addNeed(editorOf(tanum), tanum, "Gemensam " + word, Set.of());

        NeedGroup group = needs.report().byTerms().stream().filter(g -> g.label().contains(word)).findFirst()
                .orElseThrow();
        assertThat(group.municipalities()).isEqualTo(5);

        ClusterProposer.Proposal proposal = clusters.proposals().stream().filter(p -> p.theme().contains(word))
                .findFirst().orElseThrow();
        assertThat(proposal.codes()).containsAll(visible).doesNotContain(tanum);
        assertThat(clusters.proposals()).noneMatch(p -> p.codes().contains(tanum));
    }
}
